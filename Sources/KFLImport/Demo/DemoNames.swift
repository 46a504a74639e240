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
        "Foss", "Å", "Øy", "Rye", "Tofte", "Kval", "Ulv", "Bjørne", "Sval", "Grøn",
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

    /// A school name for a school of `kind`, not yet in `taken` (which it joins).
    static func schoolName(kind: DemoSchool.Kind, taken: inout Set<String>, rng: inout DemoRandom) -> String {
        for attempt in 0..<200 {
            var base: String
            if rng.chance(0.22) {
                base = directions[rng.int(0...(directions.count - 1))] + " "
                    + placeWords[rng.int(0...(placeWords.count - 1))]
            } else {
                base = stems[rng.int(0...(stems.count - 1))]
                    + schoolSuffixes[rng.int(0...(schoolSuffixes.count - 1))]
                base = withoutTripleLetters(base)
            }
            if attempt > 100 { base += " " + directions[attempt % directions.count].lowercased() }
            let name = base + " " + typeWord(kind: kind, rng: &rng)
            if taken.insert(name).inserted { return name }
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
            var name = withoutTripleLetters(stems[rng.int(0...(stems.count - 1))]
                + municipalitySuffixes[rng.int(0...(municipalitySuffixes.count - 1))])
            if rng.chance(0.08) {
                name = (rng.chance(0.5) ? "Nord-" : "Sør-") + name
            }
            if taken.insert(name).inserted { return name }
        }
    }

    /// Stem + suffix with no letter three times in a row ("Holl" + "lia" → "Hollia").
    private static func withoutTripleLetters(_ text: String) -> String {
        var result = ""
        var previous: Character?
        var run = 0
        for ch in text {
            if ch == previous { run += 1 } else { run = 1 }
            if run < 3 { result.append(ch) }
            previous = ch
        }
        return result
    }
}
