/// One column of the screen.
///
/// A wide grapheme (漢) lives in its lead cell with `width == 2`; the cell to
/// its right is a continuation cell (`width == 0`, empty grapheme) that the
/// backend skips. Combining marks stay inside their grapheme ("e\u{301}").
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, "" for a continuation cell.
    public var grapheme: String
    /// Columns the grapheme occupies: 1, 2 (lead of a wide grapheme) or 0 (continuation).
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(grapheme: " ", width: 1, style: style) }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style = .plain) -> Cell { Cell(grapheme: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
