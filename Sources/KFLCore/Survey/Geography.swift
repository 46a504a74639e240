#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A kommune, identified by its four-digit kommunenummer.
public struct Municipality: Codable, Sendable, Hashable {
    public let number: String
    public let name: String
    /// Rough number of pupils, used only to size the synthetic demo county.
    public let pupilsApprox: Int?

    public init(number: String, name: String, pupilsApprox: Int? = nil) {
        self.number = number
        self.name = name
        self.pupilsApprox = pupilsApprox
    }
}

/// A region of kommuner (Glåmdalen, Hedmarken, Sør-Østerdal, Nord-Østerdal).
public struct Region: Codable, Sendable, Hashable {
    public let id: String
    public let name: String
    public let municipalities: [Municipality]

    public init(id: String, name: String, municipalities: [Municipality]) {
        self.id = id
        self.name = name
        self.municipalities = municipalities
    }
}

/// The county and its regions and kommuner.
public struct Geography: Codable, Sendable, Hashable {
    public struct County: Codable, Sendable, Hashable {
        public let number: String
        public let name: String

        public init(number: String, name: String) {
            self.number = number
            self.name = name
        }
    }
    public let county: County
    public let regions: [Region]

    public init(county: County, regions: [Region]) {
        self.county = county
        self.regions = regions
    }

    public var municipalities: [Municipality] { regions.flatMap(\.municipalities) }

    public func municipality(number: String) -> Municipality? {
        municipalities.first { $0.number == number }
    }

    public func region(ofMunicipality number: String) -> Region? {
        regions.first { $0.municipalities.contains { $0.number == number } }
    }

    /// Hedmark before 2020, from `data/geography.json`.
    public static let hedmark: Geography = {
        guard let text = DataFiles.text(named: "geography.json"),
            let geography = try? JSONDecoder().decode(Geography.self, from: Data(text.utf8))
        else { fatalError("data/geography.json is missing or invalid in this build") }
        return geography
    }()
}
