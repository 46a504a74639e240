/// The group rule for shares, defined once: when a cell's band distribution and
/// its unfavourable share may be shown at all.
///
/// A cell's shares are shown only when the unfavourable count c has 3 ≤ c ≤ n − 3
/// and no band holds 1 or 2 respondents, nor all but 0, 1 or 2 of them. The cell's n
/// is shown beside its mean, so a share of 0 % or 100 %, or of "all but one or two",
/// would tell something about every member of the group (everyone, or everyone but
/// one or two, is bullied often / is not); a band of 1 or 2 points at one or two
/// pupils. An empty band says nothing about one pupil more than about the rest.
public enum ShareDisclosure {
    /// The smallest count, and the smallest complement, a shown share or band may have.
    public static let smallestGroup = 3

    /// Whether a cell of `n` respondents may show these band counts and unfavourable count.
    public static func allows(bands: [Int], unfavourable: Int, n: Int) -> Bool {
        guard unfavourable >= smallestGroup, n - unfavourable >= smallestGroup else { return false }
        return bands.allSatisfy { isShowable(band: $0, n: n) }
    }

    /// Whether one band's count may be seen in a group of `n` (an empty band may).
    public static func isShowable(band count: Int, n: Int) -> Bool {
        count == 0 || (count >= smallestGroup && n - count >= smallestGroup)
    }
}
