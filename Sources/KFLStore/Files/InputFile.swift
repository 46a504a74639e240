import KFLCore

/// Checks a path kfl is asked to read, without opening it: a device or FIFO
/// is never opened (reading `/dev/zero` never ends, opening a FIFO blocks, and
/// SQLite would write a journal beside `/dev/null`).
public enum InputFile {
    /// Why kfl will not read `path`, in Norwegian and naming it; nil for a
    /// regular file, a folder (each caller has its own words for that) or nothing there.
    public static func refusal(for path: String) -> String? {
        switch FileStatus.of(path).kind {
        case .regularFile, .missing, .directory: return nil
        case let kind: return "\(path): " + Strings.Files.notRegularInput(OutputRefusal.name(of: kind))
        }
    }
}
