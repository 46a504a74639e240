import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// Places fictional schools in every kommune of a geography: the number of
/// schools grows less than proportionally with the kommune's pupils (rural
/// kommuner have many small schools), small kommuner get 1–10 schools, towns
/// barneskoler (1–7) feeding a few ungdomsskoler (8–10).
enum DemoSchoolPlanner {
    static func plan(geography: Geography, targetSchools: Int, seed: UInt64) -> [DemoSchool] {
        let municipalities = geography.municipalities
        let pupils = municipalities.map { Double($0.pupilsApprox ?? 500) }
        var streams = municipalities.enumerated().map { index, municipality in
            DemoRandom(seed, 0x7363_686F_6F6C, UInt64(municipality.number) ?? UInt64(index))  // "school"
        }
        let jitter = streams.indices.map { exp(0.08 * streams[$0].normal()) }
        let weights = pupils.indices.map { pow(pupils[$0], 0.75) * jitter[$0] }
        func counts(_ factor: Double) -> [Int] {
            weights.indices.map { max(1, min(Int((factor * weights[$0]).rounded()), Int(pupils[$0] / 25))) }
        }
        // Every kommune has a school, so scale the rest until the total is right.
        var factor = Double(targetSchools) / weights.reduce(0, +)
        for _ in 0..<4 {
            let total = counts(factor).reduce(0, +)
            factor *= Double(targetSchools) / Double(max(total, 1))
        }
        let schoolCounts = counts(factor)
        var schools: [DemoSchool] = []
        for (index, municipality) in municipalities.enumerated() {
            schools += plan(municipality, pupils: pupils[index], count: schoolCounts[index], rng: &streams[index])
        }
        return schools
    }

    private static func plan(
        _ municipality: Municipality, pupils: Double, count: Int,
        rng: inout DemoRandom
    ) -> [DemoSchool] {
        let kinds = kinds(count: count, pupils: pupils, rng: &rng)
        // Town schools are larger than rural ones: uneven weights per school,
        // but none more than about twice the kommune's average, and ungdomsskoler
        // (which gather pupils from several barneskoler) never tiny.
        let weights = kinds.map { kind in
            min(max(exp(0.7 * rng.normal()), kind == .ungdomsskole ? 0.7 : 0.2), 2.2)
        }
        let perTrinn = pupils / 10
        var sizes = [Double](repeating: 0, count: kinds.count)
        for band in [1...7, 8...10] {
            let serving = kinds.indices.filter { kinds[$0].trinn.contains(band.lowerBound) }
            // A 1–10 school among barneskoler is usually the small rural one.
            let bandWeights = serving.map {
                kinds[$0] == .kombinert && serving.count > 1 && band.lowerBound == 1
                    ? 0.5 * weights[$0] : weights[$0]
            }
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
            schools.append(
                DemoSchool(
                    code: code, name: name, municipalityNumber: municipality.number,
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
            let secondary = max(lower, Int((Double(count - combined) * 0.25).rounded()))
            let primary = count - combined - secondary
            kinds =
                Array(repeating: .barneskole, count: primary)
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
