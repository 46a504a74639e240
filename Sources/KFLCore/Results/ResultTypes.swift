/// Gender split of a cell. Teachers and school leaders have only `.all`.
public enum Gender: Int, Sendable, Hashable, CaseIterable, Codable {
    case all = 0
    case boys = 1
    case girls = 2
}

/// What kind of unit a result belongs to.
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    case county = "fylke"
    case region
    case municipality = "kommune"
    case school = "skole"
}

/// A unit in the snapshot's geography: the county, a region, a kommune or a school.
public struct ReportingUnit: Sendable, Hashable, Identifiable, Codable {
    public let id: Int
    public let kind: UnitKind
    /// Kommunenummer, region id, school id or county number.
    public let code: String
    public let name: String
    public let parentID: Int?
    /// Trinn a school has pupils on (nil above school level).
    public let trinnRange: ClosedRange<Int>?

    public init(
        id: Int, kind: UnitKind, code: String, name: String, parentID: Int?, trinnRange: ClosedRange<Int>? = nil
    ) {
        self.id = id
        self.kind = kind
        self.code = code
        self.name = name
        self.parentID = parentID
        self.trinnRange = trinnRange
    }
}

/// Why a cell holds no value. There is one reason on purpose: saying whether a
/// cell is small itself or hidden to protect another would tell an attacker
/// which hidden cells hold at least `min_n` answers, and so narrow the others.
public enum SuppressionReason: Int, Sendable, Hashable, Codable {
    /// Fewer respondents than the snapshot's `min_n`, here or in a group this cell would reveal.
    /// The only reason stored: which of the two is not (it would narrow the cell, issue 10).
    case hidden = 1
    /// Hidden, and a shown cell lies inside it, so it has at least `min_n` answers and is hidden
    /// to protect another group. Found when read, from shown cells alone; never stored.
    case protectsSmallerGroup = 2
}

/// A published value: number of respondents, mean and sample standard deviation,
/// and the respondents per share band when the factor has shares.
public struct CellValue: Sendable, Hashable, Codable {
    public let n: Int
    public let mean: Double
    /// Sample standard deviation; nil when n < 2.
    public let sd: Double?
    /// The share bands: shown, or hidden though the mean is shown; nil when the factor has none.
    public let shares: CellShares?

    public init(n: Int, mean: Double, sd: Double?, shares: CellShares? = nil) {
        self.n = n
        self.mean = mean
        self.sd = sd
        self.shares = shares
    }

    /// The same value with these shares.
    public func with(shares: CellShares?) -> CellValue { CellValue(n: n, mean: mean, sd: sd, shares: shares) }

    /// The band counts, when shown.
    public var bands: [Int]? {
        if case .shown(let bands) = shares { return bands }
        return nil
    }
}

/// A cell's share bands: respondents per band; only the unfavourable count (the split
/// may be shown where the bands may not); or hidden, and why.
public enum CellShares: Sendable, Hashable, Codable {
    case shown([Int])
    case split(unfavourable: Int)
    case hidden(ShareHiding)
}

/// Why a share is not shown.
public enum ShareHiding: Sendable, Hashable, Codable {
    /// The cell's mean is hidden, and its shares with it.
    case withMean
    /// It would tell something, alone or with other shown numbers, about every member of a
    /// group or all but one or two (`ShareDisclosure`, `ShareProtection`). Which of the two
    /// hid it is not stored: "hidden by the group rule" would itself say c ≤ 2 or c ≥ n − 2.
    case wholeGroup
}

/// One stored cell: a value, or a suppression with its reason.
public enum CellResult: Sendable, Hashable {
    case value(CellValue)
    case suppressed(SuppressionReason)

    public var value: CellValue? {
        if case .value(let v) = self { return v }
        return nil
    }
}

/// Address of a cell: trinn 0 means all trinn together.
public struct CellKey: Sendable, Hashable {
    public let unitID: Int
    public let round: Int
    public let trinn: Int
    public let gender: Gender
    public let factorNumber: Int

    public init(unitID: Int, round: Int, trinn: Int, gender: Gender, factorNumber: Int) {
        self.unitID = unitID
        self.round = round
        self.trinn = trinn
        self.gender = gender
        self.factorNumber = factorNumber
    }
}
