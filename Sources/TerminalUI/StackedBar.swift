/// A horizontal bar split into parts by counts (a distribution over bands), each
/// part drawn with its own one-column glyph and style, so the parts read apart
/// without colour.
///
/// Part boundaries fall at the rounded cumulative share of the width, so the
/// parts always fill the bar exactly and a part's length never depends on the
/// rounding of the parts before it by more than one cell. A part with any count
/// gets at least one cell where the bar has room for every such part (taken from
/// the widest part): 5 % beside a bar with no cell of that part would contradict it.
public struct StackedBar: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public var count: Int
        public var glyph: String
        public var style: Style

        public init(count: Int, glyph: String, style: Style = .plain) {
            self.count = count
            self.glyph = glyph
            self.style = style
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// Each part's width in `columns` columns (all 0 when nothing is counted).
    public static func widths(of counts: [Int], columns: Int) -> [Int] {
        let total = counts.reduce(0) { $0 + max(0, $1) }
        guard total > 0, columns > 0 else { return counts.map { _ in 0 } }
        var widths: [Int] = []
        var cumulative = 0, edge = 0
        for count in counts {
            cumulative += max(0, count)
            let next = Int((Double(cumulative) / Double(total) * Double(columns)).rounded())
            widths.append(next - edge)
            edge = next
        }
        let counted = counts.indices.filter { counts[$0] > 0 }
        guard counted.count <= columns else { return widths }
        for part in counted where widths[part] == 0 {
            // The widest part gives a cell (the first of equals: the same bar every time).
            guard
                let widest = widths.indices.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }
                ),
                widths[widest] > 1
            else { break }
            widths[widest] -= 1
            widths[part] = 1
        }
        return widths
    }

    /// Draws the bar on the first row of `rect`.
    public func draw(in screen: inout Screen, rect: Rect) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        for (part, width) in zip(parts, Self.widths(of: parts.map(\.count), columns: rect.width)) where width > 0 {
            screen.fill(Rect(x: x, y: rect.y, width: width, height: 1), with: part.glyph, style: part.style)
            x += width
        }
    }
}
