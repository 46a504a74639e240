/// A school's kommune without the school: what a school is compared with,
/// since a school is part of its kommune and comparing with the whole would
/// compare the school partly with itself.
///
/// Computed exactly from the published cells (the kommune's n, sum and sum of
/// squares minus the school's), and only when both are shown. Everything it
/// holds can already be worked out from published cells; as a second guard it
/// is withheld when the other schools' shown cells would leave a single
/// suppressed school, or a group smaller than `min_n`, to be read off it.
public enum RestOfMunicipality: Sendable, Hashable {
    case value(CellValue)
    case withheld(Reason)

    public enum Reason: Sendable, Hashable {
        /// The kommune's own cell is suppressed.
        case municipalitySuppressed(SuppressionReason)
        /// The school is the only one in the kommune with answers here.
        case noOtherSchools
        /// The rest is a small group (fewer than `min_n`).
        case tooFewRespondents
        /// Showing the rest would let someone work out a suppressed school.
        case wouldRevealSuppressed
    }

    public var value: CellValue? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// The rest of the kommune for one cell address, or nil when the school's
    /// own cell is not shown (then nothing is compared).
    /// - Parameters:
    ///   - siblings: the cells of every other school in the kommune at the same
    ///     round, trinn, gender and factor (nil: nobody answered there).
    public static func compute(
        municipality: CellResult?, school: CellResult?, siblings: [CellResult?], minimumN: Int
    ) -> RestOfMunicipality? {
        var others = CellTally()
        for sibling in siblings {
            switch sibling {
            case .suppressed?: others.hidden += 1
            case .value(let v)?: others.shownN += v.n
            case nil: break
            }
        }
        return compute(municipality: municipality, school: school, others: others, minimumN: minimumN)
    }

    /// The same, with the other schools' cells already counted (`ResultsSource.tally`).
    public static func compute(
        municipality: CellResult?, school: CellResult?, others: CellTally, minimumN: Int
    ) -> RestOfMunicipality? {
        guard let schoolValue = school?.value else { return nil }
        switch municipality {
        case nil: return nil
        case .suppressed(let reason)?: return .withheld(.municipalitySuppressed(reason))
        case .value(let whole)?:
            guard let rest = Summary(whole).removing(Summary(schoolValue)) else {
                return .withheld(.wouldRevealSuppressed)
            }
            guard rest.n > 0 else { return .withheld(.noOtherSchools) }
            guard rest.n >= minimumN else { return .withheld(.tooFewRespondents) }
            let hiddenN = rest.n - others.shownN
            if others.hidden == 1 || hiddenN < 0 || (others.hidden > 1 && hiddenN < minimumN) {
                return .withheld(.wouldRevealSuppressed)
            }
            return .value(rest.cellValue)
        }
    }

    /// Whether the rest could need the other schools' cells: only when the school's
    /// cell and the kommune's are both shown (otherwise `compute` answers without them).
    public static func needsOthers(municipality: CellResult?, school: CellResult?) -> Bool {
        school?.value != nil && municipality?.value != nil
    }
}

/// Cells of several units at one address, counted: how many are hidden, and how
/// many answers the shown ones hold.
public struct CellTally: Sendable, Hashable {
    public var hidden: Int
    public var shownN: Int
    /// The units whose cells are hidden (when the source says): over several trinn, `hidden`
    /// counts these, so one school hidden on two trinn is still one hidden school.
    public var hiddenUnits: Set<Int>

    public init(hidden: Int = 0, shownN: Int = 0, hiddenUnits: Set<Int> = []) {
        self.hidden = hidden
        self.shownN = shownN
        self.hiddenUnits = hiddenUnits
    }
}
