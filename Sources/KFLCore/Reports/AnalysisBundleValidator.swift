#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Checks every field of an analysis bundle before it is imported, so a
/// hand-edited or damaged file is refused with the JSON path of each problem
/// (`analysis.linkedFactors[1].trinn: …`) instead of failing half-way in the
/// workbook with a constraint error.
///
/// Types are checked by decoding; this checks what types cannot say: ids
/// present and unique, factors and groups known to the instrument, trinn and
/// rounds in range, tiltak aimed at hypotheses that exist, no control
/// characters (ESC would reach the terminal when the analysis is shown).
public struct AnalysisBundleValidator {
    /// The most problems listed; a file with more is counted.
    public static let problemLimit = 25

    public let instrument: Instrument

    public init(instrument: Instrument = .builtIn) {
        self.instrument = instrument
    }

    /// Every problem, in order of the file; empty for a bundle that can be imported.
    public func problems(in analysis: Analysis) -> [AnalysisBundleProblem] {
        var found = Collector()
        let root = "analysis"
        var ids: [String: String] = [:]
        func id(_ value: String, at path: String) {
            if value.trimmingWhitespace().isEmpty {
                found.add(path, Strings.BundleCheck.emptyID)
            } else if let first = ids[value] {
                found.add(path, Strings.BundleCheck.duplicateID(value, first: first))
            } else {
                ids[value] = path
            }
            line(value, at: path)
        }
        func line(_ text: String, at path: String) {
            if let bad = ControlCharacters.first(in: text) {
                found.add(path, Strings.BundleCheck.control(ControlCharacters.escape(bad)))
            }
        }
        func paragraph(_ text: String, at path: String) {
            if let bad = ControlCharacters.first(in: text, allowing: ["\n", "\t"]) {
                found.add(path, Strings.BundleCheck.control(ControlCharacters.escape(bad)))
            }
        }

        id(analysis.id, at: "\(root).id")
        line(analysis.title, at: "\(root).title")
        if analysis.unit.code.isEmpty { found.add("\(root).unit.code", Strings.BundleCheck.emptyValue) }
        line(analysis.unit.code, at: "\(root).unit.code")
        line(analysis.unit.name, at: "\(root).unit.name")
        round(analysis.context.round, at: "\(root).context.round", into: &found)
        var contextGroup: RespondentGroup?
        if let groupID = analysis.context.groupID {
            contextGroup = instrument.group(id: groupID)
            if contextGroup == nil {
                found.add(
                    "\(root).context.groupID",
                    Strings.BundleCheck.unknownGroup(
                        groupID, suggestion: NearestMatch.find(groupID, in: instrument.groups.map(\.id))))
            }
        }
        trinn(analysis.context.trinn, group: contextGroup, at: "\(root).context.trinn", into: &found)
        for field in AnalysisTextField.allCases { paragraph(analysis[field], at: "\(root).\(Self.key(of: field))") }

        for (i, linked) in analysis.linkedFactors.enumerated() {
            let path = "\(root).linkedFactors[\(i)]"
            id(linked.id, at: "\(path).id")
            let factor = self.factor(linked.factorID, at: "\(path).factorID", into: &found)
            trinn(linked.trinn, group: factor.flatMap(instrument.group(of:)), at: "\(path).trinn", into: &found)
        }
        for (i, hypothesis) in analysis.hypotheses.enumerated() {
            let path = "\(root).hypotheses[\(i)]"
            id(hypothesis.id, at: "\(path).id")
            paragraph(hypothesis.text, at: "\(path).text")
            for (j, evidence) in hypothesis.evidence.enumerated() {
                _ = factor(evidence, at: "\(path).evidence[\(j)]", into: &found)
            }
        }
        let hypothesisIDs = Set(analysis.hypotheses.map(\.id))
        for (i, action) in analysis.actions.enumerated() {
            let path = "\(root).actions[\(i)]"
            id(action.id, at: "\(path).id")
            let texts = [
                ("what", action.what), ("who", action.who),
                ("fromWhen", action.fromWhen), ("howOften", action.howOften),
            ]
            for (key, text) in texts { paragraph(text, at: "\(path).\(key)") }
            var aimed = Set<String>()
            for (j, target) in action.hypothesisIDs.enumerated() {
                let targetPath = "\(path).hypothesisIDs[\(j)]"
                if !hypothesisIDs.contains(target) {
                    found.add(targetPath, Strings.BundleCheck.unknownHypothesis(ControlCharacters.escaped(target)))
                } else if !aimed.insert(target).inserted {
                    found.add(targetPath, Strings.BundleCheck.hypothesisTwice(ControlCharacters.escaped(target)))
                }
            }
        }
        for (i, indicator) in analysis.indicators.enumerated() {
            let path = "\(root).indicators[\(i)]"
            id(indicator.id, at: "\(path).id")
            let factor = self.factor(indicator.factorID, at: "\(path).factorID", into: &found)
            trinn(indicator.trinn, group: factor.flatMap(instrument.group(of:)), at: "\(path).trinn", into: &found)
            paragraph(indicator.changeSought, at: "\(path).changeSought")
            if let target = indicator.target, let factor, !factor.scale.contains(target) {
                found.add("\(path).target", Strings.BundleCheck.targetOutsideScale(target, scale: factor.scale))
            }
            if let byRound = indicator.byRound {
                // A goal may lie beyond the data: the rounds the TUI offers, and any round of the survey.
                let possible = Set(
                    instrument.rounds + Indicator.targetRounds(after: analysis.context.round, in: instrument.rounds))
                if !possible.contains(byRound) {
                    found.add("\(path).byRound", Strings.BundleCheck.unknownRound(byRound, rounds: possible.sorted()))
                }
            }
        }
        return found.problems
    }

    /// The JSON key of a text field, as `Analysis` encodes it.
    static func key(of field: AnalysisTextField) -> String {
        field.step == .evaluation ? "evaluation.\(field.rawValue)" : field.rawValue
    }

    private func factor(_ id: String, at path: String, into found: inout Collector) -> Factor? {
        if let factor = instrument.factor(id: id) { return factor }
        let suggestion = NearestMatch.find(id, in: instrument.factors.map(\.id))
        let unknown = Strings.BundleCheck.unknownFactor(ControlCharacters.escaped(id), suggestion: suggestion)
        found.add(path, id.isEmpty ? Strings.BundleCheck.emptyValue : unknown)
        return nil
    }

    private func trinn(_ trinn: Int, group: RespondentGroup?, at path: String, into found: inout Collector) {
        guard (0...10).contains(trinn) else {
            found.add(path, Strings.BundleCheck.trinnOutside(trinn))
            return
        }
        guard trinn > 0, let group else { return }
        guard let range = group.trinnRange, range.contains(trinn) else {
            found.add(path, Strings.BundleCheck.trinnNotInGroup(trinn, group: group.name))
            return
        }
    }

    private func round(_ round: Int, at path: String, into found: inout Collector) {
        if !instrument.rounds.contains(round) {
            found.add(path, Strings.BundleCheck.unknownRound(round, rounds: instrument.rounds))
        }
    }

    /// Problems in order; at most `problemLimit` are listed, then one line counts the rest.
    private struct Collector {
        private var all: [AnalysisBundleProblem] = []

        mutating func add(_ path: String, _ message: String) {
            all.append(AnalysisBundleProblem(path: path, message: message))
        }

        var problems: [AnalysisBundleProblem] {
            let limit = AnalysisBundleValidator.problemLimit
            guard all.count > limit else { return all }
            let more = AnalysisBundleProblem(path: "", message: Strings.BundleCheck.more(all.count - limit))
            return Array(all.prefix(limit)) + [more]
        }
    }
}

/// One thing wrong in a bundle: where (a JSON path such as
/// `analysis.hypotheses[2].text`; empty for the whole file) and what, in Norwegian.
public struct AnalysisBundleProblem: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `analysis.linkedFactors[1].trinn: trinn 12 er utenfor 0–10`.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
