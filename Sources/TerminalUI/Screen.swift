/// A width×height grid of cells that views draw into.
///
/// Views never touch the terminal: they draw into a `Screen`, tests compare
/// its ``text`` and ``styleMap`` with expectations, and the backend presents
/// it. All drawing clips at the screen (and an optional clip rect) and never
/// wraps, so no write can land outside its area.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells.
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor goes: the focused row or the point
    /// being edited, so screen readers and magnifiers follow the user. nil hides it.
    public var cursor: Cursor?

    /// Whether text is written in ASCII only (``ASCIIFallback``: æ → ae), for
    /// a terminal that cannot show anything else.
    public var asciiOnly = false

    /// A blank screen; negative sizes clamp to 0.
    public init(width: Int, height: Int, style: Style = .plain, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// A screen showing `lines`, as wide as the widest line (for tests).
    public init(lines: [String]) {
        self.init(width: lines.map { DisplayWidth.of($0) }.max() ?? 0, height: lines.count)
        for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
    }

    /// The whole screen as a rect at (0, 0).
    public var bounds: Rect { Rect(width: width, height: height) }

    /// The cell at a position; nil outside the screen.
    public subscript(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        return cells[y * width + x]
    }

    /// Writes `text` on one row starting at column `x`, clipped to the screen and `clip`.
    ///
    /// Never wraps. Control characters and stray zero-width scalars take no
    /// column and are dropped. A wide grapheme that does not fit at the right
    /// edge (or whose left half is clipped away) is replaced by a space, so a
    /// half character is never shown.
    ///
    /// - Returns: the columns advanced from `x` until the text ended or hit the
    ///   right edge (0 when the row is clipped away), so callers can chain writes.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let text = asciiOnly ? ASCIIFallback.text(text) : text
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard !area.isEmpty, y >= area.y, y < area.maxY else { return 0 }
        if let column = putPlain(text, x: x, y: y, style: style, area: area) { return max(0, column - x) }
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column >= area.maxX { break }
            if column + w > area.maxX {
                if column >= area.x { setCell(.blank(style), x: column, y: y) }
                column = area.maxX
                break
            }
            if column < area.x {
                if column + w > area.x { setCell(.blank(style), x: area.x, y: y) }
                column += w
                continue
            }
            setCell(Cell(grapheme: String(character), width: w, style: style), x: column, y: y)
            if w == 2 { setCell(.continuation(style), x: column + 1, y: y) }
            column += w
        }
        return max(0, column - x)
    }

    /// `put` for text of plain narrow scalars only (``DisplayWidth/isPlainNarrow(_:)``: each its own
    /// grapheme, one column wide) — most of what is drawn —, written scalar by scalar without
    /// breaking the text into graphemes. nil, having written nothing, for any other text.
    /// - Returns: the column after the text (or the clip's right edge).
    private mutating func putPlain(_ text: String, x: Int, y: Int, style: Style, area: Rect) -> Int? {
        guard DisplayWidth.isPlain(text) else { return nil }
        var column = x
        for scalar in text.unicodeScalars {
            if column >= area.maxX { break }
            if column >= area.x {
                setCell(Cell(grapheme: Self.grapheme(of: scalar), width: 1, style: style), x: column, y: y)
            }
            column += 1
        }
        return column
    }

    /// A plain narrow scalar as a one-scalar string; the common ones made once.
    private static func grapheme(of scalar: Unicode.Scalar) -> String {
        let value = Int(scalar.value)
        if value < plainGraphemes.count { return plainGraphemes[value] }
        return String(Character(scalar))
    }

    /// "\u{0}" … "\u{2FF}": ASCII and the Latin letters, as strings.
    private static let plainGraphemes: [String] = (0..<0x300).map { String(Character(Unicode.Scalar(UInt32($0))!)) }

    /// Blanks `rect` (clipped to the screen) with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: " ", style: style)
    }

    /// Fills `rect` with a one-column grapheme (e.g. a shade or a rule); each
    /// cell is counted as one column whatever `grapheme` is.
    public mutating func fill(_ rect: Rect, with grapheme: String, style: Style = .plain) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { setCell(Cell(grapheme: grapheme, width: 1, style: style), x: x, y: y) }
        }
    }

    /// Replaces the style of every cell in `rect`, keeping the text.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        updateStyle(rect) { _ in style }
    }

    /// Changes the style of every cell in `rect` with `transform`, keeping the
    /// text (e.g. `{ $0.adding(.reverse) }` to highlight a row).
    public mutating func updateStyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// Stores one cell, blanking the other half of any wide grapheme it cuts through.
    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        if cell.width == 2, x + 1 >= width {
            cells[index] = .blank(cell.style)
            return
        }
        cells[index] = cell
    }
}

/// A position on a ``Screen`` for the terminal's cursor.
public struct Cursor: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
