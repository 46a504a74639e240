/// The group rule for shares, defined once: how much of a cell's answers over the
/// share bands may be shown at all. There are two levels:
///
/// - the *share* (the split: c respondents on the unfavourable side, n − c on the
///   other) is shown only when 3 ≤ c ≤ n − 3;
/// - the *band distribution* is shown in addition only when every band holds 0, or
///   from 3 to n − 3, respondents.
///
/// The cell's n is shown beside its mean, so a share of 0 % or 100 %, or of "all but
/// one or two", would tell something about every member of the group (everyone, or
/// everyone but one or two, is bullied often / is not); a band of 1 or 2 points at one
/// or two pupils. An empty band says nothing about one pupil more than about the rest.
/// A large group whose outermost band holds two pupils still shows its share: only
/// the bands are held back.
public enum ShareDisclosure {
    /// The smallest count, and the smallest complement, a shown share or band may have.
    public static let smallestGroup = 3

    /// Whether a cell of `n` respondents may show the split between its `unfavourable`
    /// count and the rest.
    public static func allowsSplit(unfavourable: Int, n: Int) -> Bool {
        unfavourable >= smallestGroup && n - unfavourable >= smallestGroup
    }

    /// Whether a cell of `n` respondents may show these band counts as well as its split.
    public static func allows(bands: [Int], unfavourable: Int, n: Int) -> Bool {
        allowsSplit(unfavourable: unfavourable, n: n) && bands.allSatisfy { isShowable(band: $0, n: n) }
    }

    /// Whether one band's count may be seen in a group of `n` (an empty band may).
    public static func isShowable(band count: Int, n: Int) -> Bool {
        count == 0 || (count >= smallestGroup && n - count >= smallestGroup)
    }
}
