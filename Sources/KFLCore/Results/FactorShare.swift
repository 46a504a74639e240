/// A cell's unfavourable share, read the one way every view reads it: the bands on
/// the factor's unfavourable side (`ShareBands`) summed, out of the cell's n.
public enum FactorShare: Sendable, Hashable {
    /// Shown: `count` of `n` on the unfavourable side, and every band (nil when only the
    /// split between the unfavourable side and the rest may be shown).
    case shown(count: Int, n: Int, bands: [Int]?)
    /// Hidden with the cell's mean, or though the mean is shown (`ShareDisclosure`,
    /// `ShareProtection`): why.
    case hidden(ShareHiding)
    /// Nobody in the unit answered, or the factor has no shares.
    case none

    /// The share of `result` for `factor`.
    public init(_ result: CellResult?, factor: Factor) {
        guard let shares = factor.shares, let result else {
            self = .none
            return
        }
        switch result {
        case .suppressed: self = .hidden(.withMean)
        case .value(let value):
            switch value.shares {
            case .shown(let bands)?:
                self = .shown(
                    count: shares.unfavourable(bands, direction: factor.direction), n: value.n, bands: bands)
            case .split(let unfavourable)?: self = .shown(count: unfavourable, n: value.n, bands: nil)
            case .hidden(let why)?: self = .hidden(why)
            case nil: self = .none
            }
        }
    }

    /// The share as a proportion (0…1), when shown.
    public var proportion: Double? {
        if case .shown(let count, let n, _) = self, n > 0 { return Double(count) / Double(n) }
        return nil
    }

    /// This share against the county's, by the rule for proportions; nil unless both are shown.
    public func compared(with county: FactorShare) -> ProportionComparison? {
        guard case .shown(let count, let n, _) = self, let p0 = county.proportion else { return nil }
        return ProportionComparison.compare(count: count, of: n, with: p0)
    }
}

extension FactorResult {
    /// The unit's unfavourable share.
    public var unitShare: FactorShare { FactorShare(unit, factor: factor) }
    /// The unit's kommune's unfavourable share (`.none` at kommune level and above).
    public var municipalityShare: FactorShare { FactorShare(municipality, factor: factor) }
    /// The county's unfavourable share.
    public var countyShare: FactorShare { FactorShare(county, factor: factor) }
    /// The unit's share against the county's (`ProportionComparison`).
    public var shareVersusCounty: ProportionComparison? { unitShare.compared(with: countyShare) }
}
