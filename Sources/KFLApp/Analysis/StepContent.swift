import KFLCore
import TerminalUI

/// One row of a step's fields: text spans at columns, an optional bar row
/// (the browser's `FactorRowView`) and an optional cursor column.
struct FormLine {
    struct Span {
        var x: Int
        var text: String
        var style: Style
    }

    struct FactorRow {
        var x: Int
        var label: String
        var columns: FactorRowView.Columns
        var result: FactorResult
    }

    var spans: [Span] = []
    var factor: FactorRow?
    var cursor: Int?

    static let blank = FormLine()

    static func text(_ text: String, x: Int, style: Style = .plain) -> FormLine {
        FormLine(spans: [Span(x: x, text: text, style: style)])
    }
}

/// A slot's lines (or lines belonging to no slot, such as headings).
struct FormBlock {
    var slot: Slot?
    var lines: [FormLine]
}

/// The fields of the current step as blocks of lines, and how they are drawn
/// and scrolled so the focused slot (and the cursor) stay in view.
enum StepContent {
    static func blocks(_ state: AnalysisState, theme: Theme, layout: AnalysisLayout) -> [FormBlock] {
        let width = layout.fields.width
        switch state.step {
        case .challenge: return [textBlock(.challenge, state: state, theme: theme, layout: layout)]
        case .goal: return [textBlock(.goal, state: state, theme: theme, layout: layout)]
        case .implementation: return [textBlock(.implementation, state: state, theme: theme, layout: layout)]
        case .information: return informationBlocks(state, theme: theme, layout: layout, width: width)
        case .analysis: return hypothesisBlocks(state, theme: theme, layout: layout, width: width)
        case .actions: return actionBlocks(state, theme: theme, layout: layout, width: width)
        case .evaluation: return evaluationBlocks(state, theme: theme, layout: layout, width: width)
        }
    }

    /// A label line, then the text (or the editor) with a gutter.
    static func textBlock(_ field: AnalysisTextField, state: AnalysisState, theme: Theme, layout: AnalysisLayout) -> FormBlock {
        var label = FormLine.text(Strings.Analysis.fieldLabel(field), x: 2, style: theme.heading)
        if state.editing?.target == .field(field) {
            label.spans.append(.init(x: 3 + DisplayWidth.of(Strings.Analysis.fieldLabel(field)), text: "– " + Strings.AnalysisTUI.editingHint, style: theme.muted))
        }
        return FormBlock(slot: .text(field), lines: [label] + textLines(.field(field), state: state, theme: theme, layout: layout, gutter: true))
    }

    /// The lines of a target's text: the editor when it is being edited, else
    /// the wrapped text or a hint that it is empty.
    static func textLines(_ target: TextTarget, state: AnalysisState, theme: Theme, layout: AnalysisLayout, gutter: Bool,
                          firstLinePrefix: FormLine.Span? = nil) -> [FormLine] {
        let x = AnalysisLayout.indent(for: target)
        let size = layout.editorSize(for: target)
        var lines: [FormLine] = []
        if let editing = state.editing, editing.target == target {
            let count = editing.editor.visibleLines(width: size.width, height: 100_000).count
            let frame = editing.editor.frame(width: size.width, height: min(size.height, max(1, count)))
            for (row, text) in frame.lines.enumerated() {
                var line = FormLine.text(text, x: x)
                if frame.cursor?.row == row { line.cursor = x + (frame.cursor?.column ?? 0) }
                lines.append(line)
            }
        } else {
            let text = state.storedText(target) ?? ""
            if text.allSatisfy(\.isWhitespace) {
                lines = [FormLine.text(Strings.AnalysisTUI.emptyField, x: x, style: theme.muted)]
            } else {
                lines = AnalysisText.wrapped(text, width: size.width).map { FormLine.text($0, x: x) }
            }
        }
        for index in lines.indices {
            if gutter { lines[index].spans.insert(.init(x: x - 2, text: state.glyphs.vertical, style: theme.border), at: 0) }
            if index == 0, let prefix = firstLinePrefix { lines[index].spans.insert(prefix, at: 0) }
        }
        return lines
    }

    // MARK: Drawing

    static func draw(_ state: AnalysisState, theme: Theme, layout: AnalysisLayout, in screen: inout Screen) {
        let rect = layout.fields
        guard !rect.isEmpty else { return }
        let blocks = blocks(state, theme: theme, layout: layout)
        let focused = state.overlay == nil ? state.focusedSlot : nil
        var lines: [(line: FormLine, isFocusHead: Bool)] = []
        var focusRange = 0..<0
        var cursorLine: Int?
        for block in blocks {
            let start = lines.count
            for (i, line) in block.lines.enumerated() {
                if line.cursor != nil { cursorLine = lines.count }
                lines.append((line, i == 0 && block.slot != nil && block.slot == focused))
            }
            if block.slot != nil, block.slot == focused { focusRange = start..<lines.count }
        }
        var offset = max(0, min(focusRange.lowerBound, focusRange.upperBound - rect.height))
        if let cursorLine {
            offset = min(max(offset, cursorLine - rect.height + 1), cursorLine)
        }
        offset = max(0, min(offset, max(0, lines.count - rect.height)))
        for (row, entry) in lines.dropFirst(offset).prefix(rect.height).enumerated() {
            draw(entry.line, focused: entry.isFocusHead, state: state, theme: theme, at: rect.y + row, in: &screen, rect: rect)
        }
        if offset > 0 { screen.put(state.glyphs.arrowUp, x: rect.maxX - 1, y: rect.y, style: theme.muted) }
        if offset + rect.height < lines.count { screen.put(state.glyphs.arrowDown, x: rect.maxX - 1, y: rect.maxY - 1, style: theme.muted) }
    }

    static func draw(_ line: FormLine, focused: Bool, state: AnalysisState, theme: Theme, at y: Int, in screen: inout Screen, rect: Rect) {
        let clip = Rect(x: rect.x, y: y, width: rect.width - 1, height: 1)
        if focused { screen.put(state.glyphs.pointer, x: rect.x, y: y, style: theme.heading, clip: clip) }
        for span in line.spans {
            let x = rect.x + span.x
            let text = TextLayout.truncate(span.text, toWidth: clip.maxX - x, glyphs: state.glyphs)
            let style = focused && span.x <= 2 + 1 ? theme.selected : span.style
            screen.put(text, x: x, y: y, style: style, clip: clip)
        }
        if let factor = line.factor {
            FactorRowView(result: factor.result, label: factor.label, labelStyle: focused ? theme.selected : .plain, columns: factor.columns,
                          theme: theme, glyphs: state.glyphs, minimumN: state.info.minimumN)
                .draw(in: &screen, x: rect.x + factor.x, y: y)
        }
        if let cursor = line.cursor {
            let x = rect.x + cursor
            let cellRect = Rect(x: x, y: y, width: max(1, screen[x, y]?.width ?? 1), height: 1)
            screen.updateStyle(cellRect) { $0.adding(.reverse) }
        }
    }
}
