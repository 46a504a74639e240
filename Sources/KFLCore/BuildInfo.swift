/// What was built: the version and, when the build knew it, the commit.
public enum BuildInfo {
    /// The one definition of the version: `scripts/version` reads this line for the
    /// package names, so keep it a plain string literal.
    public static let version = "0.1.0"
    /// The commit the binary was built from (`KFL_BUILD_COMMIT` at build time,
    /// set by `make install` and `make dist`); nil for a plain `swift build`.
    public static var commit: String? { EmbeddedData.buildCommit }
}
