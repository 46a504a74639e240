/// A key press, decoded from the terminal by the backend.
///
/// Letters with Ctrl arrive as `.control` with the lowercase letter
/// (Ctrl-C is `.control("c")`, because the backend runs in raw mode and
/// Ctrl-C is a key, not a signal). Shifted letters are plain characters.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case delete
    case tab
    case backTab
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    /// F1…F63.
    case function(Int)
    /// Ctrl with a letter (lowercase) or one of `@ [ \ ] ^ _` and space.
    case control(Character)
    /// Alt (Meta) with a character: the terminal sends Esc then the character.
    case alt(Character)
    /// Ctrl-← / Ctrl-→: word movement in text fields.
    case controlLeft, controlRight
    /// Ctrl-Delete: delete the next word.
    case controlDelete
    /// Delete the previous word: Alt-Backspace, the chord terminals send
    /// reliably (Ctrl-Backspace usually arrives as plain Backspace).
    case controlBackspace
    /// Text pasted in one go (bracketed paste), when the backend supports it.
    case paste(String)
    /// The terminal changed size; the app redraws for the new size.
    case resize(width: Int, height: Int)

    /// Ctrl-C, the universal "quit/abort" chord.
    public static let controlC = Key.control("c")
}
