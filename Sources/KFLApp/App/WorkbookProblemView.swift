import KFLCore
import TerminalUI

/// Why the analyses cannot be used and what to do, as a box over the results
/// (shown after `a` or `A` when the workbook could not be opened for writing).
public enum WorkbookProblemView {
    public static func draw(_ problem: WorkbookProblem, over background: Screen, glyphs: Glyphs, colors: Bool) -> Screen
    {
        var screen = background
        let theme = Theme.make(colors: colors)
        let body = Rect(x: 0, y: 1, width: screen.width, height: max(0, screen.height - 2))
        let width = min(body.width - 4, 72)
        guard width >= 20, body.height >= 5 else { return screen }
        var lines: [String] = []
        for (index, paragraph) in problem.explanation.enumerated() {
            if index > 0 { lines.append("") }
            lines += Paragraph.wrap(paragraph, width: width - 4, glyphs: glyphs)
        }
        let area = body.centered(width: width, height: min(body.height, lines.count + 2))
        screen.fill(area)
        let inner = Box(title: Strings.Workbook.explanationTitle, style: theme.focusedBorder, titleStyle: theme.heading)
            .draw(in: &screen, rect: area, glyphs: glyphs)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + row, clip: inner)
        }
        return screen
    }
}
