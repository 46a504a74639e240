import Foundation
import KFLApp
import KFLCore
import TerminalUI

/// What the pure update tests need: a snapshot's description built by hand
/// (one county, kommune and school; the built-in instrument), an analysis,
/// and ids from a counter. No snapshot file, no workbook, no terminal.
enum UpdateFixture {
    static let info = SnapshotInfo(
        schemaVersion: 1, createdAt: "2024-01-01", source: "test", isDemo: false, minimumN: 7,
        instrument: .builtIn, rounds: [2016, 2018, 2020],
        tree: UnitTree(units: [
            ReportingUnit(id: 1, kind: .county, code: "04", name: "Hedmark", parentID: nil),
            ReportingUnit(id: 2, kind: .municipality, code: "0425", name: "Åsnes", parentID: 1),
            ReportingUnit(id: 3, kind: .school, code: "0425-02", name: "Flisa skole", parentID: 2, trinnRange: 1...7),
        ]))

    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func analysis() -> Analysis {
        var analysis = Analysis(
            id: "a1", title: "Uro", unit: UnitReference(kind: .school, code: "0425-02", name: "Flisa skole"),
            context: AnalysisContext(round: 2018, groupID: "elev510", trinn: 7, gender: .all), createdAt: created)
        analysis.revisions.header = 1
        return analysis
    }

    static func state(width: Int = 80, height: Int = 24) -> AnalysisState {
        AnalysisState(analysis: analysis(), info: info, width: width, height: height)
    }

    /// "id-1", "id-2", …
    final class Counter {
        private var count = 0
        func next() -> String {
            count += 1
            return "id-\(count)"
        }
    }
}

/// Sends messages to `AnalysisUpdate` and keeps every effect it asks for.
struct AnalysisScript {
    var state = UpdateFixture.state()
    var effects: [AnalysisEffect] = []
    let ids = UpdateFixture.Counter()

    /// Sends the messages in order; `effects` holds the effects of the last one.
    mutating func send(_ messages: AnalysisMessage...) {
        for message in messages { effects = AnalysisUpdate.update(&state, message, newID: ids.next) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }
}
