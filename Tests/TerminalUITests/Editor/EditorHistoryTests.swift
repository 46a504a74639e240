import Testing

@testable import TerminalUI

@Suite struct EditorHistoryTests {
    @Test func typingIsUndoneAWordAtATime() {
        var editor = TextEditor()
        editor.type("hei på deg")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "hei på|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "hei|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "|")
        #expect(editor.canUndo == false)
        #expect(changes(&editor, .undo, width: 80) == false)
    }

    @Test func aCombiningMarkTypedInAWordStaysInItsGroup() {
        var editor = TextEditor(text: "en ")
        for scalar in "bla\u{30A}r".unicodeScalars {
            editor.apply(.insert(String(scalar)), width: 80)
        }
        #expect(editor.text == "en bla\u{30A}r")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "en |")
    }

    @Test func redoReplaysTheGroups() {
        var editor = TextEditor()
        editor.type("hei på")
        editor.run([.undo, .undo])
        #expect(changes(&editor, .redo, width: 80))
        #expect(editor.marked == "hei|")
        editor.apply(.redo, width: 80)
        #expect(editor.marked == "hei på|")
        #expect(changes(&editor, .redo, width: 80) == false)
    }

    @Test func cursorMovementEndsATypingGroup() {
        var editor = TextEditor()
        editor.type("ab")
        editor.apply(.moveLeft, width: 80)
        editor.type("c")
        #expect(editor.text == "acb")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "a|b")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "|")
    }

    @Test func switchingBetweenTypingAndDeletingEndsAGroup() {
        var editor = TextEditor()
        editor.type("abc")
        editor.run([.deleteBackward, .deleteBackward])
        editor.type("d")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "a|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "abc|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "|")
    }

    @Test func forwardDeletesAreGroupedToo() {
        var editor = TextEditor(text: "abcd", cursor: 1)
        editor.run([.deleteForward, .deleteForward])
        #expect(editor.marked == "a|d")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "a|bcd")
        #expect(editor.canUndo == false)
    }

    @Test func aPasteIsOneStepAndNeverJoinsTyping() {
        var editor = TextEditor()
        editor.type("x")
        editor.apply(.insert("hallo verden"), width: 80)
        editor.type("y")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "xhallo verden|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "x|")
        editor.apply(.redo, width: 80)
        #expect(editor.marked == "xhallo verden|")
    }

    @Test func aNewlineIsAStepOfItsOwn() {
        var editor = TextEditor()
        editor.type("ab")
        editor.apply(.insertNewline, width: 80)
        editor.type("cd")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "ab\n|")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "ab|")
    }

    @Test func undoRestoresTheCursorOfADelete() {
        var editor = TextEditor(text: "hallo verden", cursor: 5)
        editor.apply(.deleteWordBackward, width: 80)
        #expect(editor.marked == "| verden")
        editor.apply(.undo, width: 80)
        #expect(editor.marked == "hallo| verden")
        editor.apply(.redo, width: 80)
        #expect(editor.marked == "| verden")
    }

    @Test func aNewEditClearsRedo() {
        var editor = TextEditor()
        editor.type("ab")
        editor.apply(.undo, width: 80)
        #expect(editor.canRedo)
        editor.type("c")
        #expect(editor.canRedo == false)
        #expect(changes(&editor, .redo, width: 80) == false)
        #expect(editor.text == "c")
    }

    @Test func undoIsByteExactWhenAnEditMergedGraphemes() {
        var editor = TextEditor(text: "a")
        editor.apply(.insert("\u{30A}bc"), width: 80)
        #expect(editor.text == "a\u{30A}bc")
        editor.apply(.undo, width: 80)
        #expect(editor.text == "a")
        #expect(editor.cursor == 1)
        editor.apply(.redo, width: 80)
        #expect(editor.text == "a\u{30A}bc")
    }

    @Test func backspacesOverDecomposedLettersUndoExactly() {
        var editor = TextEditor(text: "bla\u{30A}ba\u{30A}r")
        editor.run([.deleteBackward, .deleteBackward, .deleteBackward])
        #expect(editor.text == "bla\u{30A}")
        editor.apply(.undo, width: 80)
        #expect(editor.text == "bla\u{30A}ba\u{30A}r")
    }

    @Test func historyIsBounded() {
        var editor = TextEditor(historyLimit: 3)
        for word in ["en", "to", "tre", "fire", "fem"] {
            editor.apply(.insert(word + " "), width: 80)
        }
        #expect(editor.run(undos: 10) == 3)
        #expect(editor.text == "en to ")
    }

    @Test func theDefaultHistoryKeeps500Steps() {
        var editor = TextEditor()
        for _ in 0..<600 { editor.apply(.insert("ab"), width: 80) }
        #expect(editor.run(undos: 1000) == 500)
        #expect(editor.text.count == 200)
    }
}

extension TextEditor {
    /// Undoes up to `count` times; returns how many undos changed the text.
    fileprivate mutating func run(undos count: Int) -> Int {
        (0..<count).filter { _ in apply(.undo, width: 80) }.count
    }
}
