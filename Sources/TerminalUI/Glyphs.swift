/// Every non-letter symbol the UI draws, in a Unicode and an ASCII set.
///
/// The app picks ``ascii`` when the locale is not UTF-8 (the backend reports
/// it), so a terminal that cannot show box drawing still gets a usable,
/// aligned picture. All glyphs here are one column wide.
public struct Glyphs: Hashable, Sendable {
    /// Bar cell for 0…8 eighths filled; nil means "show the track".
    public var barEighths: [String?]
    /// Unfilled part of a bar.
    public var barTrack: String
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var teeLeft: String
    public var teeRight: String
    /// Marks the county (fylke) average on a bar.
    public var countyMarker: String
    /// Marks the kommune average on a bar.
    public var kommuneMarker: String
    public var ellipsis: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowLeft: String
    public var arrowRight: String
    /// Points at the selected list row.
    public var pointer: String
    /// Separates items in a one-line hint (e.g. key help in a status bar).
    public var separator: String

    /// Block elements, light shade and light box drawing.
    public static let unicode = Glyphs(
        barEighths: [nil, "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        barTrack: "░",
        horizontal: "─", vertical: "│",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤",
        countyMarker: "┃", kommuneMarker: "╎",
        ellipsis: "…",
        arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        pointer: "›", separator: "·")

    /// Seven-bit ASCII. Bars have whole-cell precision: a cell at least half
    /// full is drawn as filled (rounding), the track is `.`.
    public static let ascii = Glyphs(
        barEighths: [nil, nil, nil, nil, "#", "#", "#", "#", "#"],
        barTrack: ".",
        horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+",
        countyMarker: "|", kommuneMarker: ":",
        ellipsis: "...",
        arrowUp: "^", arrowDown: "+", arrowLeft: "<", arrowRight: ">",
        pointer: ">", separator: "|")

    /// Four shades from darkest to lightest, for the parts of a stacked bar.
    public var shades: [String] { isASCII ? ["#", "%", ":", "."] : ["█", "▓", "▒", "░"] }

    /// Whether this is the ASCII set (for choosing key names).
    public var isASCII: Bool {
        // Asked on every write: the track tells the two sets apart before the whole set is compared.
        barTrack == Glyphs.ascii.barTrack && self == .ascii
    }
}
