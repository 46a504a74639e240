import KFLTestSupport
import TerminalUI
import Testing

@Suite struct KeymapTests {
    enum Action: Hashable, Sendable { case up, down, open, back, quit, help, search }

    static let keymap = Keymap<Action>([
        .init(keys: [.up, .character("k")], action: .up, help: "Opp", section: "Flytte"),
        .init(keys: [.down, .character("j")], action: .down, help: "Ned", section: "Flytte"),
        .init(keys: [.enter], action: .open, help: "Åpne valgt enhet og vis alle faktorer", section: "Flytte"),
        .init(keys: [.escape], action: .back, help: "Tilbake", section: "Flytte"),
        .init(keys: [.character("/")], action: .search, help: "Søk", section: "Annet"),
        .init(keys: [.character("?"), .function(1)], action: .help, help: "Hjelp", section: "Annet"),
        .init(keys: [.character("q"), .controlC], action: .quit, help: "Avslutt", section: "Annet"),
        .init(keys: [.character("Q")], action: .quit, help: "", section: "Annet"),
    ])

    @Test func looksUpTheFirstBindingForAKey() {
        #expect(Self.keymap.action(for: .character("j")) == .down)
        #expect(Self.keymap.action(for: .control("c")) == .quit)
        #expect(Self.keymap.action(for: .function(1)) == .help)
        #expect(Self.keymap.action(for: .character("x")) == nil)
        let override = Keymap<Action>([.init(keys: [.escape], action: .quit, help: "Lukk", section: "Dialog")])
        #expect(override.merged(with: Self.keymap).action(for: .escape) == .quit)
        #expect(Self.keymap.keys(for: .quit) == [.character("q"), .controlC, .character("Q")])
    }

    @Test func helpLinesComeFromTheBindingsAndSkipHiddenOnes() {
        #expect(
            Self.keymap.helpLines() == [
                "Flytte",
                "  ↑ k       Opp",
                "  ↓ j       Ned",
                "  Enter     Åpne valgt enhet og vis alle faktorer",
                "  Esc       Tilbake",
                "",
                "Annet",
                "  /         Søk",
                "  ? F1      Hjelp",
                "  q Ctrl-C  Avslutt",
            ])
        #expect(Self.keymap.helpLines(ascii: true)[1] == "  Up k      Opp")
    }

    @Test func helpOverlayGolden() {
        var screen = Screen(width: 40, height: 14)
        HelpView(keymap: Self.keymap, title: "Hjelp").draw(in: &screen, rect: screen.bounds)
        expectGolden(screen, named: "help-40x14")
    }

    @Test func helpOverlayScrollsWhenShort() {
        var screen = Screen(width: 30, height: 6)
        HelpView(keymap: Self.keymap, title: "Hjelp").draw(in: &screen, rect: screen.bounds, scroll: 2, glyphs: .ascii)
        expectGolden(screen, named: "help-30x6-ascii-scrolled")
    }

    @Test func keyNames() {
        let keys: [Key] = [
            .up, .pageDown, .control("c"), .function(12), .escape, .enter, .alt("x"), .character(" "), .controlLeft,
            .backTab,
        ]
        #expect(
            keys.map(\.displayName) == [
                "↑", "PgDn", "Ctrl-C", "F12", "Esc", "Enter", "Alt-x", "Space", "Ctrl-←", "Shift-Tab",
            ])
        #expect(Key.left.displayName(ascii: true) == "Left")
    }
}

@Suite struct ControlCodeTests {
    @Test func controlBytesDecodeAsTerminalsMeanThem() {
        #expect(Key(controlCode: 3) == .controlC)
        #expect(Key(controlCode: 1) == .control("a"))
        #expect(Key(controlCode: 26) == .control("z"))
        #expect(Key(controlCode: 13) == .enter && Key(controlCode: 10) == .enter)
        #expect(Key(controlCode: 127) == .backspace && Key(controlCode: 8) == .backspace)
        #expect(Key(controlCode: 9) == .tab && Key(controlCode: 27) == .escape)
        #expect(Key(controlCode: 0) == .control(" ") && Key(controlCode: 31) == .control("_"))
        #expect(Key(controlCode: 65) == nil)
    }
}
