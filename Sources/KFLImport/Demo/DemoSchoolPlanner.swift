import Foundation
import KFLCore

/// Places fictional schools in every kommune of a geography: the number of
/// schools grows less than proportionally with the kommune's pupils (rural
/// kommuner have many small schools), small kommuner get 1–10 schools, towns
/// barneskoler (1–7) feeding a few ungdomsskoler (8–10).
enum DemoSchoolPlanner {
    static func plan(geography: Geography, targetSchools: Int, seed: UInt64) -> [DemoSchool] {
        let municipalities = geography.municipalities
        let pupils = municipalities.map { Double($0.pupilsApprox ?? 500) }
        let exponent = 0.75
        let weightSum = pupils.reduce(0) { $0 + pow($1, exponent) }
        let factor = Double(targetSchools) / weightSum
        var schools: [DemoSchool] = []
        for (index, municipality) in municipalities.enumerated() {
            var rng = DemoRandom(seed, 0x7363_686F_6F6C, UInt64(index))  // "school"
            let wanted = factor * pow(pupils[index], exponent) * exp(0.08 * rng.normal())
            let count = max(1, min(Int(wanted.rounded()), Int(pupils[index] / 25)))
            schools += plan(municipality, pupils: pupils[index], count: count, rng: &rng)
        }
        return schools
    }

    private static func plan(_ municipality: Municipality, pupils: Double, count: Int,
                             rng: inout DemoRandom) -> [DemoSchool] {
        let kinds = kinds(count: count, pupils: pupils, rng: &rng)
        // Town schools are larger than rural ones: uneven weights per school.
        let weights = kinds.map { _ in exp(0.7 * rng.normal()) }
        let perTrinn = pupils / 10
        var sizes = [Double](repeating: 0, count: kinds.count)
        for band in [1...7, 8...10] {
            let serving = kinds.indices.filter { kinds[$0].trinn.contains(band.lowerBound) }
            // A 1–10 school among barneskoler is usually the small rural one.
            let bandWeights = serving.map { kinds[$0] == .kombinert && serving.count > 1 && band.lowerBound == 1
                ? 0.5 * weights[$0] : weights[$0] }
            let total = bandWeights.reduce(0, +)
            for (i, school) in serving.enumerated() {
                sizes[school] += perTrinn * Double(band.count) * bandWeights[i] / total
            }
        }
        var taken: Set<String> = []
        var schools: [DemoSchool] = []
        for (i, kind) in kinds.enumerated() {
            let serial = String(i + 1)
            let code = municipality.number + "-" + String(repeating: "0", count: max(0, 2 - serial.count)) + serial
            let name = DemoNames.schoolName(kind: kind, taken: &taken, rng: &rng)
            let minimum = 12 + kind.trinn.count
            schools.append(DemoSchool(code: code, name: name, municipalityNumber: municipality.number,
                                      kind: kind, size: max(minimum, Int(sizes[i].rounded()))))
        }
        return schools
    }

    /// School types in a kommune, in a shuffled (but seeded) order.
    private static func kinds(count: Int, pupils: Double, rng: inout DemoRandom) -> [DemoSchool.Kind] {
        var kinds: [DemoSchool.Kind]
        switch count {
        case 1:
            kinds = [.kombinert]
        case 2:
            kinds = pupils < 500 || rng.chance(0.3) ? [.kombinert, .kombinert] : [.barneskole, .ungdomsskole]
        default:
            let combined = pupils < 1_500 ? rng.int(0...min(2, count - 2)) : (rng.chance(0.25) ? 1 : 0)
            let lower = combined > 0 ? 0 : 1
            let secondary = max(lower, Int((Double(count - combined) * 0.2).rounded()))
            let primary = count - combined - secondary
            kinds = Array(repeating: .barneskole, count: primary)
                + Array(repeating: .kombinert, count: combined)
                + Array(repeating: .ungdomsskole, count: secondary)
        }
        // Fisher–Yates with our own generator (the standard library's shuffle may change).
        for i in stride(from: kinds.count - 1, to: 0, by: -1) {
            kinds.swapAt(i, rng.int(0...i))
        }
        return kinds
    }
}
