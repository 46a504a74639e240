/// A move through text that scrolls (a help, a guide, a detail): a line, a page or
/// to either end. One rule for every overlay that scrolls.
public enum ScrollMove: Hashable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom

    /// The scroll position after this move from `scroll`, kept between 0 and `limit`;
    /// a page is `page` rows (at least one).
    public func applied(to scroll: Int, limit: Int, page: Int) -> Int {
        let step = max(1, page)
        let next: Int
        switch self {
        case .lineDown: next = scroll + 1
        case .lineUp: next = scroll - 1
        case .pageDown: next = scroll + step
        case .pageUp: next = scroll - step
        case .top: next = 0
        case .bottom: next = limit
        }
        return min(max(0, next), max(0, limit))
    }
}
