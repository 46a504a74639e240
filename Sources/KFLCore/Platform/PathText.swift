/// The parts of a file path, as text, the way Foundation's `NSString` path methods take it
/// apart (kfl links only FoundationEssentials, which has no `NSString`). Paths are POSIX:
/// "/" separates, trailing slashes name the same folder.
public enum PathText {
    /// The last part: "b" for "/a/b" and "/a/b/", "/" for "/", "" for "".
    public static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The folder part: "/a" for "/a/b", "/" for "/a", "" for "a", "/" for "/".
    public static func deletingLastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// `name` inside `folder`: "a/b" for ("a", "b") and ("a/", "b"), "b" for ("", "b").
    public static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The extension of the last part, without its dot: "md" for "a/notat.md"; "" for
    /// "notat" and ".skjult".
    public static func fileExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The path without the last part's extension: "a/notat" for "a/notat.md".
    public static func deletingExtension(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        let ext = fileExtension(trimmed)
        return ext.isEmpty ? trimmed : String(trimmed.dropLast(ext.count + 1))
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
