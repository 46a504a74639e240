/// Short key names for help screens and hints.
extension Key {
    /// A compact name: "↑", "Enter", "Esc", "PgDn", "Ctrl-C", "F1", "q".
    /// With `ascii`, arrows become "Up", "Down", "Left", "Right".
    public func displayName(ascii: Bool = false) -> String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .up: return ascii ? "Up" : "↑"
        case .down: return ascii ? "Down" : "↓"
        case .left: return ascii ? "Left" : "←"
        case .right: return ascii ? "Right" : "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .control(" "): return "Ctrl-Space"
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .controlLeft: return ascii ? "Ctrl-Left" : "Ctrl-←"
        case .controlRight: return ascii ? "Ctrl-Right" : "Ctrl-→"
        case .controlDelete: return "Ctrl-Del"
        case .controlBackspace: return "Alt-Bksp"
        case .paste: return "Paste"
        case .resize: return "Resize"
        }
    }

    /// The default display name (Unicode arrows).
    public var displayName: String { displayName() }
}
