import KFLCore
import TerminalUI

/// A factor's development in a few columns: one mark per round (× when
/// suppressed, blank without answers), then the sign of the change into the
/// selected round from the round before it, by the two-sample rule.
///
/// The marks show change, not level (the bar shows the level): they are
/// centred on the unit's average over the rounds (▄), and one step of height
/// is 0,1 of the unit's pooled sd — so the smallest change that can count as
/// clear (d = 0,2) is two steps, and noise of a few hundredths stays flat.
struct DevelopmentMarks {
    let series: FactorSeries
    let round: Int
    let theme: Theme
    let glyphs: Glyphs

    static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels = ["_", ".", "-", "~", "=", "+", "*", "#"]
    /// Height of one step, in sd.
    static let step = 0.1

    /// The marks, one per round.
    var marks: String {
        let levels = glyphs.isASCII ? Self.asciiLevels : Self.levels
        let values = series.points.compactMap { $0.unit?.value }
        let centre = values.isEmpty ? 0 : values.map(\.mean).reduce(0, +) / Double(values.count)
        let degrees = values.reduce(0) { $0 + max($1.n - 1, 0) }
        let squares = values.reduce(0.0) { $0 + Double(max($1.n - 1, 0)) * ($1.sd ?? 0) * ($1.sd ?? 0) }
        let sd = degrees > 0 ? (squares / Double(degrees)).squareRoot() : 0
        // A whole level in the middle, so that noise of a few hundredths never flips a mark.
        let middle = Double(levels.count / 2 - 1)
        return series.points.map { point -> String in
            switch point.unit {
            case .value(let v)?:
                let offset = sd > 0 ? (v.mean - centre) / (Self.step * sd) : 0
                return levels[min(levels.count - 1, max(0, Int((middle + offset).rounded())))]
            case .suppressed?: return glyphs.isASCII ? "x" : "×"
            case nil: return " "
            }
        }.joined()
    }

    /// The change into the selected round, or nil in the first round.
    var change: TwoSampleOutcome? { series.changeSincePrevious(round)?.outcome }

    func draw(in screen: inout Screen, x: Int, y: Int, width: Int) {
        let clip = Rect(x: x, y: y, width: width, height: 1)
        let used = screen.put(marks, x: x, y: y, style: theme.bar, clip: clip)
        guard let change else { return }
        let verdict = change.comparison?.verdict
        screen.put(
            VerdictSign.glyph(verdict, ascii: glyphs.isASCII), x: x + used + 1, y: y,
            style: theme.style(for: verdict), clip: clip)
    }
}
