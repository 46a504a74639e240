import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// The name `a` suggests is a selected default: the first character typed replaces it,
/// Enter takes it unchanged, Backspace and the arrows start editing it.
@Suite struct SuggestedTitleTests {
    static let suggestion = "Uro og forstyrrelser i timene, 7. trinn"

    func askedForTitle() throws -> AnalysisTestSession {
        let session = try AnalysisTestSession()
        session.selectFactor("e510_uro")
        session.press(.character("a"))
        return session
    }

    @Test func typingReplacesTheSuggestion() throws {
        let session = try askedForTitle()
        #expect(session.app.list?.title?.editor.text == Self.suggestion)
        session.type("Min tittel\n")
        #expect(session.app.mode == .analysis)
        #expect(session.state?.analysis.title == "Min tittel")
    }

    @Test func enterTakesTheSuggestionUnchanged() throws {
        let session = try askedForTitle()
        session.press(.enter)
        #expect(session.state?.analysis.title == Self.suggestion)
    }

    @Test func backspaceAndArrowsEditTheSuggestion() throws {
        let session = try askedForTitle()
        session.press(.backspace)
        session.type("n, høsten\n")
        #expect(session.state?.analysis.title == "Uro og forstyrrelser i timene, 7. trinn, høsten")
        let other = try askedForTitle()
        other.press(.home)
        other.type("Ny: \n")
        #expect(other.state?.analysis.title == "Ny: " + Self.suggestion)
    }

    @Test func theSuggestionShowsSelectedWithAHint() throws {
        let session = try askedForTitle()
        let screen = session.screen
        let field = Strings.AnalysisTUI.titlePrompt + Self.suggestion
        let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains(field) })
        let start = try #require(lines[row].range(of: field)).lowerBound
        let x = DisplayWidth.of(String(lines[row][..<start]) + Strings.AnalysisTUI.titlePrompt)
        #expect(screen[x, row]?.style.attributes.contains(.reverse) == true)
        #expect(screen.text.contains(Strings.AnalysisTUI.createSuggestedHint))
        session.press(.character("M"))
        let typed = session.screen
        #expect(typed[x, row]?.style.attributes.contains(.reverse) == false)
        #expect(!typed.text.contains(Strings.AnalysisTUI.createSuggestedHint))
        #expect(typed.text.contains(Strings.AnalysisTUI.createHint))
    }
}

/// A paste into the one-line name is text: its line breaks become spaces and nothing
/// after them runs as a key.
@Suite struct PastedTitleTests {
    @Test func aPastedLineBreakIsASpaceNotEnter() throws {
        let session = try AnalysisTestSession()
        session.selectFactor("e510_uro")
        session.press(.character("a"), .paste("Linje en\r\nLinje to\nx j"))
        #expect(session.app.mode == .list)
        #expect(session.app.list?.title?.editor.text == "Linje en Linje to x j")
        session.press(.enter)
        #expect(session.state?.analysis.title == "Linje en Linje to x j")
    }
}
