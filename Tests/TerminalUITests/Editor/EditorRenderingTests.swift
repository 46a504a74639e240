import Testing

@testable import TerminalUI

@Suite struct EditorRenderingTests {
    @Test func linesArePaddedToTheWidthAndTheHeight() {
        let editor = TextEditor(text: "hei\npå")
        #expect(editor.render(width: 6, height: 3) == ["hei   ", "på    ", "      "])
        #expect(editor.frame(width: 6, height: 3).cursor == EditorPosition(row: 1, column: 2))
    }

    @Test func theWindowFollowsTheCursorAndAHangingSpaceIsClipped() {
        let editor = TextEditor(text: "Vi må se på data.")
        let frame = editor.frame(width: 5, height: 2)
        #expect(frame.lines == ["se på", "data."])
        #expect(frame.scrollOffset == 1)
        // After an exactly full last line the cursor waits on its last cell.
        #expect(frame.cursor == EditorPosition(row: 1, column: 4))
    }

    @Test func wideAndCombiningCharactersArePaddedByDisplayWidth() {
        let editor = TextEditor(text: "界a\u{30A}")
        #expect(editor.render(width: 5, height: 1) == ["界a\u{30A}  "])
        #expect(editor.render(width: 1, height: 2) == [" ", "a\u{30A}"])
    }

    @Test func zeroSizedWindowsDoNotCrash() {
        let editor = TextEditor(text: "hei på deg")
        #expect(editor.render(width: 0, height: 0) == [])
        #expect(editor.render(width: 0, height: 2) == ["", ""])
        #expect(editor.render(width: 3, height: 0) == [])
        #expect(editor.frame(width: 0, height: 0).cursor == nil)
        #expect(editor.visibleLines(width: 0, height: 0).isEmpty)
        #expect(editor.render(width: -1, height: -1) == [])
    }

    @Test func aOneByOneWindowShowsTheCursorCell() {
        let editor = TextEditor(text: "ab", cursor: 1)
        let frame = editor.frame(width: 1, height: 1)
        #expect(frame.lines == ["b"])
        #expect(frame.cursor == EditorPosition(row: 0, column: 0))
    }

    @Test func emptyTextRendersBlankLinesWithTheCursorAtTheOrigin() {
        let frame = TextEditor().frame(width: 3, height: 2)
        #expect(frame.lines == ["   ", "   "])
        #expect(frame.cursor == EditorPosition(row: 0, column: 0))
    }

    @Test func scrollingMovesOnlyWhenTheCursorLeavesTheWindow() {
        let text = (1...10).map(String.init).joined(separator: "\n")
        var editor = TextEditor(text: text)
        editor.scrollCursorIntoView(width: 10, height: 3)
        #expect(editor.scrollOffset == 7)
        editor.apply(.moveUp, width: 10, height: 3)
        #expect(editor.scrollOffset == 7)
        #expect(editor.frame(width: 10, height: 3).cursor?.row == 1)
        editor.run([.moveUp, .moveUp], width: 10)
        editor.scrollCursorIntoView(width: 10, height: 3)
        #expect(editor.scrollOffset == 6)
        #expect(editor.visibleLines(width: 10, height: 3).map(\.text) == ["7", "8", "9"])
    }

    @Test func aWindowTallerThanTheTextShowsItFromTheTop() {
        var editor = TextEditor(text: "a\nb")
        editor.scrollCursorIntoView(width: 10, height: 5)
        #expect(editor.scrollOffset == 0)
        #expect(editor.visibleLines(width: 10, height: 5).map(\.text) == ["a", "b"])
    }

    @Test func pageDownAndUpMoveTheCursorAndTheWindowTogether() {
        let text = (1...20).map { "linje \($0)" }.joined(separator: "\n")
        var editor = TextEditor(text: text, cursor: 2)
        editor.apply(.pageDown(5), width: 20, height: 5)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 5, column: 2))
        #expect(editor.scrollOffset == 5)
        editor.apply(.pageDown(5), width: 20, height: 5)
        editor.apply(.pageUp(5), width: 20, height: 5)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 5, column: 2))
        #expect(editor.scrollOffset == 5)
        editor.apply(.pageUp(5), width: 20, height: 5)
        editor.apply(.pageUp(5), width: 20, height: 5)
        #expect(editor.cursor == 0)
        #expect(editor.scrollOffset == 0)
    }

    @Test func pageDownNearTheEndStopsAtTheLastLine() {
        let text = (1...6).map { "l\($0)" }.joined(separator: "\n")
        var editor = TextEditor(text: text, cursor: 0)
        editor.apply(.pageDown(4), width: 20, height: 4)
        editor.apply(.pageDown(4), width: 20, height: 4)
        #expect(editor.layout(width: 20).cursor.row == 5)
        #expect(editor.scrollOffset == 2)
    }
}
