import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// The built binary in a real terminal with a workbook it cannot write: the
/// results still show, and typed text that could not be saved is never lost
/// without the user saying so. Real disks: a tmpfs remounted read-only, and a
/// small tmpfs filled up while the user types.
@Suite(
    .serialized, .enabled(if: TmuxSession.tmuxAvailable, TmuxSession.tmuxMissing),
    .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
struct WorkbookInTerminalTests {
    @Test(
        "a workbook on a read-only disk at 80×24: the results, the line, the explanation on a; exit 0, nothing written")
    func readOnlyDisk() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let disk = try #require(SmallDisk(kibibytes: 256))
        try disk.makeReadOnly()
        let workbook = disk.file("kfl/arbeidsbok.sqlite")
        let tmux = try startKFLInTerminal(
            "'\(try DemoFixture.snapshotPath())' --workbook '\(workbook)'", home: home, width: 80, height: 24)
        var screen = try tmux.waitFor("Analyser utilgjengelige: arbeidsboka er skrivebeskyttet (a: mer)")
        #expect(screen.contains("Resultater – Hedmark"))
        try tmux.keys("a")
        screen = try tmux.waitFor("Analysene er ikke tilgjengelige")
        #expect(screen.contains("skrivebeskyttet"))
        try tmux.keys("Escape")
        try tmux.keys("q")
        screen = try tmux.waitFor("EXIT:")
        #expect(TmuxSession.exitStatus(in: screen) == 0)
        #expect(try disk.fileNames().isEmpty)
    }

    @Test(
        "the disk fills while typing: «disken er full», Ctrl-C asks, j quits with exit 1 and the text in the terminal")
    func fullDiskWhileTyping() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let disk = try #require(SmallDisk(kibibytes: 512))
        let workbook = disk.file("arbeidsbok.sqlite")
        let reader = try DemoFixture.reader()
        let school = try #require(
            reader.info.tree.units.first { $0.kind == .school && $0.trinnRange?.contains(7) == true })
        let tmux = try startKFLInTerminal(
            "'\(try DemoFixture.snapshotPath())' --skole '\(school.name)' --workbook '\(workbook)'", home: home,
            width: 120, height: 40)
        // A school named at start opens with what stands out there; Esc goes on to its results.
        _ = try tmux.waitFor("Hva skiller seg ut – \(school.name)")
        try tmux.keys("Escape", "Tab", "a")
        // The title it offers, taken with Enter.
        _ = try tmux.waitFor("Enter opprett")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Steg 1 av 7")
        try tmux.keys("Enter")
        try tmux.type("Elevene")
        _ = try tmux.waitFor("Elevene")
        // Each key is saved at once: wait until the last one is, then fill the disk.
        let id = try #require(try Workbook(path: workbook).all().first?.id)
        for _ in 0..<100 where try Workbook(path: workbook).load(id: id)?.challenge != "Elevene" {
            Thread.sleep(forTimeInterval: 0.05)
        }
        disk.fill()
        try tmux.type(" sier")
        var screen = try tmux.waitFor("disken er full")
        #expect(screen.contains("Elevene sier"), "the text stays on screen")
        try tmux.keys("C-c")
        _ = try tmux.waitFor("Avslutte likevel?")
        try tmux.keys("j")
        screen = try tmux.waitFor("EXIT:")
        #expect(TmuxSession.exitStatus(in: screen) == 1)
        #expect(screen.contains("ble ikke lagret i arbeidsboka"), "\(screen)")
        #expect(screen.contains("Elevene sier"), "the text, to copy: \(screen)")
        #expect(!screen.contains("-icanon"), "the terminal is restored")
        try disk.free()
        #expect(try Workbook(path: workbook).load(id: id)?.challenge == "Elevene", "what was saved is there")
    }
}
