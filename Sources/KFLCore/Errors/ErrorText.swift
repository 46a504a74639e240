#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The one mapping from an error to what the user reads. The CLI, the exports
/// and the terminal UI all call `message(for:)`; the raw text (English, with
/// codes and SQL) is only for `--debug` and logs, through `debugText(for:)`.
///
/// Knows the error kinds of the whole program: its own (`UserFacingError`,
/// which SQLite's errors conform to in KFLStore), Foundation's file errors
/// (`CocoaError`, `POSIXError`, `NSError` in the POSIX domain) and decoding
/// errors. Anything else gets a general sentence, never its description.
public enum ErrorText {
    /// The Norwegian phrase for `error`.
    public static func message(for error: any Error) -> String {
        if let own = error as? any UserFacingError { return own.userMessage }
        if let decoding = error as? DecodingError { return Strings.Errors.unreadableContent(at: path(of: decoding)) }
        if let posix = error as? POSIXError { return message(errno: posix.code.rawValue) }
        if let cocoa = error as? CocoaError { return message(cocoa) }
        // An `NSError` (from Foundation, which kfl itself does not link) by its domain and code.
        if error._domain == "NSPOSIXErrorDomain" { return message(errno: Int32(truncatingIfNeeded: error._code)) }
        if error._domain == "NSCocoaErrorDomain" { return message(CocoaError(CocoaError.Code(rawValue: error._code))) }
        return Strings.Errors.unexpected
    }

    /// The raw description, for `--debug` and logs only: may be English and
    /// hold paths and SQL, never bound values (`SQLiteError` keeps those out).
    public static func debugText(for error: any Error) -> String {
        String(reflecting: error)
    }

    /// The phrase for a POSIX error number (what the file system said).
    public static func message(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return Strings.Errors.diskFull
        case EACCES, EPERM: return Strings.Errors.noPermission
        case EROFS: return Strings.Errors.readOnlyDisk
        case ENOENT: return Strings.Errors.noSuchFile
        case ENOTDIR: return Strings.Errors.folderMissing
        case EISDIR: return Strings.Errors.isFolder
        case EEXIST: return Strings.Errors.alreadyExists
        case ENAMETOOLONG: return Strings.Errors.nameTooLong
        case ELOOP: return Strings.Errors.tooManyLinks
        case EBUSY, ETXTBSY: return Strings.Errors.inUse
        case EIO: return Strings.Errors.ioError
        case ENOMEM: return Strings.Errors.outOfMemory
        case EMFILE, ENFILE: return Strings.Errors.tooManyOpenFiles
        case EXDEV: return Strings.Errors.otherDisk
        default: return Strings.Errors.fileSystem
        }
    }

    private static func message(_ error: CocoaError) -> String {
        if let posix = error.underlying as? POSIXError { return message(errno: posix.code.rawValue) }
        if let underlying = error.underlying, underlying._domain == "NSPOSIXErrorDomain" {
            return message(errno: Int32(truncatingIfNeeded: underlying._code))
        }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return Strings.Errors.noSuchFile
        case .fileReadNoPermission, .fileWriteNoPermission: return Strings.Errors.noPermission
        case .fileWriteOutOfSpace: return Strings.Errors.diskFull
        case .fileWriteVolumeReadOnly: return Strings.Errors.readOnlyDisk
        case .fileWriteFileExists: return Strings.Errors.alreadyExists
        case .fileReadCorruptFile: return Strings.Errors.damagedFile
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding,
            .fileWriteInapplicableStringEncoding:
            return Strings.Errors.wrongEncoding
        case .fileReadTooLarge: return Strings.Errors.tooLarge
        case .fileLocking: return Strings.Errors.inUse
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: return Strings.Errors.invalidName
        case .propertyListReadCorrupt:
            return Strings.Errors.unreadableContent(at: nil)
        default:
            // Foundation numbers read errors below 512 and write errors from 512 to 1023;
            // 4864 and 4865 are a coder's corrupt data and missing value.
            switch error.code.rawValue {
            case 4864, 4865: return Strings.Errors.unreadableContent(at: nil)
            case 0..<512: return Strings.Errors.cannotRead
            case 512..<1024: return Strings.Errors.cannotWrite
            default: return Strings.Errors.unexpected
            }
        }
    }

    /// `analysis.hypotheses[2].text`: where in a JSON document a decoding error is.
    public static func path(of error: DecodingError) -> String? {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default: return nil
        }
        var path = JSONPath.text(context.codingPath)
        if case .keyNotFound(let key, _) = error { path = JSONPath.appending(key, to: path) }
        return path.isEmpty ? nil : path
    }
}

/// Paths into a JSON document, written the way users see the file:
/// `analysis.hypotheses[2].text`.
public enum JSONPath {
    public static func text(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { appending($1, to: $0) }
    }

    public static func appending(_ key: any CodingKey, to path: String) -> String {
        if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
            return path + "[\(index)]"
        }
        return path.isEmpty ? key.stringValue : path + "." + key.stringValue
    }
}
