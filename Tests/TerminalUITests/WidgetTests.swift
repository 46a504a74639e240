import KFLTestSupport
import TerminalUI
import Testing

/// Every widget at 0×0, 1×1 and a normal size.
@Suite struct WidgetTests {
    static let sizes = [(0, 0), (1, 1), (2, 1), (1, 3)]

    @Test(arguments: sizes)
    func tinyAreasNeverCrash(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let rect = screen.bounds
        Box(title: "Tittel").draw(in: &screen, rect: rect)
        ListView(["Hamar", "Løten"]).draw(in: &screen, rect: rect, state: ListState(selected: 1))
        ListView(items: [ListItem("[ ] Hamar og Løten", hangingIndent: 4)], wrapsItems: true).draw(
            in: &screen, rect: rect, state: ListState(selected: 0))
        Paragraph("Kultur for læring").draw(in: &screen, rect: rect)
        TooSmall(lines: ["40×10", "80×24"]).draw(in: &screen, rect: rect)
        TextLayout.draw("Åsnes", in: &screen, rect: rect, alignment: .right)
        HelpView(keymap: KeymapTests.keymap, title: "Hjelp").draw(in: &screen, rect: rect)
        Bar(value: 2, range: 1...5).draw(in: &screen, rect: rect)
        #expect(screen.lines.count == height)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == width })
    }

    @Test func boxWithTitle() {
        var screen = Screen(width: 12, height: 3)
        let inner = Box(title: "Skoler").draw(in: &screen, rect: screen.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        expectScreen(screen, ["┌─ Skoler ─┐", "│          │", "└──────────┘"])
    }

    @Test func boxTitleIsTruncatedWithEllipsis() {
        var screen = Screen(width: 10, height: 2)
        Box(title: "Sør-Østerdal").draw(in: &screen, rect: screen.bounds)
        expectScreen(screen, ["┌─ Sør… ─┐", "└────────┘"])
        var ascii = Screen(width: 10, height: 2)
        Box(title: "Sør-Østerdal").draw(in: &ascii, rect: ascii.bounds, glyphs: .ascii)
        expectScreen(ascii, ["+- S... -+", "+--------+"])
    }

    @Test func boxAtTwoByTwoIsCornersOnly() {
        var screen = Screen(width: 2, height: 2)
        #expect(Box(title: "x").draw(in: &screen, rect: screen.bounds).isEmpty)
        expectScreen(screen, ["┌┐", "└┘"])
    }

    @Test func listKeepsTheSelectionVisibleAndShowsScrollArrows() {
        var screen = Screen(width: 10, height: 3)
        let list = ListView(["Kongsvinger", "Hamar", "Ringsaker", "Løten", "Stange"])
        list.draw(in: &screen, rect: screen.bounds, state: ListState(selected: 3))
        expectScreen(screen, ["  Hamar  ↑", "  Ringsa…", "› Løten  ↓"])
        expectStyles(screen, ["a = dim", "b = reverse", "---", ".........a", "..........", "bbbbbbbbba"])
    }

    @Test func aWrappingListShowsEveryItemWholeUnderItsMarkerAndScrollsByItems() {
        var screen = Screen(width: 16, height: 4)
        let items = [
            ListItem("Trivsel", style: .bold), ListItem("[ ] H1 «Lite ro i timene»", hangingIndent: 4),
            ListItem("[x] H2 «Kort»", hangingIndent: 4), ListItem("[ ] H3 «Uten voksne ute»", hangingIndent: 4),
        ]
        let list = ListView(items: items, wrapsItems: true)
        // The second item's three lines under "[ ] ", the pointer on its first line only.
        #expect(list.draw(in: &screen, rect: screen.bounds, state: ListState(selected: 1)) == 1)
        expectScreen(screen, ["  Trivsel", "› [ ] H1 «Lite", "      ro i", "      timene»  ↓"])
        // The last item: scrolled by whole items, no room left empty below it.
        var end = Screen(width: 16, height: 4)
        #expect(list.draw(in: &end, rect: end.bounds, state: ListState(selected: 3)) == 1)
        expectScreen(end, ["  [x] H2 «Kort»↑", "› [ ] H3 «Uten", "      voksne", "      ute»"])
    }

    @Test func listStateClampsAndScrollsMinimally() {
        var state = ListState()
        state.move(by: 10, count: 5)
        #expect(state.selected == 4)
        state.keepSelectionVisible(height: 3, count: 5)
        #expect(state.offset == 2)
        state.move(by: -1, count: 5)
        state.keepSelectionVisible(height: 3, count: 5)
        #expect(state.offset == 2)
        state.page(-1, height: 3, count: 5)
        #expect(state.selected == 1 && state.offset == 1)
        state.select(3, count: 0)
        #expect(state.selected == nil)
        #expect(ListState(selected: 9, offset: 7).visibleOffset(height: 4, count: 3) == 0)
    }

    @Test func paragraphWrapsByDisplayWidthAndBreaksLongWords() {
        #expect(Paragraph.wrap("Kultur for læring i Hedmark", width: 10) == ["Kultur for", "læring i", "Hedmark"])
        #expect(Paragraph.wrap("Ungdomsskolelærer", width: 6) == ["Ungdom", "sskole", "lærer"])
        #expect(Paragraph.wrap("漢字漢字 ab", width: 3) == ["漢", "字", "漢", "字", "ab"])
        #expect(Paragraph.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(Paragraph.wrap("anything", width: 0).isEmpty)
        #expect(Paragraph.wrap("漢", width: 1) == ["漢"])
    }

    @Test func paragraphDrawsWithScroll() {
        var screen = Screen(width: 8, height: 2)
        let total = Paragraph("en to tre fire fem seks").draw(in: &screen, rect: screen.bounds, scroll: 1)
        #expect(total == 3)
        expectScreen(screen, ["tre fire", "fem seks"])
    }

    @Test func truncateAndPad() {
        #expect(TextLayout.truncate("Nord-Odal", toWidth: 6) == "Nord-…")
        #expect(TextLayout.truncate("Nord-Odal", toWidth: 6, glyphs: .ascii) == "Nor...")
        #expect(TextLayout.truncate("Nord-Odal", toWidth: 2, glyphs: .ascii) == "No")
        #expect(TextLayout.truncate("Os", toWidth: 2) == "Os")
        #expect(TextLayout.truncate("漢字漢", toWidth: 4) == "漢…")
        #expect(TextLayout.truncate("x", toWidth: 0) == "")
        #expect(TextLayout.pad("Os", toWidth: 5, alignment: .right) == "   Os")
        #expect(TextLayout.pad("Os", toWidth: 5, alignment: .center) == " Os  ")
        #expect(TextLayout.pad("Åmot", toWidth: 6) == "Åmot  ")
        #expect(TextLayout.pad("3,4", toWidth: 0) == "")
    }

    @Test func tooSmallCentresItsLines() {
        var screen = Screen(width: 12, height: 5)
        TooSmall(lines: ["12×5", "trenger 80×24"]).draw(in: &screen, rect: screen.bounds)
        expectScreen(screen, ["", "    12×5", "trenger 80×…", "", ""])
        #expect(TooSmall.fits(width: 80, height: 24, neededWidth: 80, neededHeight: 24))
        #expect(!TooSmall.fits(width: 79, height: 24, neededWidth: 80, neededHeight: 24))
    }

    @Test func layoutSplitsExactly() {
        #expect(Layout.sizes([.fixed(10), .fill(1), .fill(2)], total: 40, spacing: 1) == [10, 10, 18])
        #expect(Layout.sizes([.fixed(10), .fill(1)], total: 4) == [4, 0])
        #expect(Layout.sizes([.fill(1), .fill(1), .fill(1)], total: 5) == [2, 2, 1])
        let cols = Layout.columns([.fixed(3), .fill(1)], in: Rect(x: 1, y: 2, width: 10, height: 1), spacing: 1)
        #expect(cols == [Rect(x: 1, y: 2, width: 3, height: 1), Rect(x: 5, y: 2, width: 6, height: 1)])
        #expect(Layout.rows([.fixed(1), .fill(1)], in: .zero).allSatisfy { $0.isEmpty })
    }
}
