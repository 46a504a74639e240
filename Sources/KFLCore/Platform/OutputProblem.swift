import Foundation

/// Why a file cannot be written, in Norwegian, from what the file system says
/// (SQLite's and Foundation's own messages are English).
public enum OutputProblem {
    public static func reason(for path: String) -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return Strings.CLI.outputIsDirectory
        }
        let parent = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        if !manager.fileExists(atPath: parent, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return Strings.CLI.outputFolderMissing(parent)
        }
        if !manager.isWritableFile(atPath: parent) { return Strings.CLI.outputFolderNotWritable(parent) }
        return Strings.CLI.outputWriteFailed
    }
}
