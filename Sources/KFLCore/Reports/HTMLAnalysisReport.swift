#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An analysis as one self-contained, printable HTML page: inline CSS, no
/// scripts, no external resources; bars drawn as inline SVG (which prints,
/// unlike CSS backgrounds), with the county and kommune marked.
public enum HTMLAnalysisReport {
    public static func render(_ data: AnalysisReportData) -> String {
        let a = data.analysis
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(Language.current.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(a.title))</title>",
            "<style>\(Template("report.css").render([:]))</style>",
            "</head>",
            "<body>",
            "<main>",
            "<h1>\(escape(a.title))</h1>",
        ]
        let r = Strings.Reports.self
        if data.provenance.isDemo {
            out.append(
                "<p class=\"demo\" role=\"note\"><strong>\(r.demoHeading).</strong> \(escape(Strings.demoDetail))</p>")
        }
        let dataLine = r.dataLine(source: data.provenance.source, createdAt: data.provenance.createdAt)
        out += [
            "<dl class=\"facts\">",
            "<dt>\(r.unitLabel)</dt><dd>\(escape(data.unitText))</dd>",
            "<dt>\(r.startLabel)</dt><dd>\(escape(data.contextText))</dd>",
            "<dt>\(r.statusLabel)</dt><dd>\(data.statusText)</dd>",
            "<dt>\(r.dataLabel)</dt><dd>\(escape(dataLine))</dd>",
            "</dl>",
        ]
        var phase: AnalysisPhase?
        for step in data.steps.steps {
            if step.phase != phase {
                if phase != nil { out.append("</section>") }
                phase = step.phase
                out += ["<section class=\"phase\">", "<h2>\(escape(data.steps.phaseName(step.phase)))</h2>"]
            }
            out += ["<section class=\"step\">", "<h3>\(step.number). \(escape(step.title))</h3>"]
            out += body(of: step.kind, data)
            out.append("</section>")
        }
        out += [
            "</section>",
            "<footer>\(escape(data.footerText))</footer>",
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
        return out.joined(separator: "\n")
    }

    static func body(of step: AnalysisStepKind, _ data: AnalysisReportData) -> [String] {
        let a = data.analysis
        switch step {
        case .challenge: return text(a.challenge)
        case .goal: return text(a.goal)
        case .information:
            var out = ["<h4>\(Strings.Analysis.linkedFactorsLabel)</h4>"]
            if data.linkedFactors.isEmpty {
                out += text("")
            }
            if !data.levelLines.isEmpty {
                var columns = data.resultColumns
                columns.insert("", at: 2)  // the bars
                out += [
                    "<table class=\"results\">", colgroup(Self.resultWidths), header(columns, barColumn: 2), "<tbody>",
                ]
                let row = Template("report-results-row.html")
                let sub = Template("report-results-subrow.html")
                for line in data.levelLines {
                    let verdict = line.result?.versusCounty?.verdict ?? .notComparable
                    var values = data.row(line).mapValues(escape)
                    values["verdict"] = verdictClass(verdict)
                    values["bar"] = HTMLBar.svg(line.factor, line.result, verdict: verdict)
                    out.append(row.render(values))
                    for (part, values) in zip(line.breakdown, data.breakdownRows(line)) {
                        let verdict = part.result.versusCounty?.verdict ?? .notComparable
                        var values = values.mapValues(escape)
                        values["verdict"] = verdictClass(verdict)
                        values["bar"] = HTMLBar.svg(line.factor, part.result, verdict: verdict)
                        out.append(sub.render(values))
                    }
                }
                let r = Strings.Reports.self
                let note = [r.legend, r.resultsCaption, r.comparisonRule].map(escape).joined(separator: " ")
                out += ["</tbody>", "</table>", "<p class=\"note\">\(note)</p>"]
            }
            if !data.shareLines.isEmpty {
                out += [
                    "<h4>\(escape(Strings.Shares.reportHeading))</h4>", "<table class=\"shares\">",
                    colgroup(Self.shareWidths), header(data.shareColumns, barColumn: nil), "<tbody>",
                ]
                let row = Template("report-shares-row.html")
                for (line, result) in data.shareLines {
                    var values = data.shareRow(line, result).mapValues(escape)
                    values["verdict"] = verdictClass(result.shareVersusCounty?.verdict ?? .notComparable)
                    out.append(row.render(values))
                }
                out += ["</tbody>", "</table>", "<p class=\"note\">\(escape(Strings.Shares.note))</p>"]
            }
            if !data.linkedDataLines.isEmpty {
                out += [
                    "<h4>\(escape(Strings.Reports.linkedDataHeading))</h4>", "<table class=\"linked\">",
                    colgroup(Self.linkedWidths), header(data.linkedColumns, barColumn: nil), "<tbody>",
                ]
                let row = Template("report-linked-row.html")
                for line in data.linkedDataLines {
                    var values = data.linkedRow(line).mapValues(escape)
                    values["verdict"] = verdictClass(line.data?.outcome.verdict ?? .notComparable)
                    out.append(row.render(values))
                }
                out += ["</tbody>", "</table>", "<p class=\"note\">\(escape(Strings.Reports.linkedCaption))</p>"]
            }
            return out + ["<h4>\(Strings.Analysis.fieldLabel(.otherSources))</h4>"] + text(a.otherSources)
        case .analysis:
            guard !a.hypotheses.isEmpty else { return text("") }
            var out = ["<p class=\"note\">\(escape(Strings.Analysis.prioritisationRule))</p>"]
            for (index, h) in a.hypotheses.enumerated() {
                let heading = Strings.Reports.hypothesisHeading(index + 1, prioritised: h.isPrioritised)
                out += ["<article class=\"item\(h.isPrioritised ? " prioritised" : "")\">", "<h4>\(heading)</h4>"]
                out += text(h.text)
                let facts = data.facts(of: h)
                let labels = Strings.Analysis.self
                out += [
                    "<dl>",
                    row(labels.perspectiveLabel, facts.perspective),
                    row(labels.evidenceLabel, facts.evidence),
                    row(labels.assessmentLabel, facts.assessment),
                    row(labels.reasonLabel, facts.reason),
                    row(labels.importanceLabel, facts.importance),
                    row(labels.influenceLabel, facts.influence),
                    "</dl>",
                    "</article>",
                ]
            }
            return out + warningLines(a, step: .analysis)
        case .actions:
            var out: [String] = []
            for (index, t) in a.actions.enumerated() {
                out += ["<article class=\"item\">", "<h4>\(Strings.Reports.actionHeading(index + 1))</h4>"]
                out += text(t.what)
                let facts = data.facts(of: t)
                out += [
                    "<dl>",
                    row(Strings.Analysis.actionWho, facts.who),
                    row(Strings.Analysis.actionFromWhen, facts.fromWhen),
                    row(Strings.Analysis.actionHowOften, facts.howOften),
                    row(Strings.Analysis.actionHypotheses, facts.targets),
                    "</dl>",
                    "</article>",
                ]
            }
            if a.actions.isEmpty { out += text("") }
            return out + warningLines(a, step: .actions)
        case .implementation: return text(a.implementation)
        case .evaluation:
            var out = ["<h4>\(Strings.Analysis.indicatorsLabel)</h4>"]
            if data.indicators.isEmpty {
                out += text("")
            } else {
                out += [
                    "<table class=\"indicators\">", colgroup(Self.indicatorWidths),
                    header(data.indicatorColumns, barColumn: nil), "<tbody>",
                ]
                let row = Template("report-indicators-row.html")
                for line in data.indicators {
                    var values = data.row(line).mapValues(escape)
                    values["verdict"] = verdictClass(line.progress?.change?.verdict ?? .notComparable)
                    out.append(row.render(values))
                }
                out += ["</tbody>", "</table>"]
            }
            for field in AnalysisTextField.evaluationQuestions {
                out += ["<h4>\(escape(Strings.Analysis.fieldLabel(field)))</h4>"] + text(a[field])
            }
            return out
        }
    }

    /// The user's text as paragraphs (blank lines) and line breaks, escaped.
    static func text(_ value: String) -> [String] {
        let trimmed = value.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return ["<p class=\"empty\">\(Strings.Analysis.empty)</p>"] }
        return trimmed.components(separatedBy: "\n\n").map { paragraph in
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            return "<p>" + lines.joined(separator: "<br>") + "</p>"
        }
    }

    /// Column widths in per cent of the page, for each table: fixed, so a long
    /// text wraps inside its column and never pushes the next one off an A4
    /// page. Each set adds up to 100.
    static let resultWidths = [20, 14, 15, 13, 9, 9, 20]
    static let indicatorWidths = [14, 11, 15, 11, 7, 12, 12, 18]
    static let linkedWidths = [18, 14, 14, 22, 20, 12]
    static let shareWidths = [18, 12, 16, 16, 12, 10, 16]

    static func colgroup(_ widths: [Int]) -> String {
        "<colgroup>" + widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>"
    }

    /// A table's head; the column at `barColumn` holds the bars.
    static func header(_ columns: [String], barColumn: Int?) -> String {
        let cells = columns.enumerated().map { index, name in
            index == barColumn ? "<th class=\"bar\"></th>" : "<th>\(name)</th>"
        }
        return "<thead><tr>" + cells.joined() + "</tr></thead>"
    }

    static func row(_ label: String, _ value: String) -> String {
        "<dt>\(escape(label))</dt><dd>\(escape(value))</dd>"
    }

    static func verdictClass(_ verdict: Verdict) -> String {
        switch verdict {
        case .clearlyBetter: return "better"
        case .clearlyWorse: return "worse"
        case .noClearDifference, .notComparable: return "same"
        }
    }

    /// Escapes text for HTML content and attribute values.
    /// The step's loose threads, under «Å se nærmere på»; nothing when there are none.
    static func warningLines(_ a: Analysis, step: AnalysisStepKind) -> [String] {
        let warnings = a.warnings().filter { $0.step == step }
        guard !warnings.isEmpty else { return [] }
        return ["<div class=\"warnings\"><h4>\(Strings.Reports.warningsHeading)</h4><ul>"]
            + warnings.map { "<li>\(escape($0.message))</li>" } + ["</ul></div>"]
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
