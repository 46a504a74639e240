@testable import TerminalUI

/// The texts of the visual lines of `text` wrapped at `width`.
func wrapped(_ text: String, width: Int) -> [String] {
    TextEditor(text: text).layout(width: width).lines.map(\.text)
}

extension TextEditor {
    /// Applies each command in turn at `width`.
    mutating func run(_ commands: [EditorCommand], width: Int = 80) {
        for command in commands { apply(command, width: width) }
    }

    /// Types `text` one grapheme at a time, as a keyboard would.
    mutating func type(_ text: String, width: Int = 80) {
        for character in text { apply(.insert(String(character)), width: width) }
    }

    /// The text with "|" at the cursor, for compact expectations.
    var marked: String {
        var copy = text
        copy.insert("|", at: cursorIndex)
        return copy
    }
}

/// Applies `command` and returns whether the text changed (a free function,
/// because `#expect` cannot call a mutating method).
func changes(_ editor: inout TextEditor, _ command: EditorCommand, width: Int) -> Bool {
    editor.apply(command, width: width)
}
