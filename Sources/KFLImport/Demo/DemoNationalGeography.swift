import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// A synthetic Norway for scale tests: 357 fictional kommuner in the 11 fylker
/// of 2020 (used as regions), about 630 000 pupils. Kommunenummer follow the
/// 2020 fylke prefixes; the names are made up.
enum DemoNationalGeography {
    struct Fylke {
        let prefix: String
        let id: String
        let name: String
        let kommuner: Int
        /// Share of the country's pupils, in per mille.
        let pupilShare: Double
    }

    static let fylker: [Fylke] = [
        Fylke(prefix: "30", id: "viken", name: "Viken", kommuner: 52, pupilShare: 236),
        Fylke(prefix: "03", id: "oslo", name: "Oslo", kommuner: 1, pupilShare: 100),
        Fylke(prefix: "34", id: "innlandet", name: "Innlandet", kommuner: 46, pupilShare: 67),
        Fylke(prefix: "38", id: "vestfold-og-telemark", name: "Vestfold og Telemark", kommuner: 23, pupilShare: 78),
        Fylke(prefix: "42", id: "agder", name: "Agder", kommuner: 25, pupilShare: 60),
        Fylke(prefix: "11", id: "rogaland", name: "Rogaland", kommuner: 23, pupilShare: 98),
        Fylke(prefix: "46", id: "vestland", name: "Vestland", kommuner: 43, pupilShare: 126),
        Fylke(prefix: "15", id: "more-og-romsdal", name: "Møre og Romsdal", kommuner: 26, pupilShare: 49),
        Fylke(prefix: "50", id: "trondelag", name: "Trøndelag", kommuner: 38, pupilShare: 90),
        Fylke(prefix: "18", id: "nordland", name: "Nordland", kommuner: 41, pupilShare: 49),
        Fylke(prefix: "54", id: "troms-og-finnmark", name: "Troms og Finnmark", kommuner: 39, pupilShare: 47),
    ]

    static let totalPupils = 630_000
    /// No kommune but Oslo is larger than this (Bærum, the largest, has about 17 000 pupils).
    static let largestKommune = 17_000.0

    /// Caps values at `limit`, spreading the excess over the others in proportion.
    static func capped(_ values: [Double], at limit: Double) -> [Double] {
        var values = values
        for _ in 0..<10 {
            let excess = values.reduce(0) { $0 + max(0, $1 - limit) }
            guard excess > 0 else { break }
            let room = values.reduce(0) { $0 + ($1 < limit ? $1 : 0) }
            values = values.map { $0 >= limit ? limit : $0 + excess * $0 / room }
        }
        return values
    }

    static func make(seed: UInt64) -> Geography {
        var rng = DemoRandom(seed, 0x6E6F_7267_65)  // "norge"
        var taken: Set<String> = ["Oslo"]
        let shareSum = fylker.reduce(0) { $0 + $1.pupilShare }
        var regions: [Region] = []
        for fylke in fylker {
            let fylkePupils = Double(totalPupils) * fylke.pupilShare / shareSum
            if fylke.kommuner == 1 {
                let oslo = Municipality(
                    number: fylke.prefix + "01", name: fylke.name, pupilsApprox: Int(fylkePupils.rounded()))
                regions.append(Region(id: fylke.id, name: fylke.name, municipalities: [oslo]))
                continue
            }
            // Kommune sizes are very unequal: a few towns, many small rural kommuner.
            let weights = (0..<fylke.kommuner).map { _ in exp(1.05 * rng.normal()) }
            let sizes = capped(weights.map { fylkePupils * $0 / weights.reduce(0, +) }, at: largestKommune)
            var municipalities: [Municipality] = []
            for (index, size) in sizes.enumerated() {
                let pupils = max(60, Int(size.rounded()))
                let serial = String(index + 1)
                let number = fylke.prefix + String(repeating: "0", count: 2 - serial.count) + serial
                let name = DemoNames.municipalityName(taken: &taken, rng: &rng)
                municipalities.append(Municipality(number: number, name: name, pupilsApprox: pupils))
            }
            regions.append(Region(id: fylke.id, name: fylke.name, municipalities: municipalities))
        }
        return Geography(county: Geography.County(number: "00", name: "Norge"), regions: regions)
    }
}
