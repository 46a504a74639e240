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

    /// Several keys by their names: a run of three or more consecutive digits
    /// as a range ("1–7"), ↑ followed by ↓ as "↑↓", the rest joined by `separator`.
    public static func names(_ keys: [Key], ascii: Bool = false, separator: String = "/") -> String {
        var parts: [String] = []
        var index = 0
        while index < keys.count {
            if let first = keys[index].digit {
                var end = index
                while end + 1 < keys.count, keys[end + 1].digit == (keys[end].digit ?? -2) + 1 { end += 1 }
                if end - index >= 2 {
                    parts.append("\(first)\(ascii ? "-" : "–")\(keys[end].digit ?? first)")
                    index = end + 1
                    continue
                }
            }
            if keys[index] == .up, index + 1 < keys.count, keys[index + 1] == .down {
                parts.append(ascii ? "Up/Down" : "↑↓")
                index += 2
                continue
            }
            parts.append(keys[index].displayName(ascii: ascii))
            index += 1
        }
        return parts.joined(separator: separator)
    }

    /// The digit a character key types, if it is one.
    var digit: Int? {
        guard case .character(let c) = self, let value = c.wholeNumberValue, c.isASCII else { return nil }
        return value
    }
}
