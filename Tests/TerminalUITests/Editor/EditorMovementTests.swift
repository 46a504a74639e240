import Testing

@testable import TerminalUI

@Suite struct EditorMovementTests {
    let sentence = "Elevene trives godt på skolen, men guttene opplever mer uro."

    @Test func leftAndRightStepOverWholeGraphemeClusters() {
        var editor = TextEditor(text: "ba\u{30A}r")
        editor.run([.moveLeft, .moveLeft])
        #expect(editor.cursor == 1)
        #expect(editor.marked == "b|a\u{30A}r")
        editor.run([.moveRight])
        #expect(editor.marked == "ba\u{30A}|r")
        editor.run([.moveLeft, .moveLeft, .moveLeft])
        #expect(editor.cursor == 0)
        editor.run([.moveDocumentEnd, .moveRight])
        #expect(editor.cursor == 3)
    }

    @Test func upAndDownAcrossWrappedLinesKeepThePreferredColumn() {
        // "Elevene trives godt " / "på skolen, men " / "guttene opplever mer " / "uro."
        var editor = TextEditor(text: sentence, cursor: 17)
        editor.apply(.moveDown, width: 20)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 1, column: 14))
        editor.apply(.moveDown, width: 20)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 2, column: 17))
        #expect(editor.cursor == 52)
        editor.apply(.moveUp, width: 20)
        editor.apply(.moveUp, width: 20)
        #expect(editor.cursor == 17)
    }

    @Test func anyOtherCommandForgetsThePreferredColumn() {
        var editor = TextEditor(text: sentence, cursor: 17)
        editor.run([.moveDown, .moveLeft, .moveDown], width: 20)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 2, column: 13))
    }

    @Test func upFromTheFirstLineGoesToTheStartAndDownComesBackToTheColumn() {
        var editor = TextEditor(text: sentence, cursor: 5)
        editor.apply(.moveUp, width: 20)
        #expect(editor.cursor == 0)
        editor.apply(.moveDown, width: 20)
        #expect(editor.layout(width: 20).cursor == EditorPosition(row: 1, column: 5))
    }

    @Test func downFromTheLastLineGoesToTheEnd() {
        var editor = TextEditor(text: sentence, cursor: 57)
        editor.apply(.moveDown, width: 20)
        #expect(editor.cursor == sentence.count)
    }

    @Test func aPreferredColumnInsideAWideCharacterLandsBeforeIt() {
        var editor = TextEditor(text: "abcd\na界b", cursor: 2)
        editor.apply(.moveDown, width: 20)
        #expect(editor.cursor == 6)
        editor.apply(.moveUp, width: 20)
        #expect(editor.cursor == 2)
    }

    @Test func upAndDownKeepTheColumnOverCombiningMarks() {
        var editor = TextEditor(text: "bla\u{30A}ba\u{30A}r\nhimmel", cursor: 4)
        editor.apply(.moveDown, width: 20)
        #expect(editor.marked == "bla\u{30A}ba\u{30A}r\nhimm|el")
    }

    @Test func homeGoesToTheVisualLineStartThenToTheLogicalLineStart() {
        // "Vi må " / "se på " / "data."
        var editor = TextEditor(text: "Vi må se på data.", cursor: 8)
        editor.apply(.moveLineStart, width: 5)
        #expect(editor.cursor == 6)
        editor.apply(.moveLineStart, width: 5)
        #expect(editor.cursor == 0)
        editor.apply(.moveLineStart, width: 5)
        #expect(editor.cursor == 0)
    }

    @Test func endGoesBeforeTheWrapSpaceThenToTheLogicalLineEnd() {
        var editor = TextEditor(text: "Vi må se på data.\nneste", cursor: 0)
        editor.apply(.moveLineEnd, width: 5)
        #expect(editor.cursor == 5)
        editor.apply(.moveLineEnd, width: 5)
        #expect(editor.cursor == 17)
        editor.apply(.moveLineEnd, width: 5)
        #expect(editor.cursor == 17)
    }

    @Test func homeAndEndOnAnUnwrappedLine() {
        var editor = TextEditor(text: "ab\ncd\nef", cursor: 4)
        editor.apply(.moveLineStart, width: 10)
        #expect(editor.marked == "ab\n|cd\nef")
        editor.apply(.moveLineEnd, width: 10)
        #expect(editor.marked == "ab\ncd|\nef")
    }

    @Test func wordMovementTreatsÆØÅAsLettersAndSkipsPunctuation() {
        let text = "Hei, æøå-gruppa! Vi så 3 tiltak."
        var editor = TextEditor(text: text, cursor: 0)
        var stops: [Int] = []
        for _ in 0..<8 {
            editor.apply(.moveWordRight, width: 80)
            stops.append(editor.cursor)
        }
        #expect(stops == [3, 8, 15, 19, 22, 24, 31, 32])
        stops = []
        for _ in 0..<8 {
            editor.apply(.moveWordLeft, width: 80)
            stops.append(editor.cursor)
        }
        #expect(stops == [25, 23, 20, 17, 9, 5, 0, 0])
    }

    @Test func decomposedLettersAreWordCharacters() {
        var editor = TextEditor(text: "en bla\u{30A}ba\u{30A}r", cursor: 0)
        editor.run([.moveWordRight, .moveWordRight])
        #expect(editor.cursor == 9)
        editor.run([.moveWordLeft])
        #expect(editor.cursor == 3)
    }

    @Test func documentStartAndEnd() {
        var editor = TextEditor(text: "a\nb\nc", cursor: 2)
        editor.run([.moveDocumentEnd])
        #expect(editor.cursor == 5)
        editor.run([.moveDocumentStart])
        #expect(editor.cursor == 0)
    }

    @Test func movementNeverChangesTheText() {
        var editor = TextEditor(text: "ab\ncd")
        let commands: [EditorCommand] = [
            .moveLeft, .moveRight, .moveWordLeft, .moveWordRight, .moveUp, .moveDown,
            .moveLineStart, .moveLineEnd, .moveDocumentStart, .moveDocumentEnd, .pageUp(3), .pageDown(3),
        ]
        for command in commands {
            #expect(changes(&editor, command, width: 10) == false)
        }
        #expect(editor.text == "ab\ncd")
    }

    @Test func everyMovementWorksOnEmptyTextAndAtWidthZero() {
        var editor = TextEditor()
        let commands: [EditorCommand] = [
            .moveLeft, .moveRight, .moveWordLeft, .moveWordRight, .moveUp, .moveDown,
            .moveLineStart, .moveLineEnd, .moveDocumentStart, .moveDocumentEnd, .pageUp(0), .pageDown(0),
            .deleteBackward, .deleteForward, .deleteWordBackward, .deleteWordForward,
            .deleteToLineStart, .deleteToLineEnd, .undo, .redo,
        ]
        for width in [0, 1, 10] {
            for command in commands {
                #expect(changes(&editor, command, width: width) == false)
                #expect(editor.cursor == 0)
            }
        }
        #expect(editor.text == "")
    }

    @Test func upAndDownAtWidthZeroMoveByOneGrapheme() {
        var editor = TextEditor(text: "abc", cursor: 1)
        editor.apply(.moveDown, width: 0)
        #expect(editor.cursor == 2)
        editor.apply(.moveUp, width: 0)
        #expect(editor.cursor == 1)
    }

    @Test func leftAndRightStepOverEmojiSequencesAndFlags() {
        var editor = TextEditor(text: "a👨\u{200D}👩\u{200D}👧🇳🇴b", cursor: 1)
        editor.apply(.moveRight, width: 80)
        #expect(editor.cursor == 2)
        editor.apply(.moveRight, width: 80)
        #expect(editor.cursor == 3)
        editor.apply(.deleteBackward, width: 80)
        #expect(editor.text == "a👨\u{200D}👩\u{200D}👧b")
    }
}
