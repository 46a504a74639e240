/// One snapshot as the privacy audit reads it: exactly what is stored, nothing
/// more (an attacker's view). Filled by the store from the file's tables.
public struct AuditSnapshot: Sendable {
    public struct Unit: Sendable {
        public let id: Int
        public let kind: UnitKind
        public let code: String
        public let name: String
        public let parent: Int?

        public init(id: Int, kind: UnitKind, code: String, name: String, parent: Int?) {
            self.id = id
            self.kind = kind
            self.code = code
            self.name = name
            self.parent = parent
        }
    }

    public struct Factor: Sendable {
        public let number: Int
        public let id: String
        /// The name as the snapshot stores it (bokmål).
        public let storedName: String
        public let group: String
        public let trinnLevel: Bool
        public let genderSplit: Bool
        public let scale: ClosedRange<Double>
        /// Per share band, whether it is on the unfavourable side; nil when the factor has no shares.
        public var unfavourableBands: [Bool]? = nil
        /// The name in the language in use: kfl's own nynorsk name for the factor's id in nynorsk.
        public var name: String { InstrumentTexts.current?.factors[id]?.name ?? storedName }

        public init(
            number: Int, id: String, name: String, group: String, trinnLevel: Bool, genderSplit: Bool,
            scale: ClosedRange<Double>
        ) {
            self.number = number
            self.id = id
            self.storedName = name
            self.group = group
            self.trinnLevel = trinnLevel
            self.genderSplit = genderSplit
            self.scale = scale
        }
    }

    /// A stored row: hidden (no value) or published.
    public struct Cell: Sendable {
        public let unit: Int
        public let round: Int
        public let trinn: Int
        public let gender: Int
        public let factor: Int
        /// nil when hidden.
        public let value: CellValue?
        /// Schema 1 only: the row said "hidden to protect another", so it holds at least `min_n` answers.
        public let saysLarge: Bool

        public init(
            unit: Int, round: Int, trinn: Int, gender: Int, factor: Int, value: CellValue?, saysLarge: Bool = false
        ) {
            self.unit = unit
            self.round = round
            self.trinn = trinn
            self.gender = gender
            self.factor = factor
            self.value = value
            self.saysLarge = saysLarge
        }
    }

    public let path: String
    public let schemaVersion: Int
    public let rule: ProtectionRule
    public let units: [Unit]
    public let factors: [Factor]
    public let cells: [Cell]
    /// For an extract: per kept unit, the codes of schools it covers that the file leaves out.
    public let outsideSchools: [Int: [String]]

    public init(
        path: String, schemaVersion: Int, rule: ProtectionRule, units: [Unit], factors: [Factor], cells: [Cell],
        outsideSchools: [Int: [String]]
    ) {
        self.path = path
        self.schemaVersion = schemaVersion
        self.rule = rule
        self.units = units
        self.factors = factors
        self.cells = cells
        self.outsideSchools = outsideSchools
    }
}
