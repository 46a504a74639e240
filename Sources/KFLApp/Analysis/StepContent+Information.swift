import KFLCore
import TerminalUI

/// Step 3: the linked factors with the browser's bars, the focused one in
/// detail (boys and girls, each round), and other sources.
extension StepContent {
    static func informationBlocks(
        _ state: AnalysisState, theme: Theme, layout: AnalysisLayout, width: Int
    ) -> [FormBlock] {
        let analysis = state.analysis
        var heading = Strings.Analysis.linkedFactorsLabel
        if let unit = state.unit { heading += " – \(unit.name), \(Strings.roundName(analysis.context.round))" }
        // The share column as on the results screen (`p`), when a linked level has a share.
        let shares = analysis.linkedFactors.contains {
            $0.view == .level && state.info.instrument.factor(id: $0.factorID)?.shares != nil
        }
        // The names are known: the label column takes what the bar can spare to keep a name on one line.
        let labels = analysis.linkedFactors.filter { $0.view == .level }.compactMap { linked in
            state.info.instrument.factor(id: linked.factorID).map {
                DisplayWidth.of(levelLabel(linked, factor: $0, state: state))
            }
        }
        let columns = FactorRowView.Columns.fitting(
            width: width - 3, labelPreferred: max(24, min(40, width / 3)), shares: shares
        ).widenedLabel(toFit: labels)
        var headingLines = [FormLine.text(heading, x: 2, style: theme.heading)]
        if columns.share > 0 {
            // Over the share column: on the heading's line when it leaves room, else on a line of its own.
            let x = 2 + columns.label + columns.bar + columns.value + columns.n + columns.sign + 5
            let span = FormLine.Span(
                x: x,
                text: TextLayout.pad(
                    Strings.Shares.columnHeading, toWidth: columns.share, alignment: .right, glyphs: state.glyphs),
                style: theme.muted)
            if 2 + DisplayWidth.of(heading) < x {
                headingLines[0].spans.append(span)
            } else {
                headingLines.append(FormLine(spans: [span]))
            }
        }
        var blocks = [FormBlock(slot: nil, lines: headingLines)]
        if analysis.linkedFactors.isEmpty {
            blocks.append(
                FormBlock(slot: nil, lines: [.text(Strings.AnalysisTUI.noLinkedFactors, x: 4, style: theme.muted)]))
        }
        let focused = state.focusedLinkedFactor
        var previousGroup: String?
        for linked in analysis.linkedFactors {
            guard let factor = state.info.instrument.factor(id: linked.factorID) else { continue }
            // Whose answers: two groups' factors can have the same name («Trivsel på skolen»).
            if factor.groupID != previousGroup, let group = state.info.instrument.group(of: factor) {
                blocks.append(FormBlock(slot: nil, lines: [.text(group.name, x: 2, style: theme.heading)]))
            }
            previousGroup = factor.groupID
            let isFocused = linked.id == focused?.id
            var lines: [FormLine]
            if linked.view == .level {
                lines = levelLines(linked, factor: factor, focused: isFocused, state: state, columns: columns)
            } else {
                lines = linkedDataLines(
                    linked, factor: factor, focused: isFocused, state: state, theme: theme, width: width)
            }
            if isFocused, !layout.guideIsSide, let guide = FactorGuides.builtIn.guide(for: factor.id) {
                lines.append(.text(Strings.AnalysisTUI.measuresHeading, x: 4, style: theme.heading))
                lines += Paragraph.wrap(guide.measures, width: max(1, width - 5), glyphs: state.glyphs).map {
                    FormLine.text($0, x: 4, style: theme.muted)
                }
            }
            blocks.append(FormBlock(slot: .linkedFactor(id: linked.id), lines: lines))
        }
        blocks.append(FormBlock(slot: nil, lines: [.blank]))
        blocks.append(textBlock(.otherSources, state: state, theme: theme, layout: layout))
        return blocks
    }

    /// A linked level: the browser's bar row at the analysis's round; when
    /// focused, boys and girls and each round below it.
    static func levelLines(
        _ linked: LinkedFactor, factor: Factor, focused: Bool, state: AnalysisState, columns: FactorRowView.Columns
    ) -> [FormLine] {
        let key = state.key(factorID: linked.factorID, trinn: linked.trinn, gender: linked.gender)
        let label = levelLabel(linked, factor: factor, state: state)
        var lines: [FormLine] = []
        if let result = state.result(key) {
            // A name longer than the label column goes on under it, whole.
            let wrapped = DisplayWidth.of(label) > columns.label ? Paragraph.wrap(label, width: columns.label) : [label]
            lines.append(FormLine(factor: .init(x: 2, label: wrapped[0], columns: columns, result: result)))
            lines += wrapped.dropFirst().map { FormLine.text($0, x: 2) }
        } else {
            lines.append(.text(label + ": " + Strings.Browser.noData, x: 2))
        }
        if focused, let detail = state.details[key] { lines += detailLines(detail, columns: columns) }
        return lines
    }

    /// A linked level's name, with its trinn and gender where they are not the analysis's
    /// ("(alle trinn, alle)"), but no trinn for a group that answers for the whole school.
    static func levelLabel(_ linked: LinkedFactor, factor: Factor, state: AnalysisState) -> String {
        let key = state.key(factorID: linked.factorID, trinn: linked.trinn, gender: linked.gender)
        let byTrinn = state.info.instrument.group(of: factor)?.level == .trinn
        guard (byTrinn && key.trinn != state.analysis.context.trinn) || key.gender != .all else { return factor.name }
        return factor.name + " (\(Strings.AnalysisTUI.trinnAndGender(key.trinn, key.gender)))"
    }

    /// Boys and girls at the analysis's round, then each round: the same bars
    /// as the browser's factor detail.
    static func detailLines(_ detail: FactorDetail, columns rowColumns: FactorRowView.Columns) -> [FormLine] {
        let c = rowColumns
        let columns = FactorRowView.Columns(
            label: c.label - 2, bar: c.bar, value: c.value, n: c.n, sign: c.sign, references: c.references,
            share: c.share)
        return detail.breakdown.map {
            FormLine(factor: .init(x: 4, label: $0.label, columns: columns, result: $0.result))
        }
    }
}
