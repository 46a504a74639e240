/// A horizontal bar split into parts by counts (a distribution over bands), each
/// part drawn with its own one-column glyph and style, so the parts read apart
/// without colour.
///
/// Part boundaries fall at the rounded cumulative share of the width, so the
/// parts always fill the bar exactly and a part's length never depends on the
/// rounding of the parts before it by more than one cell.
///
/// A bar may have two sides (`sideBreak`: the first part of the second side), as a
/// share's bar has the unfavourable bands and the rest: the boundary between the
/// sides is placed first, and a side with any count gets at least one cell where
/// the bar has two (5 % beside a bar with no cell on its side would contradict the
/// number); then each side's parts share its cells. The side stays within one cell
/// of its share; a single small part within a side may get none.
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
    /// Index of the first part of the second side, if the bar has two.
    public var sideBreak: Int?

    public init(parts: [Part], sideBreak: Int? = nil) {
        self.parts = parts
        self.sideBreak = sideBreak
    }

    /// Each part's width in `columns` columns, with the sides' boundary kept (see the type).
    public static func widths(of counts: [Int], columns: Int, sideBreak: Int?) -> [Int] {
        guard let sideBreak, sideBreak > 0, sideBreak < counts.count else {
            return widths(of: counts, columns: columns)
        }
        let first = Array(counts[..<sideBreak]), second = Array(counts[sideBreak...])
        let sums = [first, second].map { $0.reduce(0) { $0 + max(0, $1) } }
        var sides = widths(of: sums, columns: columns)
        if columns >= 2, sums.allSatisfy({ $0 > 0 }), let empty = sides.firstIndex(of: 0) {
            sides[empty] = 1
            sides[1 - empty] -= 1
        }
        return widths(of: first, columns: sides[0]) + widths(of: second, columns: sides[1])
    }

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
        return widths
    }

    /// Draws the bar on the first row of `rect`.
    public func draw(in screen: inout Screen, rect: Rect) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        let widths = Self.widths(of: parts.map(\.count), columns: rect.width, sideBreak: sideBreak)
        for (part, width) in zip(parts, widths) where width > 0 {
            screen.fill(Rect(x: x, y: rect.y, width: width, height: 1), with: part.glyph, style: part.style)
            x += width
        }
    }
}
