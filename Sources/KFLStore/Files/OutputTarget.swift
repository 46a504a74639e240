import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why kfl will not write a file where the user asked: found before anything
/// is read, so a long import never ends in "cannot write", and a device, a
/// folder or one of the input files is never replaced (not even as root,
/// where renaming over `/dev/null` would succeed).
public enum OutputRefusal: Error, Sendable, Equatable {
    /// `-o ""`.
    case emptyPath
    /// The output is one of the files being read.
    case isInput(path: String, input: String)
    case isDirectory(path: String)
    /// A device, FIFO or socket: never replaced.
    case notRegularFile(path: String, kind: FileStatus.Kind)
    case folderMissing(path: String, folder: String)
    case folderNotWritable(path: String, folder: String)

    /// The user made a mistake on the command line (64) rather than the file
    /// system refusing (73).
    public var isUsageError: Bool {
        switch self {
        case .emptyPath, .isInput: return true
        default: return false
        }
    }
}

extension OutputRefusal: UserFacingError {
    public var userMessage: String {
        switch self {
        case .emptyPath: return Strings.Files.emptyOutput
        case .isInput(let path, let input): return Strings.Files.outputIsInput(path, input: input)
        case .isDirectory(let path): return Strings.CLI.cannotWrite(path, reason: Strings.CLI.outputIsDirectory)
        case .notRegularFile(let path, let kind):
            return Strings.CLI.cannotWrite(path, reason: Strings.Files.notRegularOutput(Self.name(of: kind)))
        case .folderMissing(let path, let folder):
            return Strings.CLI.cannotWrite(path, reason: Strings.CLI.outputFolderMissing(folder))
        case .folderNotWritable(let path, let folder):
            return Strings.CLI.cannotWrite(path, reason: Strings.CLI.outputFolderNotWritable(folder))
        }
    }

    /// The kind of file, in words ("en enhetsfil").
    public static func name(of kind: FileStatus.Kind) -> String {
        switch kind {
        case .characterDevice, .blockDevice: return Strings.Files.kindDevice
        case .fifo: return Strings.Files.kindFIFO
        case .socket: return Strings.Files.kindSocket
        case .directory: return Strings.Files.kindDirectory
        case .missing, .regularFile, .other: return Strings.Files.kindOther
        }
    }
}

/// Checks a path kfl is asked to write.
public enum OutputTarget {
    /// Nil when kfl may create or replace `path` (a new name in an existing,
    /// writable folder, or an existing regular file that is none of `inputs`).
    public static func refusal(for path: String, inputs: [String] = []) -> OutputRefusal? {
        guard !path.isEmpty else { return .emptyPath }
        let status = FileStatus.of(path)
        for input in inputs where status.isSameFile(as: FileStatus.of(input)) {
            return .isInput(path: path, input: input)
        }
        switch status.kind {
        case .missing, .regularFile: break
        case .directory: return .isDirectory(path: path)
        case let kind: return .notRegularFile(path: path, kind: kind)
        }
        let parent = PathText.deletingLastComponent(path)
        let folder = parent.isEmpty ? "." : parent
        guard FileStatus.of(folder).kind == .directory else { return .folderMissing(path: path, folder: folder) }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            return .folderNotWritable(path: path, folder: folder)
        }
        return nil
    }

    /// Why writing `path` failed, in Norwegian: the folder when that is the
    /// cause, else what the error says (a full disk, no permission).
    public static func reason(writing path: String, failedWith error: (any Error)?) -> String {
        if let refusal = refusal(for: path) {
            switch refusal {
            case .isDirectory: return Strings.CLI.outputIsDirectory
            case .folderMissing(_, let folder): return Strings.CLI.outputFolderMissing(folder)
            case .folderNotWritable(_, let folder): return Strings.CLI.outputFolderNotWritable(folder)
            case .notRegularFile(_, let kind): return Strings.Files.notRegularOutput(OutputRefusal.name(of: kind))
            case .emptyPath, .isInput: break
            }
        }
        let message = error.map(ErrorText.message(for:))
        let vague = [Strings.Errors.unexpected, Strings.Errors.ioError, Strings.Errors.cannotWrite]
        if let message, !vague.contains(message) { return message }
        // A vague failure (SQLite says "disk I/O error" when it cannot grow a
        // journal) on a file system with no room left: say what it is.
        let parent = PathText.deletingLastComponent(path)
        if let free = FileStatus.freeBytes(onVolumeOf: parent.isEmpty ? "." : parent), free < nearlyFull {
            return Strings.Errors.diskFull
        }
        return message == Strings.Errors.ioError ? Strings.Errors.ioError : Strings.CLI.outputWriteFailed
    }

    /// Less free space than this is a full disk for kfl's purposes: no snapshot, journal or report fits.
    static let nearlyFull: UInt64 = 64 * 1024
}
