/// Fictional Norwegian names for the demo's schools and (national scale)
/// kommuner, built from common place-name parts. They follow real naming
/// patterns ("Brubakken skole", "Østre Lia barneskole"), so one may by chance
/// match a real place; none is taken from a list of real schools.
enum DemoNames {
    static let stems = [
        "Bru", "Ås", "Li", "Haug", "Mo", "Vang", "Sol", "Berg", "Strand", "Skog",
        "Myr", "Nes", "Dal", "Eng", "Hov", "Rud", "Sand", "Fjell", "Kvern", "Stein",
        "Furu", "Bjørk", "Gran", "Lund", "Sæter", "Tjern", "Elve", "Bekke", "Holm", "Hage",
        "Løv", "Rønning", "Kjøl", "Rype", "Tun", "Bø", "Flå", "Ør", "Ask", "Ek",
        "Hegg", "Rogn", "Lyng", "Mose", "Stor", "Vesle", "Gard", "Kirke", "Mølle", "Sag",
        "Foss", "Øy", "Rye", "Tofte", "Kval", "Ulv", "Bjørne", "Sval", "Grøn",
    ]
    static let schoolSuffixes = [
        "bakken", "lia", "haugen", "moen", "byen", "bygda", "åsen", "vollen", "stad", "rud",
        "heim", "tunet", "dalen", "sletta", "jordet", "sætra", "vangen", "berget", "hagen",
        "engen", "myra", "tangen", "li", "hjemmet", "løkka", "plassen", "grenda", "toppen",
    ]
    /// Definite place words that stand alone after a direction: "Østre Lia".
    static let placeWords = [
        "Lia", "Moen", "Haugen", "Vang", "Åsen", "Sletta", "Bygda", "Dalen", "Berget",
        "Ål", "Eng", "Hov", "Rud", "Vollen", "Tangen", "Jordet", "Grenda", "Bakken",
    ]
    static let directions = ["Østre", "Vestre", "Nordre", "Søndre", "Øvre", "Nedre", "Indre", "Ytre"]
    static let municipalitySuffixes = [
        "vik", "dal", "nes", "stad", "fjord", "øy", "berg", "sund", "land", "heim",
        "ås", "mark", "by", "voll", "strand", "eid", "bygd", "haug", "lia", "sjø",
    ]

    /// A school name for a school of `kind` whose place part is not yet in
    /// `taken` (which it joins), so no two schools of a kommune share a place.
    static func schoolName(kind: DemoSchool.Kind, taken: inout Set<String>, rng: inout DemoRandom) -> String {
        for _ in 0..<500 {
            let base: String
            if rng.chance(0.22) {
                base =
                    directions[rng.int(0...(directions.count - 1))] + " "
                    + placeWords[rng.int(0...(placeWords.count - 1))]
            } else {
                base = compound(
                    stems[rng.int(0...(stems.count - 1))],
                    schoolSuffixes[rng.int(0...(schoolSuffixes.count - 1))])
            }
            guard !base.isEmpty, taken.insert(base).inserted else { continue }
            return base + " " + typeWord(kind: kind, rng: &rng)
        }
        // Unreachable in practice (thousands of combinations per kommune).
        let name = "Skole \(taken.count + 1)"
        taken.insert(name)
        return name
    }

    static func typeWord(kind: DemoSchool.Kind, rng: inout DemoRandom) -> String {
        switch kind {
        case .barneskole: rng.chance(0.55) ? "barneskole" : "skole"
        case .ungdomsskole: "ungdomsskole"
        case .kombinert: rng.chance(0.12) ? "oppvekstsenter" : "skole"
        }
    }

    /// A fictional kommune name not yet in `taken` (which it joins).
    static func municipalityName(taken: inout Set<String>, rng: inout DemoRandom) -> String {
        while true {
            var name = compound(
                stems[rng.int(0...(stems.count - 1))],
                municipalitySuffixes[rng.int(0...(municipalitySuffixes.count - 1))])
            guard !name.isEmpty else { continue }
            if rng.chance(0.08) {
                name = (rng.chance(0.5) ? "Nord-" : "Sør-") + name
            }
            if taken.insert(name).inserted { return name }
        }
    }

    /// Stem + suffix, or "" for an awkward pair ("Tun" + "tunet", "Stor" + "rud" → "Storrud" is fine,
    /// but no letter three times in a row and no stem repeated in its suffix).
    static func compound(_ stem: String, _ suffix: String) -> String {
        let lowerStem = stem.lowercased()
        if suffix.hasPrefix(lowerStem) || lowerStem.hasSuffix(suffix) { return "" }
        let name = stem + suffix
        var previous: Character?
        var run = 0
        for ch in name {
            run = ch == previous ? run + 1 : 1
            if run >= 3 { return "" }
            previous = ch
        }
        return name
    }
}
