import Testing

@testable import TerminalUI

@Suite struct EditorWrappingTests {
    let sentence = "Elevene trives godt på skolen, men guttene opplever mer uro."

    @Test func aNorwegianSentenceWrapsAtSpacesAtWidth20() {
        #expect(
            wrapped(sentence, width: 20) == [
                "Elevene trives godt ", "på skolen, men ", "guttene opplever mer ", "uro.",
            ])
    }

    @Test func linesNeverExceedTheWidthExceptForOneHangingSpace() {
        for width in 1...30 {
            for line in TextEditor(text: sentence).layout(width: width).lines {
                let visible = line.text.hasSuffix(" ") ? line.width - 1 : line.width
                #expect(visible <= width, "width \(width): \(line.text)")
            }
        }
    }

    @Test func aSpaceExactlyAtTheEdgeHangsInsteadOfPushingTheWordDown() {
        #expect(wrapped("Vi må se på data.", width: 5) == ["Vi må ", "se på ", "data."])
    }

    @Test func aSecondSpaceAtTheEdgeWraps() {
        #expect(wrapped("Vi må  se", width: 5) == ["Vi må ", " se"])
    }

    @Test func widthOneGivesOneGraphemePerLineAndSpacesHang() {
        #expect(wrapped("på å", width: 1) == ["p", "å ", "å"])
    }

    @Test func wrappingIsLosslessAtEveryWidth() {
        let text = "Hva vet vi?\nLærerne melder om uro i 7.–9. trinn; foreldrene også.\n\nTiltak: 🙂 ja"
        for width in 0...25 {
            let lines = TextEditor(text: text).layout(width: width).lines
            let rejoined = lines.map { $0.text + ($0.endsParagraph ? "\n" : "") }.joined()
            #expect(rejoined == text + "\n", "width \(width)")
            let newlines = lines.filter(\.endsParagraph).count - 1
            #expect(lines.map(\.range.count).reduce(0, +) + newlines == text.count)
        }
    }

    @Test func aWordLongerThanTheWidthIsBrokenAtTheWidth() {
        #expect(
            wrapped("en læringsmiljøutfordring her", width: 8) == [
                "en ", "læringsm", "iljøutfo", "rdring ", "her",
            ])
        #expect(wrapped("læringsmiljø", width: 5) == ["lærin", "gsmil", "jø"])
        #expect(wrapped("ta læringsmiljø", width: 5) == ["ta ", "lærin", "gsmil", "jø"])
    }

    @Test func aWideCharacterAtTheLastColumnMovesToTheNextLine() {
        #expect(wrapped("abcd界x", width: 5) == ["abcd", "界x"])
        #expect(wrapped("ab🙂🙂", width: 5) == ["ab🙂", "🙂"])
        let lines = TextEditor(text: "abcd界x").layout(width: 5).lines
        #expect(lines.map(\.width) == [4, 3])
    }

    @Test func aWideCharacterOnAOneColumnLineStandsAlone() {
        #expect(wrapped("界界a", width: 1) == ["界", "界", "a"])
    }

    @Test func combiningMarksStayWithTheirBaseAndCountAsOneColumn() {
        let decomposed = "bla\u{30A}ba\u{30A}r e\u{301}n"  // "blåbår én", decomposed
        #expect(wrapped(decomposed, width: 3) == ["bla\u{30A}", "ba\u{30A}r ", "e\u{301}n"])
        let lines = TextEditor(text: decomposed).layout(width: 3).lines
        #expect(lines.map(\.width) == [3, 4, 2])
        #expect(lines.map(\.range) == [0..<3, 3..<7, 7..<9])
    }

    @Test func explicitNewlinesStartNewLinesAndEmptyLinesSurvive() {
        let lines = TextEditor(text: "Mål:\n\nbedre ro\n").layout(width: 20).lines
        #expect(lines.map(\.text) == ["Mål:", "", "bedre ro", ""])
        #expect(lines.map(\.range) == [0..<4, 5..<5, 6..<14, 15..<15])
        #expect(lines.allSatisfy { $0.endsParagraph })
    }

    @Test func emptyTextHasOneEmptyLine() {
        let layout = TextEditor().layout(width: 10)
        #expect(layout.lines.map(\.text) == [""])
        #expect(layout.cursor == EditorPosition(row: 0, column: 0))
    }

    @Test func widthZeroAndNegativeWidthsWrapLikeWidthOne() {
        #expect(wrapped("hei", width: 0) == ["h", "e", "i"])
        #expect(wrapped("hei", width: -3) == ["h", "e", "i"])
    }

    @Test func theCursorAtAWrapBelongsToTheNextLine() {
        var editor = TextEditor(text: "Vi må se", cursor: 6)
        #expect(editor.layout(width: 5).cursor == EditorPosition(row: 1, column: 0))
        editor.cursor = 5
        #expect(editor.layout(width: 5).cursor == EditorPosition(row: 0, column: 5))
        editor.cursor = 8
        #expect(editor.layout(width: 5).cursor == EditorPosition(row: 1, column: 2))
    }

    @Test func theCursorBeforeANewlineStaysOnItsLine() {
        let editor = TextEditor(text: "ab\ncd", cursor: 2)
        #expect(editor.layout(width: 10).cursor == EditorPosition(row: 0, column: 2))
    }

    @Test func theCursorColumnCountsWideCharactersAsTwo() {
        let editor = TextEditor(text: "a界b", cursor: 2)
        #expect(editor.layout(width: 10).cursor == EditorPosition(row: 0, column: 3))
    }

    @Test func aRunOfTrailingSpacesWrapsAfterTheFirstHangingOne() {
        let lines = TextEditor(text: "hei" + String(repeating: " ", count: 5)).layout(width: 5).lines
        #expect(lines.map(\.text) == ["hei   ", "  "])
        #expect(lines.map(\.width) == [6, 2])
    }

    @Test func emojiSequencesAreOneWideGrapheme() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let lines = TextEditor(text: "ab" + family + "cd").layout(width: 3).lines
        #expect(lines.map(\.text) == ["ab", family + "c", "d"])
        #expect(lines.map(\.range) == [0..<2, 2..<4, 4..<5])
    }
}
