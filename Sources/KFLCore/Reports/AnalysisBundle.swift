#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON bundle of one analysis (`"format": "kfl-analyse"`), to share with
/// a colleague: the analysis itself, where the numbers came from, and the
/// published values of its linked factors and indicators (never a suppressed
/// one: those carry only the reason). Import reads back the analysis.
public struct AnalysisBundle: Codable, Sendable {
    public static let formatName = "kfl-analyse"
    /// 2: linked factors can be changes, cohorts and gaps (`LinkedView`),
    /// with their published values. 3: a linked level carries its unfavourable share
    /// (`share`, `PublishedShare`). Bundles of versions 1 and 2 are read as before.
    public static let currentVersion = 3

    /// A published cell: a value, or only why it is not shown.
    public struct PublishedCell: Codable, Sendable, Hashable {
        public let n: Int?
        public let mean: Double?
        public let sd: Double?
        public let suppressed: String?
    }

    public struct PublishedComparison: Codable, Sendable, Hashable {
        public let difference: Double
        public let effectSize: Double?
        /// 95 % interval for the difference (two-sample rule only).
        public let interval: [Double]?
        /// The Norwegian label.
        public let verdict: String
        /// The stable code: clearlyBetter, clearlyWorse, noClearDifference, notComparable.
        public let verdictCode: String?
    }

    /// A linked factor's published values: a level (unit, kommune, county),
    /// or a change, cohort or gap (`view` and the fields after it).
    public struct PublishedResult: Codable, Sendable, Hashable {
        public let factor: String
        public let name: String
        /// A level's round; the round a change goes to, a class is anchored in, or a gap is in.
        public let round: Int
        public let trinn: Int
        public let gender: String
        public var unit: PublishedCell? = nil
        public var municipality: PublishedCell? = nil
        public var county: PublishedCell? = nil
        /// The trinn kommune and county are pooled over for a school at all trinn that lacks some of
        /// the group's (`PooledReference`); absent when they are the cells at the same address.
        public var referenceTrinnMin: Int? = nil
        public var referenceTrinnMax: Int? = nil
        public var versusCounty: PublishedComparison? = nil
        /// A level's unfavourable share, the kommune's and the county's (version 3).
        public var share: PublishedShare? = nil
        /// development, sameTrinn, sameClass or genderGap; absent for a level.
        public var view: String? = nil
        /// The earlier round of a change.
        public var baseRound: Int? = nil
        /// A change or cohort: the unit and the county each round.
        public var series: [PublishedSeriesPoint]? = nil
        /// A change (two-sample rule) and the county's over the same rounds.
        public var change: PublishedComparison? = nil
        public var countyChange: PublishedComparison? = nil
        /// A gap: boys and girls each round, for the unit and the county.
        public var gaps: [PublishedGapPoint]? = nil
        /// The gap (boys − girls) in `round`, and the county's.
        public var gap: PublishedComparison? = nil
        public var countyGap: PublishedComparison? = nil
        /// Why there is no change or gap: a suppressed cell, no earlier round, …
        public var unavailable: String? = nil
    }

    public struct PublishedIndicator: Codable, Sendable, Hashable {
        public let factor: String
        public let trinn: Int
        public let gender: String
        public let startRound: Int
        public let start: PublishedCell?
        public let latestRound: Int?
        public let latest: PublishedCell?
        /// Latest against start by the two-sample rule.
        public let change: PublishedComparison?
        public let outcome: String?
        /// cannotTellYet, noClearChange, clearChangeWanted, clearChangeWrong.
        public let outcomeCode: String?
        public let target: Double?
        public let targetStatus: String?
        /// noTarget, notYetMeasured, reached, notReached.
        public let targetStatusCode: String?
    }

    public let format: String
    public let version: Int
    public let exportedBy: String
    public let exportedAt: Date
    /// The demo notice when the numbers are synthetic.
    public let notice: String?
    public let snapshot: AnalysisReportData.Provenance
    public let analysis: Analysis
    public let results: [PublishedResult]
    public let indicators: [PublishedIndicator]

    public init(_ data: AnalysisReportData) {
        format = Self.formatName
        version = Self.currentVersion
        exportedBy = "kfl \(Strings.CLI.version)"
        exportedAt = data.exportedAt
        notice = data.provenance.isDemo ? Strings.Reports.demoHeading + ". " + Strings.demoDetail : nil
        snapshot = data.provenance
        analysis = data.analysis
        let minimumN = data.provenance.minimumN
        results = data.linkedFactors.map { line in
            guard line.linked.view == .level else { return Self.linked(line, data) }
            return PublishedResult(
                factor: line.factor.id, name: line.factor.name, round: data.analysis.context.round,
                trinn: line.linked.trinn,
                gender: Strings.genderName(line.linked.gender),
                unit: Self.cell(line.result?.unit, minimumN),
                municipality: Self.cell(line.result?.municipality, minimumN),
                county: Self.cell(line.result?.county, minimumN),
                referenceTrinnMin: line.result?.referenceTrinn?.lowerBound,
                referenceTrinnMax: line.result?.referenceTrinn?.upperBound,
                versusCounty: Self.comparison(line.result?.versusCounty), share: Self.share(line.result))
        }
        indicators = data.indicators.compactMap { line in
            guard let p = line.progress else { return nil }
            return PublishedIndicator(
                factor: p.factor.id, trinn: p.indicator.trinn, gender: Strings.genderName(p.indicator.gender),
                startRound: p.startRound, start: Self.cell(p.start, minimumN), latestRound: p.latestRound,
                latest: Self.cell(p.latest, minimumN), change: p.change.map { Self.comparison($0) },
                outcome: Strings.Analysis.indicatorOutcome(p.outcome), outcomeCode: p.outcome.code,
                target: p.indicator.target, targetStatus: Strings.Analysis.targetStatus(p.targetStatus),
                targetStatusCode: p.targetStatus.code)
        }
    }

    static func cell(_ cell: CellResult?, _ minimumN: Int) -> PublishedCell? {
        switch cell {
        case .value(let v)?: return PublishedCell(n: v.n, mean: round2(v.mean), sd: v.sd.map(round2), suppressed: nil)
        case .suppressed(let reason)?:
            return PublishedCell(
                n: nil, mean: nil, sd: nil, suppressed: Strings.suppressionText(reason, minimumN: minimumN))
        case nil: return nil
        }
    }

    static func comparison(_ c: Comparison?) -> PublishedComparison? {
        c.map {
            PublishedComparison(
                difference: round2($0.difference), effectSize: $0.effectSize.map(round2), interval: nil,
                verdict: Strings.verdictText($0.verdict), verdictCode: $0.verdict.code)
        }
    }

    static func comparison(
        _ c: TwoSampleComparison, verdictText: (Verdict) -> String = Strings.Development.changeVerdict
    ) -> PublishedComparison {
        PublishedComparison(
            difference: round2(c.difference), effectSize: c.effectSize.map(round2),
            interval: c.interval.map { [round2($0.lowerBound), round2($0.upperBound)] },
            verdict: verdictText(c.verdict), verdictCode: c.verdict.code)
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// Pretty, key-sorted JSON with ISO 8601 dates.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Reads a bundle and checks every field (`AnalysisBundleValidator`).
    /// - Throws: `AnalysisBundleError` saying, in Norwegian, what is wrong and
    ///   where (the JSON path of each problem).
    public static func decode(
        _ data: Data, instrument: Instrument = .builtIn
    ) throws(AnalysisBundleError) -> AnalysisBundle {
        struct Header: Decodable {
            let format: String?
            let version: Int?
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .notJSON
        }
        guard header.format == formatName, let version = header.version else { throw .notABundle }
        guard version <= currentVersion else { throw .newerVersion(found: version, supported: currentVersion) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let bundle: AnalysisBundle
        do {
            bundle = try decoder.decode(AnalysisBundle.self, from: data)
        } catch let error as DecodingError {
            throw .invalid([AnalysisBundleDecodingProblem.problem(for: error)])
        } catch {
            throw .invalid([AnalysisBundleProblem(path: "", message: Strings.Errors.unreadableContent(at: nil))])
        }
        let problems = AnalysisBundleValidator(instrument: instrument).problems(in: bundle.analysis)
        guard problems.isEmpty else { throw .invalid(problems) }
        return bundle
    }
}
