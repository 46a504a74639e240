/// What was built: the version and, when the build knew it, the commit.
public enum BuildInfo {
    public static var version: String { Strings.CLI.version }
    /// The commit the binary was built from (`KFL_BUILD_COMMIT` at build time,
    /// set by `make install` and `make dist`); nil for a plain `swift build`.
    public static var commit: String? { EmbeddedData.buildCommit }
}
