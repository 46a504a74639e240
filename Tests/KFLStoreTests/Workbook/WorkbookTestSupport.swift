import Foundation
import KFLCore

@testable import KFLStore

/// A clock that tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_700_000_000)

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    var clock: Workbook.Clock { { self.now } }
}

enum WorkbookFixtures {
    static let school = UnitReference(kind: .school, code: "0425-02", name: "Flisa skole")
    static let context = AnalysisContext(round: 2016, groupID: "elev510", trinn: 7, gender: .all)
}
