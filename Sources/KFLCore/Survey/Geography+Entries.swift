/// A geography built from a list of kommuner, as a geography file gives it.
extension Geography {
    /// One kommune with the region and fylke it belongs to (a line of a geography file).
    public struct Entry: Sendable, Hashable {
        /// Four-digit kommunenummer.
        public let number: String
        public let name: String
        /// Empty when the fylke is not divided into regions.
        public let region: String
        public let county: String

        public init(number: String, name: String, region: String, county: String) {
            self.number = number
            self.name = name
            self.region = region
            self.county = county
        }
    }

    /// The code of the top unit when a geography covers several fylker.
    public static let severalCountiesCode = "00"

    /// Builds the geography of a list of kommuner, in the list's order.
    ///
    /// A snapshot has one level between the top and the kommuner. With one fylke
    /// the fylke is the top and its regions are that level (a fylke without
    /// regions is its own only region). With several fylker the top covers them
    /// all, is called `name` (default: the fylker's names, or how many there
    /// are), and the fylker are the level between; the regions are not used.
    /// The entries are assumed checked: unique numbers, one fylke spelling, and
    /// in one fylke either every kommune has a region or none has.
    public init(entries: [Entry], name: String? = nil) {
        let counties = Self.firstAppearances(entries.map(\.county))
        if counties.count == 1 {
            let regionNames = Self.firstAppearances(entries.map { $0.region.isEmpty ? counties[0] : $0.region })
            let regions = regionNames.map { region in
                Region(
                    id: Self.identifier(for: region), name: region,
                    municipalities: entries.filter {
                        ($0.region.isEmpty ? counties[0] : $0.region) == region
                    }.map { Municipality(number: $0.number, name: $0.name) })
            }
            let prefixes = Set(entries.map { String($0.number.prefix(2)) })
            let code = prefixes.count == 1 ? prefixes.first! : Self.identifier(for: counties[0])
            self.init(county: County(number: code, name: name ?? counties[0]), regions: regions)
        } else {
            let regions = counties.map { county in
                let municipalities = entries.filter { $0.county == county }
                    .map { Municipality(number: $0.number, name: $0.name) }
                return Region(id: Self.identifier(for: county), name: county, municipalities: municipalities)
            }
            let top = name ?? Strings.GeographyFile.severalCountiesName(counties)
            self.init(county: County(number: Self.severalCountiesCode, name: top), regions: regions)
        }
    }

    /// A region's identifier from its name: "Sør-Østerdal" → "sor-osterdal".
    public static func identifier(for name: String) -> String {
        var out = ""
        for character in NorwegianCollation.searchFold(name) {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            case let c where c.isLetter || c.isNumber: out.append(c)
            default: if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    private static func firstAppearances(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
