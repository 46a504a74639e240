/// What to show when the terminal is smaller than the app needs.
///
/// Instead of a garbled layout, the screen says how big it is and how big it
/// should be, in two short lines the app supplies (e.g. "Vinduet er 40×10",
/// "kfl trenger 80×24"). Works at any size down to 0×0.
public struct TooSmall: Hashable, Sendable {
    public var lines: [String]
    public var style: Style

    public init(lines: [String], style: Style = .bold) {
        self.lines = lines
        self.style = style
    }

    /// Whether a terminal of `size` can show a layout needing `needed`.
    public static func fits(width: Int, height: Int, neededWidth: Int, neededHeight: Int) -> Bool {
        width >= neededWidth && height >= neededHeight
    }

    /// Clears `rect` and centres the lines in it, each truncated to the width.
    public func draw(in screen: inout Screen, rect: Rect, glyphs: Glyphs = .unicode) {
        screen.fill(rect)
        guard !rect.isEmpty else { return }
        let shown = Array(lines.prefix(rect.height))
        let top = rect.y + (rect.height - shown.count) / 2
        for (i, line) in shown.enumerated() {
            let row = Rect(x: rect.x, y: top + i, width: rect.width, height: 1)
            TextLayout.draw(line, in: &screen, rect: row, style: style, alignment: .center, glyphs: glyphs)
        }
    }
}
