/// Selection and scroll position of a list, kept in app state between frames.
///
/// Widgets are rebuilt every frame and hold no state (as in ratatui); this
/// value carries what must survive. Every operation clamps to the item count,
/// so an empty list or a list that shrank never leaves a stale index.
public struct ListState: Hashable, Sendable {
    /// The selected row, nil when nothing is selected (or the list is empty).
    public private(set) var selected: Int?
    /// The first visible row.
    public private(set) var offset: Int

    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected.map { max(0, $0) }
        self.offset = max(0, offset)
    }

    /// Selects `index` clamped to `0..<count` (nil when empty).
    public mutating func select(_ index: Int?, count: Int) {
        guard let index, count > 0 else {
            selected = nil
            return
        }
        selected = min(max(0, index), count - 1)
    }

    /// Moves the selection by `delta` rows, stopping at the ends.
    public mutating func move(by delta: Int, count: Int) {
        select((selected ?? (delta >= 0 ? -1 : count)) + delta, count: count)
    }

    public mutating func selectFirst(count: Int) { select(0, count: count) }
    public mutating func selectLast(count: Int) { select(count - 1, count: count) }

    /// Moves by one page of `height` rows (PgUp with −1, PgDn with +1).
    public mutating func page(_ direction: Int, height: Int, count: Int) {
        move(by: direction.signum() * max(1, height - 1), count: count)
        keepSelectionVisible(height: height, count: count)
    }

    /// The offset that shows the selection with the least scrolling from the
    /// stored offset, and never scrolls past the end.
    public func visibleOffset(height: Int, count: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var result = min(offset, max(0, count - height))
        if let selected {
            let s = min(selected, count - 1)
            if s < result { result = s }
            if s >= result + height { result = s - height + 1 }
        }
        return max(0, result)
    }

    /// Stores ``visibleOffset(height:count:)`` so the next frame scrolls from there.
    public mutating func keepSelectionVisible(height: Int, count: Int) {
        if let s = selected { select(s, count: count) }
        offset = visibleOffset(height: height, count: count)
    }
}
