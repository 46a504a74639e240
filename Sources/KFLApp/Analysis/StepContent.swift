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

    /// The rows the cursor can be on in the current step, top to bottom: the
    /// blocks with a slot, in the order `blocks` lays them out.
    static func slots(_ state: AnalysisState) -> [Slot] {
        let analysis = state.analysis
        switch state.step {
        case .challenge: return [.text(.challenge)]
        case .goal: return [.text(.goal)]
        case .information: return analysis.linkedFactors.map { .linkedFactor(id: $0.id) } + [.text(.otherSources)]
        case .analysis:
            return state.visibleHypotheses.flatMap { [.hypothesis(id: $0.id), .hypothesisReason(id: $0.id)] }
        case .actions:
            return analysis.actions.flatMap { action in
                ActionField.allCases.map { Slot.action(id: action.id, field: $0) }
            }
        case .implementation: return [.text(.implementation)]
        case .evaluation:
            return analysis.indicators.map { .indicator(id: $0.id) }
                + AnalysisTextField.evaluationQuestions.map { .text($0) }
        }
    }

    /// What `n` adds in a step.
    enum Addition {
        /// The factor picker; the chosen factor becomes the new item (`newItem`).
        case pickFactor(PickerState.Purpose)
        /// A new blank item: the cursor goes to `focus` and `edit` opens.
        case blank(AnyAnalysisItem, focus: Slot, edit: TextTarget)
    }

    /// What `n` adds in the current step, if anything.
    static func addition(_ state: AnalysisState, newID: () -> String) -> Addition? {
        switch state.step {
        case .information: return .pickFactor(.addLinkedFactor)
        case .evaluation: return .pickFactor(.addIndicator)
        case .analysis:
            let id = newID()
            let hypothesis = Hypothesis(id: id, perspective: state.perspectiveFilter)
            return .blank(AnyAnalysisItem(hypothesis), focus: .hypothesis(id: id), edit: .hypothesis(id: id))
        case .actions:
            let id = newID()
            return .blank(
                AnyAnalysisItem(AnalysisAction(id: id)), focus: .action(id: id, field: .what),
                edit: .action(id: id, field: .what))
        case .challenge, .goal, .implementation:
            return nil
        }
    }

    /// The item a factor chosen in the picker becomes, at the analysis's trinn
    /// and gender (where the factor's group has them).
    static func newItem(
        factorID: String, for purpose: PickerState.Purpose, _ state: AnalysisState, id: String
    ) -> (item: AnyAnalysisItem, focus: Slot, edit: TextTarget?)? {
        let context = state.analysis.context
        let key = state.key(factorID: factorID, trinn: context.trinn, gender: context.gender)
        switch purpose {
        case .addLinkedFactor:
            let linked = LinkedFactor(id: id, factorID: factorID, trinn: key.trinn, gender: key.gender)
            return (AnyAnalysisItem(linked), .linkedFactor(id: id), nil)
        case .addIndicator:
            let indicator = Indicator(
                id: id, factorID: factorID, trinn: key.trinn, gender: key.gender, byRound: state.byRoundChoices.first)
            return (AnyAnalysisItem(indicator), .indicator(id: id), .indicator(id: id))
        case .evidence, .targets, .suggestion, .trinn, .gender:
            return nil
        }
    }

    /// A label line, then the text (or the editor) with a gutter.
    static func textBlock(
        _ field: AnalysisTextField, state: AnalysisState, theme: Theme, layout: AnalysisLayout
    ) -> FormBlock {
        var label = FormLine.text(Strings.Analysis.fieldLabel(field), x: 2, style: theme.heading)
        if state.editing?.target == .field(field) {
            let x = 3 + DisplayWidth.of(Strings.Analysis.fieldLabel(field))
            // While the text on screen is not saved, the label says so, not "saved as you type".
            let saved = state.unsavedText == nil
            let hint = saved ? Strings.AnalysisTUI.editingHint : Strings.Workbook.unsavedHint
            label.spans.append(.init(x: x, text: "– " + hint, style: saved ? theme.muted : theme.message.adding(.bold)))
        }
        let text = textLines(.field(field), state: state, theme: theme, layout: layout, gutter: true)
        return FormBlock(slot: .text(field), lines: [label] + text)
    }

    /// The lines of a target's text: the editor when it is being edited, else
    /// the wrapped text or a hint that it is empty.
    static func textLines(
        _ target: TextTarget, state: AnalysisState, theme: Theme, layout: AnalysisLayout, gutter: Bool,
        firstLinePrefix: FormLine.Span? = nil
    ) -> [FormLine] {
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
            if gutter {
                lines[index].spans.insert(.init(x: x - 2, text: state.glyphs.vertical, style: theme.border), at: 0)
            }
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
            draw(
                entry.line, focused: entry.isFocusHead, state: state, theme: theme, at: rect.y + row, in: &screen,
                rect: rect)
        }
        if offset > 0 { screen.put(state.glyphs.arrowUp, x: rect.maxX - 1, y: rect.y, style: theme.muted) }
        if offset + rect.height < lines.count {
            screen.put(state.glyphs.arrowDown, x: rect.maxX - 1, y: rect.maxY - 1, style: theme.muted)
        }
    }

    static func draw(
        _ line: FormLine, focused: Bool, state: AnalysisState, theme: Theme, at y: Int, in screen: inout Screen,
        rect: Rect
    ) {
        let clip = Rect(x: rect.x, y: y, width: rect.width - 1, height: 1)
        if focused {
            screen.put(state.glyphs.pointer, x: rect.x, y: y, style: theme.heading, clip: clip)
            if state.editing == nil { screen.cursor = Cursor(x: rect.x, y: y) }
        }
        for span in line.spans {
            let x = rect.x + span.x
            let text = TextLayout.truncate(span.text, toWidth: clip.maxX - x, glyphs: state.glyphs)
            let style = focused && span.x <= 2 + 1 ? theme.selected : span.style
            screen.put(text, x: x, y: y, style: style, clip: clip)
        }
        if let factor = line.factor {
            FactorRowView(
                result: factor.result, label: factor.label, labelStyle: focused ? theme.selected : .plain,
                columns: factor.columns, theme: theme, glyphs: state.glyphs, minimumN: state.info.minimumN
            ).draw(in: &screen, x: rect.x + factor.x, y: y)
        }
        if let cursor = line.cursor {
            let x = rect.x + cursor
            let cellRect = Rect(x: x, y: y, width: max(1, screen[x, y]?.width ?? 1), height: 1)
            screen.updateStyle(cellRect) { $0.adding(.reverse) }
            screen.cursor = Cursor(x: x, y: y)
        }
    }
}
