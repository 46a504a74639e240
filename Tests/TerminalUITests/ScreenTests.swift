import KFLTestSupport
import TerminalUI
import Testing

@Suite struct ScreenTests {
    @Test func putClipsAtTheRightEdgeWithoutWrapping() {
        var screen = Screen(width: 5, height: 2)
        #expect(screen.put("Hamarskolen", x: 1, y: 0) == 4)
        expectScreen(screen, [" Hama", ""])
    }

    @Test func putOutsideTheScreenWritesNothing() {
        var screen = Screen(width: 3, height: 1)
        #expect(screen.put("abc", x: 0, y: 1) == 0)
        #expect(screen.put("abc", x: 0, y: -1) == 0)
        screen.put("xyz", x: -2, y: 0)
        expectScreen(screen, ["z"])
    }

    @Test func zeroAndOneCellScreensAcceptAnyWrite() {
        var empty = Screen(width: 0, height: 0)
        empty.put("Æ漢", x: 0, y: 0)
        empty.fill(Rect(width: 5, height: 5), style: .reverse)
        #expect(empty.lines.isEmpty && empty.text.isEmpty)
        var one = Screen(width: 1, height: 1)
        one.put("漢", x: 0, y: 0)
        #expect(one.lines == [" "])
        one.put("ø", x: 0, y: 0)
        #expect(one.lines == ["ø"])
    }

    @Test func wideCharactersTakeTwoColumnsAndNeverShowHalf() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("漢字漢", x: 0, y: 0) == 5)
        #expect(screen.lines == ["漢字 "])
        #expect(screen[1, 0]?.isContinuation == true)
        #expect(DisplayWidth.of(screen.lines[0]) == 5)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("漢字", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.lines == [" x字"])
        screen.put("y", x: 2, y: 0)
        #expect(screen.lines == [" xy "])
    }

    @Test func leftClippedWideCharacterBecomesASpace() {
        var screen = Screen(width: 4, height: 1)
        screen.put("abcd", x: 0, y: 0)
        screen.put("漢字", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(screen.lines == ["a 字"])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("e\u{301}te", x: 0, y: 0) == 3)
        #expect(screen[0, 0]?.grapheme == "e\u{301}")
        #expect(screen.text == "e\u{301}te")
    }

    @Test func norwegianLettersClipAsOneColumnEach() {
        var screen = Screen(width: 6, height: 1)
        screen.put("Æøå Åsnes", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(screen.lines == ["Æøå Å "])
    }

    @Test func controlCharactersAreDropped() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("a\tb\n", x: 0, y: 0) == 2)
        #expect(screen.text == "ab")
    }

    @Test func fillAndSetStyle() {
        var screen = Screen(lines: ["abc", "def"])
        screen.setStyle(Rect(x: 1, y: 0, width: 5, height: 1), style: .bold)
        screen.fill(Rect(x: 0, y: 1, width: 2, height: 1), style: .reverse)
        expectScreen(screen, ["abc", "  f"])
        expectStyles(screen, ["a = bold", "b = reverse", "---", ".aa", "bb."])
    }

    @Test func styleMapNamesColoursAndAttributes() {
        var screen = Screen(width: 4, height: 1)
        screen.put(
            "ab", x: 0, y: 0,
            style: Style(foreground: .red, background: .bright(.blue), attributes: [.bold, .underline]))
        screen.put("c", x: 2, y: 0, style: .fg(.indexed(196)))
        #expect(screen.styleMap == "a = bold underline fg=red bg=bright-blue\nb = fg=196\n---\naab.")
    }

    @Test func screensFromTheSameLinesAreEqual() {
        #expect(Screen(lines: ["ab", "c"]) == Screen(lines: ["ab", "c"]))
        #expect(Screen(lines: ["ab"]) != Screen(lines: ["ba"]))
        #expect(Screen(lines: ["ab", "c"]).lines == ["ab", "c "])
    }

    @Test("text trims each row's trailing spaces only: leading and inner spaces, wide and accented letters stay")
    func textTrimsTrailingSpaces() {
        var screen = Screen(width: 8, height: 3)
        _ = screen.put(" æ 中", x: 0, y: 0)
        _ = screen.put("e\u{301}", x: 6, y: 2)
        #expect(screen.trimmedLines == [" æ 中", "", "      é"])
        #expect(screen.text == " æ 中\n\n      é")
        #expect(Screen(width: 4, height: 0).trimmedLines == [""])
        #expect(TextLayout.trimmingTrailingSpaces(" a b  ") == " a b")
        #expect(TextLayout.trimmingTrailingSpaces("   ") == "")
        #expect(TextLayout.trimmingTrailingSpaces("a \u{301}") == "a \u{301}")
    }
}
