/// The keys that work here, at the bottom of the screen: "Tab neste steg  ↑↓ felt …".
///
/// Built from the hints of the keymap that handles the keys
/// (``Keymap/statusHints(ascii:)``), so the bar can never offer a key that
/// does nothing. Hints flow over up to `maxRows` rows in their order; when
/// not all fit, the last hint (the help key, by convention) is kept and the
/// ones before it are dropped from the end.
public struct KeyBar: Hashable, Sendable {
    public typealias Hint = KeyHint

    public var hints: [Hint]
    public var keyStyle: Style
    public var labelStyle: Style

    public init(hints: [Hint], keyStyle: Style = .bold, labelStyle: Style = .plain) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    /// Columns one hint takes, with the two spaces after it.
    static func width(_ hint: Hint) -> Int { DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.label) + 2 }

    /// The hints placed on rows of `width` columns (one column of margin), at most `maxRows` rows.
    public func rows(width: Int, maxRows: Int) -> [[Hint]] {
        guard maxRows > 0, width > 1, !hints.isEmpty else { return [] }
        func flow(_ hints: [Hint]) -> [[Hint]]? {
            var rows: [[Hint]] = [[]]
            var used = 1
            for hint in hints {
                let w = Self.width(hint)
                if used + w - 2 > width, !rows[rows.count - 1].isEmpty {
                    rows.append([])
                    used = 1
                }
                if used + w - 2 > width { return nil }
                rows[rows.count - 1].append(hint)
                used += w
            }
            return rows.count <= maxRows ? rows : nil
        }
        var shown = hints
        while !shown.isEmpty {
            if let rows = flow(shown) { return rows }
            shown.remove(at: max(0, shown.count - 2))
        }
        return []
    }

    /// How many rows the bar needs at `width` (at most `maxRows`, at least 1).
    public func height(width: Int, maxRows: Int) -> Int {
        max(1, min(maxRows, rows(width: width, maxRows: maxRows).count))
    }

    /// Fills `rect` with `background` and draws the hints that fit on its rows.
    public func draw(in screen: inout Screen, rect: Rect, background: Style, glyphs: Glyphs = .unicode) {
        screen.fill(rect, style: background)
        for (i, row) in rows(width: rect.width, maxRows: rect.height).enumerated() {
            var x = rect.x + 1
            let line = rect.row(i)
            for hint in row {
                x += screen.put(hint.keys, x: x, y: line.y, style: keyStyle, clip: line)
                x += screen.put(" " + hint.label + "  ", x: x, y: line.y, style: labelStyle, clip: line)
            }
        }
    }
}

/// One entry of a key bar: the keys' names and a word or two ("Enter", "skriv").
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String

    public init(keys: String, label: String) {
        self.keys = keys
        self.label = label
    }
}
