import Foundation

/// An analysis as Markdown, for e-mail and Teams: every step with its
/// content, the linked results as a table, warnings, indicators and the
/// evaluation answers.
public enum MarkdownAnalysisReport {
    public static func render(_ data: AnalysisReportData) -> String {
        let a = data.analysis
        var out: [String] = ["# " + inline(a.title), ""]
        if data.provenance.isDemo {
            out += ["> **\(Strings.Reports.demoHeading).** \(Strings.demoNotice)", ""]
        }
        out += [
            "**\(Strings.Reports.unitLabel):** \(inline(data.unitText))  ",
            "**\(Strings.Reports.startLabel):** \(data.contextText)  ",
            "**\(Strings.Reports.statusLabel):** \(Strings.Analysis.statusName(a.status)) · \(Strings.Reports.createdLabel) \(Strings.date(a.createdAt)) · \(Strings.Reports.updatedLabel) \(Strings.dateTime(a.updatedAt))  ",
            "**\(Strings.Reports.dataLabel):** \(inline(Strings.Reports.dataLine(source: data.provenance.source, createdAt: data.provenance.createdAt)))",
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
        out += ["---", "", "*" + Strings.Reports.footer(minimumN: data.provenance.minimumN, exportedAt: Strings.dateTime(data.exportedAt)) + "*", ""]
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
            } else {
                out += [
                    "| \(Strings.Reports.factorColumn) | \(Strings.Reports.selectionColumn) | \(Strings.Reports.unitColumn) | \(Strings.Reports.municipalityColumn) | \(Strings.Reports.countyColumn) | \(Strings.Reports.differenceColumn) |",
                    "|---|---|---:|---:|---:|---|",
                ]
                for line in data.linkedFactors {
                    let r = line.result
                    out.append("| \(cell(line.factor.name)) (\(Strings.directionText(line.factor.direction))) | \(cell(data.selectionText(group: line.groupName, trinn: line.linked.trinn, gender: line.linked.gender))) | \(cell(data.cellText(r?.unit))) | \(r?.municipality == nil ? "–" : cell(data.cellText(r?.municipality, withN: false))) | \(cell(data.cellText(r?.county, withN: false))) | \(cell(data.comparisonText(r?.versusCounty))) |")
                }
                out += ["", "*\(Strings.Reports.resultsCaption) \(Strings.Reports.comparisonRule)*", ""]
            }
            return out + ["**\(Strings.Analysis.fieldLabel(.otherSources))**", ""] + text(a.otherSources)
        case .analysis:
            guard !a.hypotheses.isEmpty else { return ["*\(Strings.Analysis.empty)*", ""] }
            var out = ["*\(Strings.Analysis.prioritisationRule)*", ""]
            for (index, h) in a.hypotheses.enumerated() {
                out += ["#### \(Strings.Reports.hypothesisHeading(index + 1, prioritised: h.isPrioritised))", ""]
                out += text(h.text)
                out.append("- \(Strings.Analysis.perspectiveLabel): \(h.perspective.map(Strings.Analysis.perspectiveName) ?? Strings.Analysis.notChosen)")
                out.append("- \(Strings.Analysis.evidenceLabel): \(h.evidence.isEmpty ? Strings.Analysis.notChosen : inline(h.evidence.map(data.factorName).joined(separator: ", ")))")
                out.append("- \(Strings.Analysis.assessmentLabel): \(Strings.Analysis.assessmentName(h.assessment))")
                out.append("- \(Strings.Analysis.importanceLabel): \(h.importance.map(Strings.Analysis.importanceName) ?? Strings.Analysis.notChosen)")
                out.append("- \(Strings.Analysis.influenceLabel) \(h.influence.map(Strings.Analysis.influenceName) ?? Strings.Analysis.notChosen)")
                out.append("")
            }
            return out
        case .actions:
            var out: [String] = []
            for (index, t) in a.actions.enumerated() {
                out += ["#### \(Strings.Reports.actionHeading(index + 1))", ""]
                out += text(t.what)
                out.append("- \(Strings.Analysis.actionWho): \(inline(t.who.isEmpty ? Strings.Analysis.empty : t.who))")
                out.append("- \(Strings.Analysis.actionFromWhen): \(inline(t.fromWhen.isEmpty ? Strings.Analysis.empty : t.fromWhen))")
                out.append("- \(Strings.Analysis.actionHowOften): \(inline(t.howOften.isEmpty ? Strings.Analysis.empty : t.howOften))")
                let targets = t.hypothesisIDs.compactMap(data.hypothesisLabel)
                out.append("- \(Strings.Analysis.actionHypotheses): \(targets.isEmpty ? "–" : inline(targets.joined(separator: "; ")))")
                out.append("")
            }
            if a.actions.isEmpty { out += ["*\(Strings.Analysis.empty)*", ""] }
            let warnings = a.warnings()
            if !warnings.isEmpty {
                out += ["**\(Strings.Reports.warningsHeading)**", ""] + warnings.map { "- " + inline($0.message) } + [""]
            }
            return out
        case .implementation: return text(a.implementation)
        case .evaluation:
            var out = ["**\(Strings.Analysis.indicatorsLabel)**", ""]
            if data.indicators.isEmpty {
                out += ["*\(Strings.Analysis.empty)*", ""]
            } else {
                out += [
                    "| \(Strings.Reports.factorColumn) | \(Strings.Reports.selectionColumn) | \(Strings.Analysis.indicatorChange) | \(Strings.Analysis.indicatorTarget) | \(Strings.Analysis.indicatorByRound) | \(Strings.Reports.startColumn) | \(Strings.Reports.latestColumn) | \(Strings.Reports.changeColumn) |",
                    "|---|---|---|---:|---|---:|---:|---|",
                ]
                for line in data.indicators {
                    let i = line.indicator
                    let p = line.progress
                    out.append("| \(cell(data.factorName(i.factorID))) | \(cell(data.selectionText(group: line.groupName, trinn: i.trinn, gender: i.gender))) | \(cell(i.changeSought)) | \(cell(IndicatorText.target(i, p))) | \(i.byRound.map(String.init) ?? "–") | \(cell(p.map { "\($0.startRound): " + data.cellText($0.start) } ?? "–")) | \(cell(IndicatorText.latest(p, data))) | \(cell(IndicatorText.change(p, data))) |")
                }
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
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return ["*\(Strings.Analysis.empty)*", ""] }
        // A line break the group typed stays a line break in Teams and e-mail (two trailing spaces).
        var paragraphs: [[String]] = [[]]
        for line in trimmed.components(separatedBy: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return [paragraphs.map { $0.joined(separator: "  \n") }.joined(separator: "\n\n"), ""]
    }

    /// One line: newlines become spaces.
    static func inline(_ value: String) -> String {
        value.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A table cell: one line, pipes escaped.
    static func cell(_ value: String) -> String {
        inline(value).replacingOccurrences(of: "|", with: "\\|")
    }
}

/// Texts for an indicator's latest value and change, shared by the reports.
enum IndicatorText {
    static func latest(_ progress: IndicatorProgress?, _ data: AnalysisReportData) -> String {
        guard let progress else { return "–" }
        guard let round = progress.latestRound else { return Strings.Analysis.noLaterRound(progress.startRound) }
        return "\(round): " + data.cellText(progress.latest)
    }

    /// "Endring 2016–2018: +0,30, 95 %-intervall […], d 0,45: klar endring i ønsket retning",
    /// by the two-sample rule, or why it cannot be told yet.
    static func change(_ progress: IndicatorProgress?, _ data: AnalysisReportData) -> String {
        guard let progress else { return "–" }
        let outcome = Strings.Analysis.indicatorOutcome(progress.outcome)
        guard let round = progress.latestRound else { return outcome.capitalizedFirst }
        guard let change = progress.change else {
            return outcome.capitalizedFirst + ". " + Strings.Analysis.changeNotComparable
        }
        return Strings.Development.changeLine(
            from: progress.startRound, to: round, text: Strings.Development.comparisonText(change, verdict: outcome))
    }

    /// "3,60 – målverdien er nådd", or "–" without a target.
    static func target(_ indicator: Indicator, _ progress: IndicatorProgress?) -> String {
        guard let target = indicator.target else { return "–" }
        let value = NorwegianFormat.decimal(target, digits: 2)
        guard let status = progress?.targetStatus else { return value }
        return value + " – " + Strings.Analysis.targetStatus(status)
    }
}

extension String {
    /// The first letter in upper case ("kan ikke …" → "Kan ikke …").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
