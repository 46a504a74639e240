import KFLCore
import TerminalUI

/// The seven steps across the top: the current one in brackets (and reverse
/// video), a mark on every step with content, readable without colour:
/// `1 Utfordring ● [2 Mål ○] 3 Informasjon ○ …` (ASCII: `*` for content).
enum StepBarView {
    struct Item: Equatable {
        var text: String
        var isCurrent: Bool
    }

    static func items(_ state: AnalysisState, width: Int) -> [Item] {
        let withContent = state.analysis.stepsWithContent
        let warnedSteps = Set(state.analysis.warnings().map(\.step))
        func mark(_ kind: AnalysisStepKind) -> String {
            var mark =
                state.glyphs.isASCII
                ? (withContent.contains(kind) ? " *" : "") : (withContent.contains(kind) ? " ●" : " ○")
            if warnedSteps.contains(kind) { mark += "!" }
            return mark
        }
        func build(titleLimit: Int?) -> [Item] {
            state.steps.steps.map { step in
                let current = step.kind == state.step
                var title = step.shortTitle
                if !current, let limit = titleLimit {
                    title = limit == 0 ? "" : TextLayout.truncate(title, toWidth: limit, glyphs: state.glyphs)
                }
                let text = "\(step.number)\(title.isEmpty ? "" : " " + title)\(mark(step.kind))"
                return Item(text: current ? "[\(text)]" : text, isCurrent: current)
            }
        }
        func total(_ items: [Item]) -> Int { items.map { DisplayWidth.of($0.text) }.reduce(0, +) + items.count - 1 + 1 }
        var items = build(titleLimit: nil)
        var limit = 13
        while total(items) > width, limit >= 0 {
            items = build(titleLimit: limit)
            limit -= 1
        }
        return items
    }

    static func draw(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect) {
        var x = rect.x + 1
        for item in items(state, width: rect.width) {
            x += screen.put(
                item.text, x: x, y: rect.y,
                style: item.isCurrent ? theme.selected.adding(.bold) : theme.muted.removing(.dim), clip: rect)
            x += 1
        }
    }
}
