/// An area of the screen in columns and rows.
///
/// All arithmetic saturates: sizes never go negative and splitting or
/// insetting beyond the edge yields an empty rect rather than a crash, so
/// every widget can be handed a 0×0 area (as in ratatui).
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public private(set) var width: Int
    public private(set) var height: Int

    /// A rect; negative sizes clamp to 0.
    public init(x: Int = 0, y: Int = 0, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(width: 0, height: 0)

    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last column.
    public var maxX: Int { x.addingReportingOverflow(width).overflow ? Int.max : x + width }
    /// One past the last row.
    public var maxY: Int { y.addingReportingOverflow(height).overflow ? Int.max : y + height }
    public var area: Int { width * height }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rect shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rect shrunk by the given margins; margins larger than the rect leave it empty.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let l = min(max(0, left), width)
        let t = min(max(0, top), height)
        return Rect(
            x: x + l, y: y + t,
            width: width - l - max(0, right),
            height: height - t - max(0, bottom))
    }

    /// Side-by-side halves: the first `column` columns and the rest.
    /// `column` is clamped to `0...width`.
    public func splitHorizontally(at column: Int) -> (left: Rect, right: Rect) {
        let c = min(max(0, column), width)
        return (
            Rect(x: x, y: y, width: c, height: height),
            Rect(x: x + c, y: y, width: width - c, height: height)
        )
    }

    /// Stacked halves: the first `row` rows and the rest. `row` is clamped to `0...height`.
    public func splitVertically(at row: Int) -> (top: Rect, bottom: Rect) {
        let r = min(max(0, row), height)
        return (
            Rect(x: x, y: y, width: width, height: r),
            Rect(x: x, y: y + r, width: width, height: height - r)
        )
    }

    /// Row `index` as a one-row rect (empty when out of range).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, index), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Every row, top to bottom.
    public var rows: [Rect] { (0..<height).map { row($0) } }

    /// The overlap of two rects, empty (at the clamped origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x)
        let y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX)
        let y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// A rect of at most `width`×`height` centred in this one (for dialogs).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width)
        let ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

extension Rect: CustomStringConvertible {
    public var description: String { "(\(x),\(y) \(width)×\(height))" }
}
