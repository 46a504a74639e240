import Testing

@testable import TerminalUI

@Suite struct EditorEditingTests {
    @Test func typingInsertsAtTheCursorAndReportsAChange() {
        var editor = TextEditor(text: "hei", cursor: 0)
        #expect(changes(&editor, .insert("Å"), width: 80))
        #expect(editor.marked == "Å|hei")
        #expect(changes(&editor, .insertNewline, width: 80))
        #expect(editor.marked == "Å\n|hei")
    }

    @Test func backspaceRemovesAWholeDecomposedLetter() {
        var editor = TextEditor(text: "ba\u{30A}")
        #expect(changes(&editor, .deleteBackward, width: 80))
        #expect(editor.text == "b")
    }

    @Test func deleteForwardRemovesAWholeCluster() {
        var editor = TextEditor(text: "e\u{301}t", cursor: 0)
        #expect(changes(&editor, .deleteForward, width: 80))
        #expect(editor.marked == "|t")
    }

    @Test func aCombiningMarkTypedAfterItsBaseJoinsIt() {
        var editor = TextEditor(text: "a")
        editor.type("\u{30A}")
        #expect(editor.text == "a\u{30A}")
        #expect(editor.cursor == 1)
        editor.apply(.moveLeft, width: 80)
        #expect(editor.cursor == 0)
    }

    @Test func aBaseTypedBeforeAnOrphanMarkPutsTheCursorAfterTheCluster() {
        var editor = TextEditor(text: "\u{301}x", cursor: 0)
        editor.type("e")
        #expect(editor.text == "e\u{301}x")
        #expect(editor.marked == "e\u{301}|x")
    }

    @Test func textIsNotNormalised() {
        var editor = TextEditor(text: "a\u{30A}")
        editor.type("å")
        #expect(editor.text.unicodeScalars.count == 3)
    }

    @Test func pastedLineEndsTabsAndControlsAreCleaned() {
        var editor = TextEditor()
        #expect(changes(&editor, .insert("a\r\nb\rc\td\u{7}e\u{1B}[0m\u{2028}f"), width: 80))
        #expect(editor.text == "a\nb\nc    de[0m\nf")
        #expect(editor.cursor == editor.text.count)
    }

    @Test func initialTextIsCleanedLikeAPaste() {
        let editor = TextEditor(text: "x\r\ny\t")
        #expect(editor.text == "x\ny    ")
        #expect(editor.cursor == 7)
    }

    @Test func insertingNothingOrOnlyControlsChangesNothing() {
        var editor = TextEditor(text: "ab")
        #expect(changes(&editor, .insert(""), width: 80) == false)
        #expect(changes(&editor, .insert("\u{7}\u{0}"), width: 80) == false)
        #expect(editor.canUndo == false)
    }

    @Test func initialCursorIsClampedAndDefaultsToTheEnd() {
        #expect(TextEditor(text: "abc").cursor == 3)
        #expect(TextEditor(text: "abc", cursor: 99).cursor == 3)
        #expect(TextEditor(text: "abc", cursor: -4).cursor == 0)
    }

    @Test func deleteWordBackwardTakesPunctuationAndTheWordBeforeIt() {
        var editor = TextEditor(text: "Hei, æøå-gruppa!")
        editor.apply(.deleteWordBackward, width: 80)
        #expect(editor.marked == "Hei, æøå-|")
        editor.apply(.deleteWordBackward, width: 80)
        #expect(editor.marked == "Hei, |")
        editor.apply(.deleteWordBackward, width: 80)
        #expect(editor.marked == "|")
    }

    @Test func deleteWordForwardTakesSeparatorsAndTheWordAfterThem() {
        var editor = TextEditor(text: "Hei, æøå-gruppa!", cursor: 0)
        editor.apply(.deleteWordForward, width: 80)
        #expect(editor.marked == "|, æøå-gruppa!")
        editor.apply(.deleteWordForward, width: 80)
        #expect(editor.marked == "|-gruppa!")
        editor.apply(.deleteWordForward, width: 80)
        editor.apply(.deleteWordForward, width: 80)
        #expect(editor.marked == "|")
    }

    @Test func deleteToLineEndWorksOnTheLogicalLineAndThenJoins() {
        var editor = TextEditor(text: "første\nandre linje\ntredje", cursor: 12)
        #expect(changes(&editor, .deleteToLineEnd, width: 5))
        #expect(editor.marked == "første\nandre|\ntredje")
        #expect(changes(&editor, .deleteToLineEnd, width: 5))
        #expect(editor.marked == "første\nandre|tredje")
    }

    @Test func deleteToLineStartWorksOnTheLogicalLineAndThenJoins() {
        var editor = TextEditor(text: "første\nandre linje", cursor: 12)
        #expect(changes(&editor, .deleteToLineStart, width: 5))
        #expect(editor.marked == "første\n| linje")
        #expect(changes(&editor, .deleteToLineStart, width: 5))
        #expect(editor.marked == "første| linje")
    }

    @Test func deletingAtTheEdgesChangesNothing() {
        var editor = TextEditor(text: "ab", cursor: 0)
        #expect(changes(&editor, .deleteBackward, width: 80) == false)
        #expect(changes(&editor, .deleteWordBackward, width: 80) == false)
        editor.apply(.moveDocumentEnd, width: 80)
        #expect(changes(&editor, .deleteForward, width: 80) == false)
        #expect(changes(&editor, .deleteWordForward, width: 80) == false)
        #expect(changes(&editor, .deleteToLineEnd, width: 80) == false)
        #expect(editor.canUndo == false)
    }

    @Test func applyingReturnsAChangedCopy() {
        let editor = TextEditor(text: "a")
        let changed = editor.applying(.insert("b"), width: 80)
        #expect(editor.text == "a")
        #expect(changed.text == "ab")
    }
}
