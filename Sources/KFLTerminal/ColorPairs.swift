internal import CNcursesw
import TerminalUI

/// Allocates ncurses colour pairs on demand and caches them.
///
/// ncurses draws colour only through numbered (foreground, background) pairs,
/// and a terminal has a limited number (`COLOR_PAIRS`, and `init_pair` takes a
/// short). Pairs are created the first time a combination is drawn; when they
/// run out, further combinations fall back to the default pair rather than
/// recolouring text already on screen.
struct ColorPairs {
    /// Colours the terminal has (8, 16, 256), 0 when colour is off.
    let paletteSize: Int
    /// Whether -1 ("terminal default") is allowed (`use_default_colors` worked).
    let hasDefaultColors: Bool
    private let capacity: Int
    private var pairs: [PairKey: Int16] = [:]
    private var next: Int = 1

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(paletteSize: Int, pairCount: Int, hasDefaultColors: Bool) {
        self.paletteSize = paletteSize
        self.hasDefaultColors = hasDefaultColors
        capacity = min(max(0, pairCount), Int(Int16.max))
    }

    /// No colour at all (NO_COLOR, `--no-color`, monochrome terminal).
    static let none = ColorPairs(paletteSize: 0, pairCount: 0, hasDefaultColors: true)

    /// The pair number and extra attributes that show `style`'s colours.
    ///
    /// On an 8-colour terminal a bright foreground is drawn as bold, the
    /// traditional way such terminals show high intensity.
    mutating func pair(for style: Style) -> (pair: Int16, extra: TextAttributes) {
        guard paletteSize >= 8 else { return (0, []) }
        let foreground = style.foreground.approximated(paletteSize: paletteSize)
        let background = style.background.approximated(paletteSize: paletteSize)
        var extra: TextAttributes = []
        if paletteSize < 16, case .bright = style.foreground { extra.insert(.bold) }
        let key = PairKey(
            foreground: number(foreground, isForeground: true), background: number(background, isForeground: false))
        if key.foreground == -1 && key.background == -1 { return (0, extra) }
        if let existing = pairs[key] { return (existing, extra) }
        guard next < capacity else { return (0, extra) }
        let pair = Int16(next)
        guard init_pair(pair, Int16(key.foreground), Int16(key.background)) == OK else { return (0, extra) }
        next += 1
        pairs[key] = pair
        return (pair, extra)
    }

    /// The ncurses colour number; -1 for the default, or white-on-black when
    /// the terminal cannot keep its own default colours.
    private func number(_ color: Color, isForeground: Bool) -> Int32 {
        if let index = color.paletteIndex { return Int32(index) }
        if hasDefaultColors { return -1 }
        return isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK)
    }
}
