import TerminalUI

/// The keys valid in one place of the program: a keymap, plus what any other
/// key does there (close a dialog, type a character, or nothing). The update
/// reads keys only through it, so a status line or a help overlay built from
/// it can never drift from what the keys do.
public struct KeyContext<Action: Hashable & Sendable>: Sendable {
    public let keymap: Keymap<Action>
    /// The action of a key the keymap does not list; nil ignores it.
    public let otherKey: Action?

    public init(_ keymap: Keymap<Action>, otherKey: Action? = nil) {
        self.keymap = keymap
        self.otherKey = otherKey
    }

    public func action(for key: Key) -> Action? { keymap.action(for: key) ?? otherKey }
}
