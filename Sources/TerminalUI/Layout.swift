/// How much room one column (or row) of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if the area runs out).
    case fixed(Int)
    /// A share of what the fixed entries leave, by weight.
    case fill(Int)
}

/// Splits an area into columns or rows, for tables and panes.
///
/// Fixed sizes are honoured left to right until the room runs out; fills
/// share the rest by weight, the remainder going to the first fills, so the
/// parts always add up exactly to the area and a tiny area yields empty parts.
public enum Layout {
    /// Sizes along one axis for `total` cells with `spacing` cells between parts.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        var room = max(0, total - max(0, spacing) * (constraints.count - 1))
        var sizes = Array(repeating: 0, count: constraints.count)
        for (i, c) in constraints.enumerated() {
            if case .fixed(let n) = c {
                sizes[i] = min(max(0, n), room)
                room -= sizes[i]
            }
        }
        let weights = constraints.map { c -> Int in if case .fill(let w) = c { return max(0, w) } else { return 0 } }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        var given = 0
        for (i, w) in weights.enumerated() where w > 0 {
            sizes[i] = room * w / totalWeight
            given += sizes[i]
        }
        var extra = room - given
        for (i, w) in weights.enumerated() where w > 0 && extra > 0 {
            sizes[i] += 1
            extra -= 1
        }
        return sizes
    }

    /// Side-by-side parts of `rect`.
    public static func columns(_ constraints: [Constraint], in rect: Rect, spacing: Int = 0) -> [Rect] {
        var x = rect.x
        return sizes(constraints, total: rect.width, spacing: spacing).map { w in
            defer { x += w + max(0, spacing) }
            return Rect(x: min(x, rect.maxX), y: rect.y, width: w, height: rect.height)
        }
    }

    /// Stacked parts of `rect`.
    public static func rows(_ constraints: [Constraint], in rect: Rect, spacing: Int = 0) -> [Rect] {
        var y = rect.y
        return sizes(constraints, total: rect.height, spacing: spacing).map { h in
            defer { y += h + max(0, spacing) }
            return Rect(x: rect.x, y: min(y, rect.maxY), width: rect.width, height: h)
        }
    }
}
