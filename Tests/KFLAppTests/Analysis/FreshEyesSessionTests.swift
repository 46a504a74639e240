import Foundation
import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// What a fresh-eyes rektor found in the analysis: Home/End in step 3's trinn list, the
/// share in step 3 as in the export, and Esc at the new analysis's title going back to
/// where `a` was pressed.
@Suite struct FreshEyesSessionTests {
    @Test("Home and End in step 3's trinn list go to the first and the last trinn")
    func homeAndEndInTheTrinnPicker() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.character("3"), .home)
        #expect(session.state?.focusedLinkedFactor != nil)
        session.press(.character("T"))
        guard case .picker(let picker)? = session.state?.overlay else {
            Issue.record("T opens the trinn list")
            return
        }
        let values = picker.visibleRows.compactMap(\.value)
        #expect(values.count > 2)
        session.press(.end)
        guard case .picker(let atEnd)? = session.state?.overlay else { return }
        #expect(atEnd.selectedRow?.value == values.last)
        session.press(.home)
        guard case .picker(let atHome)? = session.state?.overlay else { return }
        #expect(atHome.selectedRow?.value == values.first)
        session.press(.character("G"))
        guard case .picker(let atG)? = session.state?.overlay else { return }
        #expect(atG.selectedRow?.value == values.last, "G as End where typing does not search")
    }

    @Test("step 3 shows the linked factor's share, as the export does", arguments: [(80, 24), (120, 40)])
    func step3ShowsTheShare(size: (width: Int, height: Int)) throws {
        let session = try AnalysisTestSession(width: size.width, height: size.height, trinn: 0)
        session.startAnalysis()
        session.press(.character("3"))
        let state = try #require(session.state)
        let factor = try #require(state.info.instrument.factor(id: "e510_uro"))
        let key = state.key(factorID: factor.id, trinn: 0, gender: .all)
        let result = try #require(state.result(key))
        guard case .shown(let count, let n, _) = result.unitShare else {
            Issue.record("the school's share of «\(factor.name)» is shown")
            return
        }
        let text = session.screen.text
        #expect(text.contains(Strings.Shares.percent(count, of: n)))
        #expect(text.contains(Strings.Shares.columnHeading))
        expectGolden(session.screen, named: "Analysis/step3-share-\(size.width)x\(size.height)")
    }

    @Test("Esc at the title `a` asks for returns to the results; from the list, to the list")
    func escapeAtTheNewTitle() throws {
        let session = try AnalysisTestSession()
        session.selectFactor("e510_uro")
        session.press(.character("a"))
        #expect(session.app.mode == .list && session.app.list?.title != nil)
        session.press(.escape)
        #expect(session.app.mode == .browser, "back where a was pressed")
        #expect(session.app.browser.state.selectedFactor?.id == "e510_uro")
        session.press(.character("A"))
        #expect(session.app.mode == .list && session.app.list?.title == nil)
        session.press(.character("n"))
        #expect(session.app.list?.title != nil)
        session.press(.escape)
        #expect(session.app.mode == .list, "n in the list: Esc stays in the list")
    }
}
