#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The two parts of the model.
public enum AnalysisPhase: String, Codable, Sendable, Hashable, CaseIterable {
    /// Analysedel: steps 1–4.
    case analysis
    /// Strategi- og tiltaksdel: steps 5–7.
    case strategy
}

/// One step of the model as the user sees it: its title, what it is for and
/// the questions that guide the group.
public struct AnalysisStep: Codable, Sendable, Hashable {
    public let kind: AnalysisStepKind
    public let phase: AnalysisPhase
    /// The model's own name for the step.
    public let title: String
    /// One word for the step indicator.
    public let shortTitle: String
    public let explanation: String
    public let questions: [String]

    public var number: Int { kind.number }
}

/// The steps of the model, loaded from `data/analysis-steps.json`.
public struct AnalysisSteps: Codable, Sendable, Hashable {
    public struct PhaseInfo: Codable, Sendable, Hashable {
        public let id: AnalysisPhase
        public let name: String
    }

    public let format: String
    public let version: Int
    public let phases: [PhaseInfo]
    /// In model order, one per `AnalysisStepKind`.
    public let steps: [AnalysisStep]

    /// Decodes and checks the step list: all seven steps, in order, each with
    /// at least one guiding question.
    /// - Throws: `DecodingError` when the JSON is not such a list.
    public static func decode(_ data: Data) throws -> AnalysisSteps {
        let steps = try JSONDecoder().decode(AnalysisSteps.self, from: data)
        let problem: String?
        if steps.format != "kfl-analysis-steps" {
            problem = "format must be kfl-analysis-steps"
        } else if steps.steps.map(\.kind) != AnalysisStepKind.allCases {
            problem = "steps must be the seven steps in order"
        } else if steps.steps.contains(where: { $0.questions.isEmpty }) {
            problem = "every step needs guiding questions"
        } else if Set(steps.phases.map(\.id)) != Set(AnalysisPhase.allCases) {
            problem = "both phases must be named"
        } else {
            problem = nil
        }
        if let problem {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: problem))
        }
        return steps
    }

    /// The steps shipped with kfl, in the current language.
    public static var builtIn: AnalysisSteps { builtIn(.current) }

    /// The steps shipped with kfl in `language` (`data/analysis-steps.json`, `-nn.json`).
    public static func builtIn(_ language: Language) -> AnalysisSteps {
        language == .nynorsk ? nynorsk : bokmal
    }

    private static let bokmal = load("analysis-steps.json")
    private static let nynorsk = load("analysis-steps-nn.json")

    private static func load(_ name: String) -> AnalysisSteps {
        guard let text = DataFiles.text(named: name), let steps = try? decode(Data(text.utf8)) else {
            fatalError("data/\(name) is missing or invalid in this build")
        }
        return steps
    }

    public func step(_ kind: AnalysisStepKind) -> AnalysisStep { steps[kind.number - 1] }

    public func phaseName(_ phase: AnalysisPhase) -> String {
        phases.first { $0.id == phase }?.name ?? phase.rawValue
    }
}
