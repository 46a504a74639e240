/// Horizontal placement of text within a width.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}

/// Fitting text into columns by display width (not by characters or bytes).
public enum TextLayout {
    /// `text` without its trailing spaces (compared as UTF-8: a space byte is never part of a
    /// longer character, so no grapheme is walked, let alone backwards).
    public static func trimmingTrailingSpaces(_ text: String) -> String {
        var utf8 = Substring(text).utf8
        while utf8.last == 0x20 { utf8.removeLast() }
        return String(Substring(utf8))
    }

    /// `text` cut to at most `width` columns, ending in the ellipsis when cut.
    ///
    /// When even the ellipsis does not fit (ASCII "..." in 2 columns) the text
    /// is cut hard. A wide grapheme that would straddle the limit is dropped.
    public static func truncate(_ text: String, toWidth width: Int, glyphs: Glyphs = .unicode) -> String {
        guard width > 0 else { return "" }
        // An ASCII terminal spells æ as ae: measure what will be shown.
        let text = glyphs.isASCII ? ASCIIFallback.text(text) : text
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
        if ellipsisWidth > width { return prefix(text, width: width) }
        return prefix(text, width: width - ellipsisWidth) + glyphs.ellipsis
    }

    /// `text` cut in the middle to at most `width` columns, so its end stays
    /// readable: two titles that differ only at the end ("… (kopi)",
    /// "… (importert 14.11.2023)") are still told apart.
    public static func truncateMiddle(_ text: String, toWidth width: Int, glyphs: Glyphs = .unicode) -> String {
        guard width > 0 else { return "" }
        let text = glyphs.isASCII ? ASCIIFallback.text(text) : text
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
        guard width > ellipsisWidth + 2 else { return truncate(text, toWidth: width, glyphs: glyphs) }
        let room = width - ellipsisWidth
        let tail = suffix(text, width: room / 2)
        return prefix(text, width: room - DisplayWidth.of(tail)) + glyphs.ellipsis + tail
    }

    /// The longest suffix of `text` no wider than `width` columns.
    public static func suffix(_ text: String, width: Int) -> String {
        if DisplayWidth.isPlain(text) { return String(text.unicodeScalars.suffix(max(0, width))) }
        var result = ""
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.insert(character, at: result.startIndex)
            used += w
        }
        return result
    }

    /// The longest prefix of `text` no wider than `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        if DisplayWidth.isPlain(text) { return String(text.unicodeScalars.prefix(max(0, width))) }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }

    /// `text` truncated (with ellipsis) and padded with spaces to exactly `width` columns.
    public static func pad(
        _ text: String, toWidth width: Int, alignment: Alignment = .left, glyphs: Glyphs = .unicode
    ) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width, glyphs: glyphs)
        let gap = width - DisplayWidth.of(fitted)
        switch alignment {
        case .left: return fitted + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    /// Draws `text` aligned in the first row of `rect`, truncated with ellipsis.
    /// - Returns: the columns drawn.
    @discardableResult
    public static func draw(
        _ text: String, in screen: inout Screen, rect: Rect, style: Style = .plain,
        alignment: Alignment = .left, glyphs: Glyphs = .unicode
    ) -> Int {
        guard !rect.isEmpty else { return 0 }
        let fitted = truncate(text, toWidth: rect.width, glyphs: glyphs)
        let w = DisplayWidth.of(fitted)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = rect.width - w
        case .center: offset = (rect.width - w) / 2
        }
        return screen.put(fitted, x: rect.x + offset, y: rect.y, style: style, clip: rect)
    }
}
