import KFLCore
import TerminalUI

/// Short texts about items of an analysis, shared by views and pickers.
enum AnalysisText {
    /// "H2 «Elevene som strever …»" with the whole text on one line (for a picker,
    /// which wraps it), or just "H2".
    static func hypothesisLabel(_ hypothesis: Hypothesis, index: Int) -> String {
        let number = Strings.AnalysisTUI.hypothesisNumber(index + 1)
        let text = hypothesis.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.allSatisfy(\.isWhitespace) ? number : number + " «" + text + "»"
    }

    /// "Trivsel på skolen (Elever 1–4)": a factor and whose answers it is, since two
    /// groups' factors can have the same name.
    static func factorName(_ factor: Factor, in instrument: Instrument) -> String {
        guard let group = instrument.group(of: factor) else { return factor.name }
        return "\(factor.name) (\(group.shortName))"
    }

    /// "lærer/undervisning · støttet · betydning stor · påvirke: ja".
    static func hypothesisAttributes(_ hypothesis: Hypothesis) -> String {
        let a = Strings.Analysis.self
        let none = a.notChosen
        return [
            "\(a.perspectiveLabel): \(hypothesis.perspective.map(a.perspectiveName) ?? none)",
            "\(a.assessmentLabel.lowercased()): \(a.assessmentName(hypothesis.assessment))",
            "\(a.importanceLabel.lowercased()): \(hypothesis.importance.map(a.importanceName) ?? none)",
            "\(a.influenceLabel.lowercased()) \(hypothesis.influence.map(a.influenceName) ?? none)",
        ].joined(separator: " · ")
    }

    /// "Uro i timene 2,9 ▼ (fylket 2,5)" for a result, or the factor name and why there is no value.
    static func evidence(_ factor: Factor, result: FactorResult?, minimumN: Int, ascii: Bool) -> String {
        guard let result, let unit = result.unit else { return "\(factor.name): \(Strings.Browser.noData)" }
        switch unit {
        case .suppressed(let reason):
            return "\(factor.name): \(Strings.suppressionText(reason, minimumN: minimumN))"
        case .value(let value):
            var text = "\(factor.name) \(NorwegianFormat.decimal(value.mean))"
            var reference: [String] = []
            if let county = result.county?.value {
                reference.append(
                    "\(Strings.Reference.county(result.referenceTrinn)) \(NorwegianFormat.decimal(county.mean))")
            }
            if let verdict = result.versusCounty?.verdict, verdict == .clearlyBetter || verdict == .clearlyWorse {
                text += " " + VerdictSign.glyph(verdict, ascii: ascii)
                reference.append(Strings.verdictText(verdict))
            }
            if !reference.isEmpty { text += " (" + reference.joined(separator: ", ") + ")" }
            return text
        }
    }

    /// The wrapped lines of a text as the editor would wrap it.
    static func wrapped(_ text: String, width: Int) -> [String] {
        TextEditor(text: text, cursor: 0).visibleLines(width: max(1, width), height: 100_000).map { line in
            TextLayout.trimmingTrailingSpaces(line.text)
        }
    }
}
