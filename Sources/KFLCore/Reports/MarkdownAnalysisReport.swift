#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An analysis as Markdown, for e-mail and Teams: every step with its
/// content, the linked results as a table, warnings, indicators and the
/// evaluation answers.
public enum MarkdownAnalysisReport {
    public static func render(_ data: AnalysisReportData) -> String {
        let a = data.analysis
        var out: [String] = ["# " + inline(a.title), ""]
        if data.provenance.isDemo {
            out += ["> **\(Strings.Reports.demoHeading).** \(Strings.demoDetail)", ""]
        }
        let r = Strings.Reports.self
        let provenance = data.provenance
        out += [
            "**\(r.unitLabel):** \(inline(data.unitText))  ",
            "**\(r.startLabel):** \(data.contextText)  ",
            "**\(r.statusLabel):** \(data.statusText)  ",
            "**\(r.dataLabel):** \(inline(r.dataLine(source: provenance.source, createdAt: provenance.createdAt)))",
            "",
        ]
        var phase: AnalysisPhase?
        for step in data.steps.steps {
            if step.phase != phase {
                phase = step.phase
                out += ["## " + data.steps.phaseName(step.phase), ""]
            }
            out += ["### \(step.number). \(step.title)", ""]
            out += body(of: step.kind, data)
        }
        out += ["---", "", "*" + data.footerText + "*", ""]
        return out.joined(separator: "\n")
    }

    static func body(of step: AnalysisStepKind, _ data: AnalysisReportData) -> [String] {
        let a = data.analysis
        switch step {
        case .challenge: return text(a.challenge)
        case .goal: return text(a.goal)
        case .information:
            var out = ["**\(Strings.Analysis.linkedFactorsLabel)**", ""]
            if data.linkedFactors.isEmpty {
                out += ["*\(Strings.Analysis.empty)*", ""]
            }
            if !data.levelLines.isEmpty {
                out += [header(data.resultColumns), "|---|---|---:|---:|---:|---|"]
                let row = Template("report-results-row.md")
                let sub = Template("report-results-subrow.md")
                for line in data.levelLines {
                    out.append(row.render(data.row(line).mapValues(cell)))
                    out += data.breakdownRows(line).map { sub.render($0.mapValues(cell)) }
                }
                out += ["", "*\(Strings.Reports.resultsCaption) \(Strings.Reports.comparisonRule)*", ""]
            }
            if !data.shareLines.isEmpty {
                out += [
                    "**\(Strings.Shares.reportHeading)**", "", header(data.shareColumns),
                    "|---|---|---|---:|---:|---:|---|",
                ]
                let row = Template("report-shares-row.md")
                for (line, result) in data.shareLines {
                    out.append(row.render(data.shareRow(line, result).mapValues(cell)))
                }
                out += ["", "*\(Strings.Shares.note)*", ""]
            }
            if !data.linkedDataLines.isEmpty {
                out += ["**\(Strings.Reports.linkedDataHeading)**", ""]
                out += [header(data.linkedColumns), "|---|---|---|---|---|---|"]
                let row = Template("report-linked-row.md")
                for line in data.linkedDataLines { out.append(row.render(data.linkedRow(line).mapValues(cell))) }
                out += ["", "*\(Strings.Reports.linkedCaption)*", ""]
            }
            return out + ["**\(Strings.Analysis.fieldLabel(.otherSources))**", ""] + text(a.otherSources)
        case .analysis:
            guard !a.hypotheses.isEmpty else { return ["*\(Strings.Analysis.empty)*", ""] }
            var out = ["*\(Strings.Analysis.prioritisationRule)*", ""]
            for (index, h) in a.hypotheses.enumerated() {
                out += ["#### \(Strings.Reports.hypothesisHeading(index + 1, prioritised: h.isPrioritised))", ""]
                out += text(h.text)
                let facts = data.facts(of: h)
                out.append("- \(Strings.Analysis.perspectiveLabel): \(facts.perspective)")
                out.append("- \(Strings.Analysis.evidenceLabel): \(inline(facts.evidence))")
                out.append("- \(Strings.Analysis.assessmentLabel): \(facts.assessment)")
                out.append("- \(Strings.Analysis.reasonLabel): \(inline(facts.reason))")
                out.append("- \(Strings.Analysis.importanceLabel): \(facts.importance)")
                out.append("- \(Strings.Analysis.influenceLabel) \(facts.influence)")
                out.append("")
            }
            return out + warningLines(a, step: .analysis)
        case .actions:
            var out: [String] = []
            for (index, t) in a.actions.enumerated() {
                out += ["#### \(Strings.Reports.actionHeading(index + 1))", ""]
                out += text(t.what)
                let facts = data.facts(of: t)
                out.append("- \(Strings.Analysis.actionWho): \(inline(facts.who))")
                out.append("- \(Strings.Analysis.actionFromWhen): \(inline(facts.fromWhen))")
                out.append("- \(Strings.Analysis.actionHowOften): \(inline(facts.howOften))")
                out.append("- \(Strings.Analysis.actionHypotheses): \(inline(facts.targets))")
                out.append("")
            }
            if a.actions.isEmpty { out += ["*\(Strings.Analysis.empty)*", ""] }
            return out + warningLines(a, step: .actions)
        case .implementation: return text(a.implementation)
        case .evaluation:
            var out = ["**\(Strings.Analysis.indicatorsLabel)**", ""]
            if data.indicators.isEmpty {
                out += ["*\(Strings.Analysis.empty)*", ""]
            } else {
                out += [header(data.indicatorColumns), "|---|---|---|---:|---|---:|---:|---|"]
                let row = Template("report-indicators-row.md")
                for line in data.indicators { out.append(row.render(data.row(line).mapValues(cell))) }
                out.append("")
            }
            for field in AnalysisTextField.evaluationQuestions {
                out += ["**\(Strings.Analysis.fieldLabel(field))**", ""] + text(data.analysis[field])
            }
            return out
        }
    }

    /// A paragraph of the user's text as written, or "(ikke fylt ut)".
    static func text(_ value: String) -> [String] {
        let trimmed = escapeHTML(value).trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return ["*\(Strings.Analysis.empty)*", ""] }
        // A line break the group typed stays a line break in Teams and e-mail (two trailing spaces).
        var paragraphs: [[String]] = [[]]
        for line in trimmed.components(separatedBy: "\n").map({ $0.trimmingWhitespace() }) {
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return [paragraphs.map { $0.joined(separator: "  \n") }.joined(separator: "\n\n"), ""]
    }

    /// A table's header row.
    static func header(_ columns: [String]) -> String { "| " + columns.joined(separator: " | ") + " |" }

    /// One line: newlines become spaces; HTML in it is shown, never run.
    /// The step's loose threads, under «Å se nærmere på»; nothing when there are none.
    static func warningLines(_ a: Analysis, step: AnalysisStepKind) -> [String] {
        let warnings = a.warnings().filter { $0.step == step }
        guard !warnings.isEmpty else { return [] }
        return ["**\(Strings.Reports.warningsHeading)**", ""] + warnings.map { "- " + inline($0.message) } + [""]
    }

    static func inline(_ value: String) -> String {
        escapeHTML(value.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// `<`, `>` and `&` as entities: Markdown renderers pass raw HTML through,
    /// and an imported analysis may carry some.
    static func escapeHTML(_ value: String) -> String {
        value.replacingEvery("&", with: "&amp;").replacingEvery("<", with: "&lt;")
            .replacingEvery(">", with: "&gt;")
    }

    /// A table cell: one line, pipes escaped.
    static func cell(_ value: String) -> String {
        inline(value).replacingEvery("|", with: "\\|")
    }
}
