/// The privacy threshold: the one place that says how few respondents are too
/// few. SePU uses 7 in its portals; an import can ask for more or fewer with
/// `--min-n`, and every snapshot records the value it was made with (`min_n`),
/// so readers never assume it.
public enum PrivacyThreshold {
    /// `min_n` when none is given: values from fewer respondents are never shown.
    public static let defaultMinimumN = 7
}
