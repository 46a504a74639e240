import KFLCore
import TerminalUI

/// Everything the user can do in an analysis when no field is being edited.
public enum AnalysisKeyAction: Hashable, Sendable {
    case nextStep, previousStep, goToStep(Int)
    case focusUp, focusDown, focusFirst, focusLast
    case edit
    case add, remove
    case cyclePerspective, cycleAssessment, cycleImportance, cycleInfluence, chooseEvidence
    case filterPerspective, togglePrioritised
    case chooseTargets
    case cycleByRound
    case guide, help, back, quit
}

/// The analysis keys: one table per step that both handles input and renders
/// help, plus the editor's keys (listed in help; handled by `EditorKeys`).
public enum AnalysisKeymap {
    typealias B = Keymap<AnalysisKeyAction>.Binding

    static var s: Strings.AnalysisTUI.Type { Strings.AnalysisTUI.self }

    static let common: [B] = [
        B(keys: [.tab, .pageDown], action: .nextStep, help: s.keyNextStep, section: s.sectionSteps),
        B(keys: [.backTab, .pageUp], action: .previousStep, help: s.keyPreviousStep, section: s.sectionSteps),
    ] + (1...7).map { n in
        B(keys: [.character(Character(String(n)))], action: .goToStep(n), help: n == 1 ? s.keyGoToStep : "", section: s.sectionSteps)
    } + [
        B(keys: [.up, .character("k")], action: .focusUp, help: s.keyFocusUp, section: s.sectionFields),
        B(keys: [.down, .character("j")], action: .focusDown, help: s.keyFocusDown, section: s.sectionFields),
        B(keys: [.home, .character("g")], action: .focusFirst, help: s.keyFocusFirst, section: s.sectionFields),
        B(keys: [.end, .character("G")], action: .focusLast, help: s.keyFocusLast, section: s.sectionFields),
        B(keys: [.enter], action: .edit, help: s.keyEdit, section: s.sectionFields),
    ]

    static let tail: [B] = [
        B(keys: [.character("i")], action: .guide, help: s.keyGuide, section: s.sectionOther),
        B(keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther),
        B(keys: [.escape], action: .back, help: s.keyBack, section: s.sectionOther),
        B(keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
    ]

    static func stepBindings(_ step: AnalysisStepKind) -> [B] {
        switch step {
        case .challenge, .goal, .implementation:
            return []
        case .information:
            return [
                B(keys: [.character("n"), .character("+")], action: .add, help: s.keyAddFactor, section: s.sectionStep),
                B(keys: [.character("x"), .delete], action: .remove, help: s.keyRemoveFactor, section: s.sectionStep),
            ]
        case .analysis:
            return [
                B(keys: [.character("n"), .character("+")], action: .add, help: s.keyAddHypothesis, section: s.sectionStep),
                B(keys: [.character("x"), .delete], action: .remove, help: s.keyRemoveHypothesis, section: s.sectionStep),
                B(keys: [.character("p")], action: .cyclePerspective, help: s.keyPerspective, section: s.sectionStep),
                B(keys: [.character("v")], action: .cycleAssessment, help: s.keyAssessment, section: s.sectionStep),
                B(keys: [.character("b")], action: .cycleImportance, help: s.keyImportance, section: s.sectionStep),
                B(keys: [.character("u")], action: .cycleInfluence, help: s.keyInfluence, section: s.sectionStep),
                B(keys: [.character("e")], action: .chooseEvidence, help: s.keyEvidence, section: s.sectionStep),
                B(keys: [.character("f")], action: .filterPerspective, help: s.keyFilterPerspective, section: s.sectionStep),
                B(keys: [.character("P")], action: .togglePrioritised, help: s.keyOnlyPrioritised, section: s.sectionStep),
            ]
        case .actions:
            return [
                B(keys: [.character("n"), .character("+")], action: .add, help: s.keyAddAction, section: s.sectionStep),
                B(keys: [.character("x"), .delete], action: .remove, help: s.keyRemoveAction, section: s.sectionStep),
                B(keys: [.character("h")], action: .chooseTargets, help: s.keyTargets, section: s.sectionStep),
            ]
        case .evaluation:
            return [
                B(keys: [.character("n"), .character("+")], action: .add, help: s.keyAddIndicator, section: s.sectionStep),
                B(keys: [.character("x"), .delete], action: .remove, help: s.keyRemoveIndicator, section: s.sectionStep),
                B(keys: [.character("t")], action: .cycleByRound, help: s.keyByRound, section: s.sectionStep),
            ]
        }
    }

    /// The keys of a step (when not editing).
    public static func keymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        Keymap(common + stepBindings(step) + tail)
    }

    /// The step's keys followed by the editor's, for the help overlay.
    public static func helpKeymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        let editor = EditorKeys.helpEntries.map { B(keys: $0.keys, action: .edit, help: $0.help, section: s.sectionEditor) }
        return Keymap(common + stepBindings(step) + tail + editor)
    }
}
