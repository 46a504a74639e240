/// Text and style renderings of a screen, for tests, goldens and diffs.
extension Screen {
    /// Every row at full width (continuation cells add nothing, so each line
    /// has exactly `width` display columns).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].grapheme }
            return line
        }
    }

    /// The rows with trailing spaces trimmed, joined by "\n": the golden-file form.
    public var text: String { trimmedLines.joined(separator: "\n") }

    /// The lines of `text`: each row with its trailing spaces trimmed (one empty line for a
    /// screen with no rows). Built as UTF-8: a space byte is never part of a longer
    /// character, so trimming bytes trims exactly the trailing spaces, without walking
    /// the row's graphemes backwards.
    public var trimmedLines: [String] {
        guard height > 0 else { return [""] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * 3)
        return (0..<height).map { y in
            bytes.removeAll(keepingCapacity: true)
            for x in 0..<width { bytes += cells[y * width + x].grapheme.utf8 }
            while bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A picture of the styles: a legend, then one character per column.
    ///
    /// `.` is the plain style; other styles get `a`, `b`, … in order of first
    /// appearance (row by row), so the map is stable and lines up with ``text``
    /// in a diff. A wide grapheme's continuation column repeats its letter.
    ///
    ///     a = bold fg=red
    ///     b = reverse
    ///     ---
    ///     aaa...bb
    public var styleMap: String {
        let symbols = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var legend: [Style: Character] = [.plain: "."]
        var order: [Style] = []
        var rows: [String] = []
        for y in 0..<height {
            var row = ""
            for x in 0..<width {
                let style = cells[y * width + x].style
                if legend[style] == nil {
                    legend[style] = order.count < symbols.count ? symbols[order.count] : "?"
                    order.append(style)
                }
                row.append(legend[style]!)
            }
            rows.append(row)
        }
        let header = order.map { "\(legend[$0]!) = \($0)" }
        return (header + ["---"] + rows).joined(separator: "\n")
    }
}

extension Screen: CustomStringConvertible {
    public var description: String { text }
}
