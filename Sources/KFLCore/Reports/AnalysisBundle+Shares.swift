/// A linked level's unfavourable share in the bundle (version 3): the unit's, the
/// kommune's and the county's, each shown with its count and n (and the bands when
/// they may be shown) or only why it is hidden, and the unit's share against the
/// county's by the rule for proportions (`ProportionComparison`).
extension AnalysisBundle {
    public struct PublishedShare: Codable, Sendable, Hashable {
        /// "andel med lav trivsel".
        public let label: String
        public let unit: PublishedShareCell?
        public let municipality: PublishedShareCell?
        public let county: PublishedShareCell?
        /// p − p0, Cohen's h and the exact 95 % interval for p; absent unless both are shown.
        public let versusCounty: PublishedComparison?
    }

    /// One unit's share: shown (count of n, the proportion, the bands when shown) or hidden (why).
    public struct PublishedShareCell: Codable, Sendable, Hashable {
        public let count: Int?
        public let n: Int?
        public let proportion: Double?
        /// Counts per band from the scale's low end; absent when only the split may be shown.
        public let bands: [Int]?
        public let hidden: String?
    }

    static func share(_ result: FactorResult?) -> PublishedShare? {
        guard let result, let label = result.factor.shareLabel else { return nil }
        let comparison = result.shareVersusCounty.map {
            PublishedComparison(
                difference: round4($0.difference), effectSize: round2($0.effectSize),
                interval: [round4($0.interval.lowerBound), round4($0.interval.upperBound)],
                verdict: Strings.verdictText($0.verdict), verdictCode: $0.verdict.code)
        }
        return PublishedShare(
            label: label, unit: shareCell(result.unitShare), municipality: shareCell(result.municipalityShare),
            county: shareCell(result.countyShare), versusCounty: comparison)
    }

    static func shareCell(_ share: FactorShare) -> PublishedShareCell? {
        switch share {
        case .shown(let count, let n, let bands):
            return PublishedShareCell(
                count: count, n: n, proportion: share.proportion.map(round4), bands: bands, hidden: nil)
        case .hidden(let why):
            return PublishedShareCell(
                count: nil, n: nil, proportion: nil, bands: nil, hidden: Strings.Shares.hiddenText(why))
        case .none: return nil
        }
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
