/// The privacy rule a snapshot is made under, recorded in it.
///
/// - No value from fewer than `minimumN` answers is shown.
/// - No hidden value can be worked out exactly from what is shown.
/// - For every hidden group with fewer than `minimumN` answers, someone who
///   knows every shown number, the relations between them and the scale cannot
///   narrow its mean to less than `protectionPercent` % of the scale's width,
///   nor pin its number of answers to one value.
public struct ProtectionRule: Sendable, Hashable {
    public var minimumN: Int
    /// Width, in percent of a factor's scale, that a small hidden group's mean keeps.
    public var protectionPercent: Int

    public init(minimumN: Int = PrivacyThreshold.defaultMinimumN, protectionPercent: Int = 20) {
        self.minimumN = minimumN
        self.protectionPercent = protectionPercent
    }

    public static let standard = ProtectionRule()

    /// The protected width as a share of the scale (0…1).
    public var share: Double { Double(protectionPercent) / 100 }
}
