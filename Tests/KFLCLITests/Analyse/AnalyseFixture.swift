import Foundation
import KFLCore
import KFLImport
import KFLStore

/// A small real snapshot (through the importer) and a workbook with one fixed
/// analysis, in a fresh temporary directory.
final class AnalyseFixture {
    let directory: URL
    let snapshotPath: String
    let workbookPath: String
    let analysisID = "3f2a9c1b-7d4e-4c1a-9b8e-0123456789ab"
    static let created = Date(timeIntervalSince1970: 1_714_550_400)  // 1. mai 2024 10.00 (Oslo)
    static let exportedAt = Date(timeIntervalSince1970: 1_717_236_000)

    init(demo: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-analyse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        snapshotPath = directory.appendingPathComponent("snapshot.sqlite").path
        workbookPath = directory.appendingPathComponent("workbook.sqlite").path
        let csv = directory.appendingPathComponent("svar.csv")
        try Self.csv().write(to: csv, atomically: true, encoding: .utf8)
        _ = try Importer.run(
            files: [csv], output: URL(fileURLWithPath: snapshotPath),
            options: Importer.Options(minimumN: 7, source: "svar.csv", isDemo: demo))
        try makeAnalysis()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Three schools in Åsnes and one in Hamar; 7. trinn in 2016 and 2018.
    /// Flisa skole has 14 boys and 3 girls (girls: too few, so suppressed).
    /// Flisa's uro is clearly above the county in 2016 and falls by 2018 (spread over 1,6–2,9: were
    /// every pupil within a few tenths, the published school total would narrow its hidden girls
    /// and have to be hidden too).
    static func csv() -> String {
        var rows = [
            "tidspunkt;kommunenr;skole_id;skole;trinn;kjonn;gruppe;respondent_id;e510_uro;e510_trivsel;l_klasseledelse"
        ]
        let schools: [(code: String, name: String, kommune: String, boys: Int, girls: Int)] = [
            ("0425-01", "Flisa skole", "0425", 14, 3), ("0425-02", "Kjellmyra skole", "0425", 10, 10),
            ("0425-03", "Arneberg skole", "0425", 12, 13), ("0403-01", "Hamar skole", "0403", 20, 20),
        ]
        var id = 0
        for round in [2016, 2018] {
            for (s, school) in schools.enumerated() {
                for i in 0..<(school.boys + school.girls) {
                    id += 1
                    let gender = i < school.boys ? "gutt" : "jente"
                    let flisa = school.code == "0425-01"
                    let uro =
                        !flisa
                        ? 1.5 + Double((i * 7 + s) % 25) / 10
                        : round == 2016 ? 2.8 + Double((i * 7) % 12) / 10 : 1.6 + Double((i * 5) % 14) / 10
                    let trivsel = 2.0 + Double((i * 5 + s + round) % 30) / 10
                    rows.append(
                        "\(round);\(school.kommune);\(school.code);\(school.name);7;\(gender);elev510;e\(id);"
                            + "\(decimal(uro));\(decimal(trivsel));")
                }
                for i in 0..<8 {
                    id += 1
                    let value = 2.5 + Double((i * 3 + s * 2) % 20) / 10
                    rows.append(
                        "\(round);\(school.kommune);\(school.code);\(school.name);;;laerer;l\(id);;;\(decimal(value))")
                }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func decimal(_ x: Double) -> String { NorwegianFormat.decimal(x, digits: 1) }

    private func makeAnalysis() throws {
        var a = Analysis(
            id: analysisID, title: "Uro på 7. trinn <og> «arbeidsro» & trivsel",
            unit: UnitReference(kind: .school, code: "0425-01", name: "Flisa skole"),
            context: AnalysisContext(round: 2016, groupID: "elev510", trinn: 7, gender: .all),
            createdAt: Self.created, updatedAt: Self.created.addingTimeInterval(3600))
        a.challenge =
            "Elevene på 7. trinn opplever mer uro i timene enn i fylket.\n\nDet gjelder særlig timene etter storefri."
        a.goal = "Arbeidsro i alle timer innen høsten 2018."
        a.linkedFactors = [
            LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7),
            LinkedFactor(id: "l2", factorID: "e510_uro", trinn: 7, gender: .girls),
            LinkedFactor(id: "l3", factorID: "l_klasseledelse"),
        ]
        a.otherSources = "Observasjoner i 6 timer; elevsamtaler."
        a.hypotheses = [
            Hypothesis(
                id: "h1", text: "Uklare rutiner ved timestart", perspective: .teaching,
                evidence: ["e510_uro", "l_klasseledelse"],
                assessment: .supported, importance: .high, influence: .yes),
            Hypothesis(
                id: "h2", text: "Konflikter fra friminuttet | tas med inn", perspective: .group,
                evidence: ["e510_trivsel"],
                assessment: .supported, importance: .medium, influence: .partly),
            Hypothesis(
                id: "h3", text: "Trøtte elever", perspective: .pupil, assessment: .notSupported, importance: .low,
                influence: .no),
        ]
        a.actions = [
            AnalysisAction(
                id: "t1", what: "Felles start på timene", who: "Alle lærere på 7. trinn", fromWhen: "uke 34",
                howOften: "hver time", hypothesisIDs: ["h1"]),
            AnalysisAction(id: "t2", what: "Mer leksehjelp"),
        ]
        a.implementation = "Rektor følger opp på trinnmøter annenhver uke."
        a.indicators = [
            Indicator(id: "i1", factorID: "e510_uro", trinn: 7, changeSought: "Mindre uro", target: 2.0, byRound: 2018)
        ]
        a[.evaluationEffect] = "Ja, uroen har gått ned."
        let workbook = try Workbook(path: workbookPath, clock: { AnalyseFixture.created })
        guard case .imported = try workbook.importAnalysis(a) else { throw CocoaError(.fileWriteUnknown) }
    }

    func reportData() throws -> AnalysisReportData {
        let reader = try SnapshotReader(path: snapshotPath)
        let analysis = try Workbook(path: workbookPath).load(id: analysisID)!
        return try AnalysisReportData.build(analysis: analysis, source: reader, exportedAt: Self.exportedAt)
    }

    /// The snapshot's creation time is not settable: goldens show a placeholder.
    func normalised(_ text: String) throws -> String {
        let created = try SnapshotReader(path: snapshotPath).info.createdAt
        return text.replacingOccurrences(of: Strings.Reports.snapshotTime(created), with: "SNAPSHOT-LAGET")
            .replacingOccurrences(of: created, with: "SNAPSHOT-LAGET")
    }
}
