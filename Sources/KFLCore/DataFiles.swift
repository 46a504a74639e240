/// The files of `data/`, embedded at build time.
public enum DataFiles {
    /// The text of `data/NAME`, or nil when there is no such file.
    public static func text(named name: String) -> String? { EmbeddedData.files[name] }
    public static var names: [String] { EmbeddedData.files.keys.sorted() }
}
