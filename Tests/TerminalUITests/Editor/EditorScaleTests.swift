import Testing

@testable import TerminalUI

/// Large texts: each edit is one splice of the text (O(n)), so a long
/// session on a 10 000-character analysis stays linear per keystroke.
@Suite struct EditorScaleTests {
    static let words = [
        "Elevene", "trives", "godt,", "men", "guttene", "opplever", "mer", "uro", "i", "timene.",
    ]

    static func analysis(characters: Int) -> String {
        var text = ""
        var index = 0
        while text.count < characters {
            text += words[index % words.count] + (index % 13 == 12 ? "\n" : " ")
            index += 1
        }
        return String(text.prefix(characters))
    }

    @Test func aLargePasteThenAThousandEditsMatchesASimpleModel() {
        let pasted = Self.analysis(characters: 10_000)
        var editor = TextEditor()
        #expect(changes(&editor, .insert(pasted), width: 60))
        #expect(editor.text == pasted)
        #expect(editor.cursor == 10_000)

        // Reference: an array of characters and a cursor index.
        var model = Array(pasted)
        var cursor = model.count
        let typed: [Character] = ["æ", "ø", "å", " ", "x"]
        for step in 0..<1_000 {
            switch step % 10 {
            case 0, 1, 2, 3:
                let character = typed[step % typed.count]
                editor.apply(.insert(String(character)), width: 60)
                model.insert(character, at: cursor)
                cursor += 1
            case 4:
                editor.apply(.deleteBackward, width: 60)
                if cursor > 0 {
                    model.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 5:
                editor.apply(.deleteForward, width: 60)
                if cursor < model.count { model.remove(at: cursor) }
            case 6, 7:
                for _ in 0..<(step % 37) { editor.apply(.moveLeft, width: 60) }
                cursor = max(0, cursor - step % 37)
            case 8:
                editor.apply(.moveDown, width: 60)
                cursor = editor.cursor
            default:
                editor.apply(.moveUp, width: 60)
                editor.apply(.moveUp, width: 60)
                cursor = editor.cursor
            }
        }
        #expect(editor.text == String(model))
        #expect(editor.cursor == cursor)
        let layout = editor.layout(width: 60)
        #expect(layout.lines.allSatisfy { $0.width <= 61 })
        #expect(editor.frame(width: 60, height: 20).lines.count == 20)
    }

    @Test func undoingAPasteOfTenThousandCharactersRestoresTheText() {
        var editor = TextEditor(text: "Mål: ")
        editor.apply(.insert(Self.analysis(characters: 10_000)), width: 60)
        editor.apply(.undo, width: 60)
        #expect(editor.text == "Mål: ")
        editor.apply(.redo, width: 60)
        #expect(editor.text.count == 10_005)
    }
}
