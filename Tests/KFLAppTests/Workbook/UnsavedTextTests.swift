import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// Text typed that the workbook could not store stays on screen, and Ctrl-C
/// or q never drops it silently: a real full disk (a small tmpfs) and a real
/// second window.
@Suite(.serialized) struct UnsavedTextTests {
    /// An analysis on a workbook on a 512 KiB disk, with "Elevene" typed into
    /// the challenge and saved, and then the disk filled.
    static func typingOnAFullDisk() throws -> (AnalysisTestSession, SmallDisk) {
        let disk = try #require(SmallDisk(kibibytes: 512))
        let session = try AnalysisTestSession(workbookPath: disk.file("arbeidsbok.sqlite"))
        session.startAnalysis()
        session.press(.enter)
        session.type("Elevene")
        #expect(session.state?.notice == nil)
        disk.fill()
        session.type(" sier")
        return (session, disk)
    }

    func stored(_ session: AnalysisTestSession) throws -> String? {
        let id = try #require(session.state?.analysis.id)
        return try session.otherWindow().load(id: id)?.challenge
    }

    @Test(
        "a full disk while typing: «disken er full», the text stays; Ctrl-C asks; with room again it saves and quits",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func fullDiskThenRoom() throws {
        let (session, disk) = try Self.typingOnAFullDisk()
        #expect(session.state?.message == "Kunne ikke lagre (prøver igjen ved neste endring): disken er full")
        #expect(session.state?.editing?.editor.text == "Elevene sier")
        #expect(session.state?.unsavedText == "Elevene sier")
        #expect(session.screen.text.contains("Utfordring, tema eller problem – skriver – IKKE LAGRET (se nederst)"))

        session.press(.controlC)
        #expect(!session.app.quitRequested)
        #expect(session.state?.overlay == .confirmQuit)
        let screen = session.screen.lines.joined(separator: "\n")
        #expect(screen.contains("Teksten i feltet er ikke lagret. Avslutte likevel?"), "\(screen)")
        #expect(screen.contains("Avslutte likevel? Den skrives ut. (j/n)"), "the question fits 80 columns: \(screen)")
        session.press(.controlC)
        #expect(!session.app.quitRequested, "Ctrl-C in the question goes back to the text")
        #expect(session.state?.overlay == nil)
        #expect(session.state?.editing?.editor.text == "Elevene sier")
        session.press(.controlC)
        session.press(.character("n"))
        #expect(!session.app.quitRequested && session.state?.overlay == nil)

        try disk.free()
        session.type(".")
        #expect(session.state?.unsavedText == nil)
        #expect(session.screen.text.contains("skriver – Esc går ut, alt lagres fortløpende"))
        session.press(.backspace)
        session.press(.controlC)
        #expect(session.app.quitRequested, "saved at the quit, so nothing to ask")
        #expect(session.app.unsavedText == nil)
        #expect(try stored(session) == "Elevene sier")
    }

    @Test(
        "quitting anyway on a full disk: the text is handed back, the workbook has what was saved",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func fullDiskQuitAnyway() throws {
        let (session, disk) = try Self.typingOnAFullDisk()
        session.press(.escape)
        #expect(session.state?.editing?.editor.text == "Elevene sier", "Esc cannot save, so the field stays open")
        session.press(.controlC, .character("j"))
        #expect(session.app.quitRequested)
        let unsaved = try #require(session.app.unsavedText)
        #expect(unsaved.text == "Elevene sier")
        #expect(unsaved.step == "Formulering av utfordring, tema eller problem")
        try disk.free()
        #expect(try stored(session) == "Elevene")
    }

    /// "Vår tekst" typed into the challenge, "Deres tekst" saved there by another window,
    /// then "!" typed: the field is in conflict. Returns the session, the other window and the analysis id.
    static func typingInAConflict() throws -> (AnalysisTestSession, Workbook, String) {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Vår tekst")
        let id = try #require(session.state?.analysis.id)
        let other = try session.otherWindow()
        let theirs = try #require(try other.load(id: id))
        _ = try other.updateText(
            analysisID: id, field: .challenge, value: "Deres tekst", basedOn: theirs.revisions.text(.challenge))
        session.type("!")
        return (session, other, id)
    }

    @Test("Ctrl-C in an unresolved conflict asks, writes nothing over theirs, and hands the user's text back")
    func conflict() throws {
        let (session, other, id) = try Self.typingInAConflict()
        #expect(session.state?.editing?.conflictText == "Deres tekst")

        session.press(.controlC)
        #expect(!session.app.quitRequested)
        #expect(session.state?.overlay == .confirmQuit)
        #expect(session.screen.lines.joined().contains("Feltet er endret i et annet vindu"))
        // The question fits the 80 columns whole, its (j/n) too.
        #expect(session.screen.lines.contains { $0.contains("Avslutte likevel? (j/n)") }, "\(session.screen.lines)")
        session.press(.character("j"))
        #expect(session.app.quitRequested)
        #expect(session.app.unsavedText?.text == "Vår tekst!")
        #expect(try other.load(id: id)?.challenge == "Deres tekst", "theirs is kept")
    }

    @Test("the conflict's quit question names Ctrl-O, and Ctrl-O there saves the user's text over theirs and quits")
    func conflictQuitWithCtrlO() throws {
        let (session, other, id) = try Self.typingInAConflict()
        session.press(.controlC)
        #expect(session.state?.overlay == .confirmQuit)
        let lines = session.screen.lines
        #expect(lines.contains { $0.contains("Ctrl-O lagrer din. Avslutte likevel? (j/n)") }, "\(lines)")
        #expect(lines.last?.contains("Ctrl-O lagre din og avslutt") == true, "\(lines.last ?? "")")
        session.press(.control("o"))
        #expect(session.app.quitRequested)
        #expect(session.app.unsavedText == nil, "nothing left to print: it is saved")
        #expect(try other.load(id: id)?.challenge == "Vår tekst!")
    }

    @Test("q and Ctrl-C with everything saved quit at once")
    func everythingSaved() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Uro")
        #expect(session.state?.unsavedText == nil)
        session.press(.controlC)
        #expect(session.app.quitRequested && session.app.unsavedText == nil)
    }
}
