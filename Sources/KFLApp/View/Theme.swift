import KFLCore
import TerminalUI

/// Styles of every part of the screen, with and without colour. Without
/// colour, meaning is carried by glyphs, bold and reverse alone.
public struct Theme: Sendable {
    public let header: Style
    public let breadcrumb: Style
    public let border: Style
    public let focusedBorder: Style
    public let selected: Style
    public let selectedUnfocused: Style
    public let heading: Style
    public let better: Style
    public let worse: Style
    public let neutral: Style
    public let bar: Style
    public let track: Style
    public let countyMarker: Style
    public let municipalityMarker: Style
    public let muted: Style
    public let status: Style
    public let statusKey: Style
    public let message: Style
    public let demo: Style
    /// The unfavourable bands of a stacked share bar, and the rest.
    public let shareUnfavourable: Style
    public let shareRest: Style

    public static func make(colors: Bool) -> Theme {
        if colors {
            return Theme(
                header: Style(foreground: .white, background: .blue, attributes: [.bold]),
                breadcrumb: .plain, border: .dim, focusedBorder: Style(foreground: .cyan),
                selected: .reverse, selectedUnfocused: .underline, heading: .bold,
                better: Style(foreground: .green, attributes: [.bold]),
                worse: Style(foreground: .red, attributes: [.bold]),
                neutral: .plain, bar: Style(foreground: .cyan), track: .dim,
                countyMarker: Style(foreground: .yellow, attributes: [.bold]),
                municipalityMarker: Style(foreground: .magenta),
                muted: .dim, status: .reverse, statusKey: Style(attributes: [.reverse, .bold]),
                message: Style(foreground: .yellow, attributes: [.bold]),
                demo: Style(foreground: .black, background: .yellow, attributes: [.bold]),
                shareUnfavourable: Style(foreground: .red), shareRest: Style(foreground: .cyan))
        }
        return Theme(
            header: Style(attributes: [.reverse, .bold]), breadcrumb: .plain, border: .plain, focusedBorder: .bold,
            selected: .reverse, selectedUnfocused: .underline, heading: .bold,
            better: .bold, worse: .bold, neutral: .plain, bar: .plain, track: .dim,
            countyMarker: .bold, municipalityMarker: .plain, muted: .dim,
            status: .reverse, statusKey: Style(attributes: [.reverse, .bold]), message: .bold,
            demo: Style(attributes: [.bold]), shareUnfavourable: .plain, shareRest: .plain)
    }

    public func style(for verdict: Verdict?) -> Style {
        switch verdict {
        case .clearlyBetter: return better
        case .clearlyWorse: return worse
        default: return neutral
        }
    }
}

/// The sign beside a value, readable without colour.
public enum VerdictSign {
    public static func glyph(_ verdict: Verdict?, ascii: Bool) -> String {
        switch verdict {
        case .clearlyBetter: return ascii ? "+" : "▲"
        case .clearlyWorse: return ascii ? "-" : "▼"
        case .noClearDifference: return ascii ? "=" : "·"
        case .notComparable, nil: return " "
        }
    }
}
