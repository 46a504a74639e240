import CSQLite
import KFLCore

extension SQLiteError: UserFacingError {
    /// What the failure means for the user's file, in Norwegian: the kind
    /// first, then the result code for the kinds that only the code tells
    /// apart (a full disk, an I/O error). SQLite's own message stays out.
    public var userMessage: String {
        switch kind {
        case .fileMissing: return Strings.Errors.noSuchFile
        case .cannotOpen:
            // SQLITE_CANTOPEN_ISDIR
            if extendedResultCode == SQLITE_CANTOPEN | (2 << 8) { return Strings.Errors.isFolder }
            return Strings.Errors.cannotOpenFile
        case .notADatabase: return Strings.Errors.notKFLFile
        case .corrupt: return Strings.Errors.damagedFile
        case .schemaTooNew: return Strings.Errors.newerKFL
        case .wrongApplication: return Strings.Errors.otherProgram
        case .readOnly: return Strings.Errors.readOnlyDisk
        case .busy: return Strings.Errors.locked
        case .constraint: return Strings.Errors.breaksRules
        case .misuse: return Strings.Errors.internalError
        case .other:
            switch resultCode {
            case SQLITE_FULL: return Strings.Errors.diskFull
            case SQLITE_IOERR: return Strings.Errors.ioError
            case SQLITE_PERM, SQLITE_AUTH: return Strings.Errors.noPermission
            case SQLITE_NOMEM: return Strings.Errors.outOfMemory
            case SQLITE_NOLFS, SQLITE_TOOBIG: return Strings.Errors.tooLarge
            case SQLITE_PROTOCOL: return Strings.Errors.locked
            default: return Strings.Errors.unexpected
            }
        }
    }
}
