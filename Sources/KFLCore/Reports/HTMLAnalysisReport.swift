import Foundation

/// An analysis as one self-contained, printable HTML page: inline CSS, no
/// scripts, no external resources; bars drawn as inline SVG (which prints,
/// unlike CSS backgrounds), with the county and kommune marked.
public enum HTMLAnalysisReport {
    public static func render(_ data: AnalysisReportData) -> String {
        let a = data.analysis
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"nb\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(a.title))</title>",
            "<style>\(style)</style>",
            "</head>",
            "<body>",
            "<main>",
            "<h1>\(escape(a.title))</h1>",
        ]
        if data.provenance.isDemo {
            out.append("<p class=\"demo\" role=\"note\"><strong>\(Strings.Reports.demoHeading).</strong> \(escape(Strings.demoNotice))</p>")
        }
        out += [
            "<dl class=\"facts\">",
            "<dt>\(Strings.Reports.unitLabel)</dt><dd>\(escape(data.unitText))</dd>",
            "<dt>\(Strings.Reports.startLabel)</dt><dd>\(escape(data.contextText))</dd>",
            "<dt>\(Strings.Reports.statusLabel)</dt><dd>\(Strings.Analysis.statusName(a.status)) · \(Strings.Reports.createdLabel) \(Strings.date(a.createdAt)) · \(Strings.Reports.updatedLabel) \(Strings.dateTime(a.updatedAt))</dd>",
            "<dt>\(Strings.Reports.dataLabel)</dt><dd>\(escape(Strings.Reports.dataLine(source: data.provenance.source, createdAt: data.provenance.createdAt)))</dd>",
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
            "<footer>\(escape(Strings.Reports.footer(minimumN: data.provenance.minimumN, exportedAt: Strings.dateTime(data.exportedAt))))</footer>",
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
            } else {
                out += [
                    "<table class=\"results\">",
                    "<thead><tr><th>\(Strings.Reports.factorColumn)</th><th>\(Strings.Reports.selectionColumn)</th><th class=\"bar\"></th><th>\(Strings.Reports.unitColumn)</th><th>\(Strings.Reports.municipalityColumn)</th><th>\(Strings.Reports.countyColumn)</th><th>\(Strings.Reports.differenceColumn)</th></tr></thead>",
                    "<tbody>",
                ]
                for line in data.linkedFactors {
                    let r = line.result
                    let verdict = r?.versusCounty?.verdict ?? .notComparable
                    out.append("<tr class=\"\(verdictClass(verdict))\"><td>\(escape(line.factor.name))<br><small>\(Strings.directionText(line.factor.direction))</small></td><td>\(escape(data.selectionText(group: line.groupName, trinn: line.linked.trinn, gender: line.linked.gender)))</td><td class=\"bar\">\(HTMLBar.svg(line.factor, r, verdict: verdict))</td><td class=\"num\">\(escape(data.cellText(r?.unit)))</td><td class=\"num\">\(r?.municipality == nil ? "–" : escape(data.cellText(r?.municipality, withN: false)))</td><td class=\"num\">\(escape(data.cellText(r?.county, withN: false)))</td><td>\(escape(data.comparisonText(r?.versusCounty)))</td></tr>")
                }
                out += ["</tbody>", "</table>", "<p class=\"note\">\(escape(Strings.Reports.legend)) \(escape(Strings.Reports.resultsCaption)) \(escape(Strings.Reports.comparisonRule))</p>"]
            }
            return out + ["<h4>\(Strings.Analysis.fieldLabel(.otherSources))</h4>"] + text(a.otherSources)
        case .analysis:
            guard !a.hypotheses.isEmpty else { return text("") }
            var out = ["<p class=\"note\">\(escape(Strings.Analysis.prioritisationRule))</p>"]
            for (index, h) in a.hypotheses.enumerated() {
                out += ["<article class=\"item\(h.isPrioritised ? " prioritised" : "")\">", "<h4>\(Strings.Reports.hypothesisHeading(index + 1, prioritised: h.isPrioritised))</h4>"]
                out += text(h.text)
                out += [
                    "<dl>",
                    row(Strings.Analysis.perspectiveLabel, h.perspective.map(Strings.Analysis.perspectiveName) ?? Strings.Analysis.notChosen),
                    row(Strings.Analysis.evidenceLabel, h.evidence.isEmpty ? Strings.Analysis.notChosen : h.evidence.map(data.factorName).joined(separator: ", ")),
                    row(Strings.Analysis.assessmentLabel, Strings.Analysis.assessmentName(h.assessment)),
                    row(Strings.Analysis.importanceLabel, h.importance.map(Strings.Analysis.importanceName) ?? Strings.Analysis.notChosen),
                    row(Strings.Analysis.influenceLabel, h.influence.map(Strings.Analysis.influenceName) ?? Strings.Analysis.notChosen),
                    "</dl>",
                    "</article>",
                ]
            }
            return out
        case .actions:
            var out: [String] = []
            for (index, t) in a.actions.enumerated() {
                out += ["<article class=\"item\">", "<h4>\(Strings.Reports.actionHeading(index + 1))</h4>"]
                out += text(t.what)
                let targets = t.hypothesisIDs.compactMap(data.hypothesisLabel)
                out += [
                    "<dl>",
                    row(Strings.Analysis.actionWho, t.who.isEmpty ? Strings.Analysis.empty : t.who),
                    row(Strings.Analysis.actionFromWhen, t.fromWhen.isEmpty ? Strings.Analysis.empty : t.fromWhen),
                    row(Strings.Analysis.actionHowOften, t.howOften.isEmpty ? Strings.Analysis.empty : t.howOften),
                    row(Strings.Analysis.actionHypotheses, targets.isEmpty ? "–" : targets.joined(separator: "; ")),
                    "</dl>",
                    "</article>",
                ]
            }
            if a.actions.isEmpty { out += text("") }
            let warnings = a.warnings()
            if !warnings.isEmpty {
                out += ["<div class=\"warnings\"><h4>\(Strings.Reports.warningsHeading)</h4><ul>"]
                out += warnings.map { "<li>\(escape($0.message))</li>" }
                out += ["</ul></div>"]
            }
            return out
        case .implementation: return text(a.implementation)
        case .evaluation:
            var out = ["<h4>\(Strings.Analysis.indicatorsLabel)</h4>"]
            if data.indicators.isEmpty {
                out += text("")
            } else {
                out += [
                    "<table class=\"indicators\">",
                    "<thead><tr><th>\(Strings.Reports.factorColumn)</th><th>\(Strings.Reports.selectionColumn)</th><th>\(Strings.Analysis.indicatorChange)</th><th>\(Strings.Analysis.indicatorTarget)</th><th>\(Strings.Analysis.indicatorByRound)</th><th>\(Strings.Reports.startColumn)</th><th>\(Strings.Reports.latestColumn)</th><th>\(Strings.Reports.changeColumn)</th></tr></thead>",
                    "<tbody>",
                ]
                for line in data.indicators {
                    let i = line.indicator
                    let p = line.progress
                    out.append("<tr class=\"\(verdictClass(p?.change?.verdict ?? .notComparable))\"><td>\(escape(data.factorName(i.factorID)))</td><td>\(escape(data.selectionText(group: line.groupName, trinn: i.trinn, gender: i.gender)))</td><td>\(escape(i.changeSought))</td><td class=\"num\">\(escape(IndicatorText.target(i, p)))</td><td>\(i.byRound.map(String.init) ?? "–")</td><td class=\"num\">\(escape(p.map { "\($0.startRound): " + data.cellText($0.start) } ?? "–"))</td><td class=\"num\">\(escape(IndicatorText.latest(p, data)))</td><td>\(escape(IndicatorText.change(p, data)))</td></tr>")
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
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return ["<p class=\"empty\">\(Strings.Analysis.empty)</p>"] }
        return trimmed.components(separatedBy: "\n\n").map { paragraph in
            "<p>" + paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>") + "</p>"
        }
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

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;margin:0;line-height:1.45}\
        main{max-width:60rem;margin:0 auto;padding:1.5rem}\
        h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.3rem;border-bottom:2px solid #1b1b1b;margin-top:2rem}\
        h3{font-size:1.1rem;margin-top:1.5rem}h4{font-size:1rem;margin:1rem 0 .3rem}\
        .demo{border:3px solid #b35c00;background:#fff4e5;padding:.6rem .8rem;font-size:1.05rem}\
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.3rem 0}dt{font-weight:600}dd{margin:0}\
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}\
        th,td{border-bottom:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}\
        td.num{text-align:right;white-space:nowrap}td.bar{width:12.5rem}\
        tr.better td:last-child{color:#1d6b2f;font-weight:600}tr.worse td:last-child{color:#a33a00;font-weight:600}\
        .note{font-size:.85rem;color:#444}.empty{color:#666;font-style:italic}\
        .item{border-left:4px solid #ccc;padding-left:.8rem;margin:.8rem 0}.item.prioritised{border-left-color:#1b1b1b}\
        .warnings{border:2px solid #b35c00;padding:.2rem .8rem;margin:.8rem 0}\
        footer{margin-top:2rem;font-size:.8rem;color:#444;border-top:1px solid #ccc;padding-top:.5rem}\
        @media print{main{max-width:none;padding:0}body{font-size:10.5pt}section.step,article,tr{break-inside:avoid}\
        h2,h3,h4{break-after:avoid}.demo{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\
        @page{margin:1.6cm}
        """
}
