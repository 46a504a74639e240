import Foundation
import KFLTestSupport
import Testing

/// The views over time in the built binary, in a real terminal at 120×40 and 80×24.
@Suite(.serialized) struct ViewsInTerminalTests {
    @Test("v walks through development, both cohorts and the gender gap; b changes the change's start")
    func views() throws {
        let home = try DemoFixture.temporaryDirectory()
        let tmux = try startKFLInTerminal(
            "'\(try DemoFixture.snapshotPath())' --kommune Åsnes --skole 'Rognli skole'", home: home, width: 120,
            height: 40)
        // A school named at start opens with what stands out there; Esc goes on to its results.
        _ = try tmux.waitFor("Hva skiller seg ut – Rognli skole")
        try tmux.keys("Escape")
        // Waits for the last line drawn (the selected factor's change spelled out below), not the first.
        var screen = try tmux.waitFor("2018–2020: -0,03")
        #expect(screen.contains("utvikling"))
        try tmux.keys("v")
        screen = try tmux.waitFor("Utvikling – Rognli skole")
        #expect(screen.contains("fylket") && screen.contains("[") && screen.contains("d "))
        try tmux.keys("b")
        screen = try tmux.waitFor("Endring 2016–2020")
        // Each group lists only its own trinn: 10. trinn is under Elever 5–10.
        try tmux.keys("r")
        _ = try tmux.waitFor("Elever 5.–10. trinn")
        // Opening the school shows its overview first; Esc goes on to its trinn.
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Hva skiller seg ut – Rognli skole")
        try tmux.keys("Escape", "G", "v")
        screen = try tmux.waitFor("Kull: samme trinn – Rognli skole, 10. trinn")
        #expect(screen.contains("anonym"))
        try tmux.keys("v")
        screen = try tmux.waitFor("Kull: samme klasse")
        #expect(screen.contains("6. trinn 2016 → 8. trinn 2018 →"))
        try tmux.keys("v")
        screen = try tmux.waitFor("Gutter og jenter")
        #expect(screen.contains("gutter − jenter"))
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("G−J")
        try tmux.keys("q")
        _ = try tmux.waitFor("EXIT:0")
    }
}
