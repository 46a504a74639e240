/// One fictional school in the synthetic demo data. Schools and their codes
/// are the same in every survey round; only pupil numbers vary a little.
public struct DemoSchool: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable {
        /// 1.–7. trinn.
        case barneskole
        /// 8.–10. trinn.
        case ungdomsskole
        /// 1.–10. trinn.
        case kombinert
    }

    /// `skole_id` in the CSV files: kommunenummer and a serial, "0425-03".
    public let code: String
    /// Fictional name, unique within the kommune; never contains `;` or `"`.
    public let name: String
    public let municipalityNumber: String
    public let kind: Kind
    public let trinn: ClosedRange<Int>
    /// Pupils in a typical round (each round varies a little around this).
    public let size: Int

    public var id: String { code }

    public init(code: String, name: String, municipalityNumber: String, kind: Kind, size: Int) {
        self.code = code
        self.name = name
        self.municipalityNumber = municipalityNumber
        self.kind = kind
        self.trinn = kind.trinn
        self.size = size
    }
}

extension DemoSchool.Kind {
    public var trinn: ClosedRange<Int> {
        switch self {
        case .barneskole: 1...7
        case .ungdomsskole: 8...10
        case .kombinert: 1...10
        }
    }
}
