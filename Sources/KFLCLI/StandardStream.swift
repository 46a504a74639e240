#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error written with `write(2)`: what `kfl show` and
/// `kfl --version` print needs no `FileHandle` and no `Data` copy.
enum StandardStream {
    /// Writes all of `text` to the file descriptor, retrying after a signal or a short write.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // A closed pipe: nothing more can be said there.
                }
                offset += written
            }
        }
    }

}
