import KFLCore
import TerminalUI

/// Everything the user can do in an analysis: in a step, in a field being
/// edited, in a dialog.
public enum AnalysisKeyAction: Hashable, Sendable {
    case nextStep, previousStep, goToStep(Int)
    case focusUp, focusDown, focusFirst, focusLast
    case edit
    case add, remove
    case cyclePerspective, cycleAssessment, cycleImportance, cycleInfluence, chooseEvidence
    case filterPerspective, togglePrioritised
    case chooseTargets
    case cycleByRound
    /// Steps 3 and 7: the trinn and gender of a linked factor or indicator.
    case chooseTrinn, chooseGender
    /// Step 3: what a linked factor shows, and its rounds.
    case cycleLinkedView, cycleLinkedRound, cycleBaseRound
    /// Step 7: type an indicator's target value.
    case editTarget
    case guide, help, back, quit
    // In a field being edited.
    case leaveField, nextField, previousField, takeStored, overwrite
    /// Any other key in a field: the editor's (typing, moving, undo).
    case editorKey
    // In a dialog.
    case scrollUp, scrollDown, pageUp, pageDown, choose, confirm, close
    /// Any other key in a dialog's one-line field: typing, moving, deleting.
    case inputKey
}

/// The analysis keys: one table per step that both handles input and renders
/// help, plus the editor's keys (listed in help; handled by `EditorKeys`).
public enum AnalysisKeymap {
    typealias B = Keymap<AnalysisKeyAction>.Binding

    static var s: Strings.AnalysisTUI.Type { Strings.AnalysisTUI.self }

    static let common: [B] =
        [
            B(keys: [.tab, .pageDown], action: .nextStep, help: s.keyNextStep, section: s.sectionSteps),
            B(keys: [.backTab, .pageUp], action: .previousStep, help: s.keyPreviousStep, section: s.sectionSteps),
        ]
        + (1...7).map { n in
            B(
                keys: [.character(Character(String(n)))], action: .goToStep(n), help: n == 1 ? s.keyGoToStep : "",
                section: s.sectionSteps)
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

    /// A binding of the step section.
    static func inStep(_ keys: [Key], _ action: AnalysisKeyAction, _ help: String) -> B {
        B(keys: keys, action: action, help: help, section: s.sectionStep)
    }

    static func stepBindings(_ step: AnalysisStepKind) -> [B] {
        switch step {
        case .challenge, .goal, .implementation:
            return []
        case .information:
            return [
                inStep([.character("n"), .character("+")], .add, s.keyAddFactor),
                inStep([.character("x"), .delete], .remove, s.keyRemoveFactor),
                inStep([.character("v")], .cycleLinkedView, s.keyLinkedView),
                inStep([.character("t")], .cycleLinkedRound, s.keyLinkedRound),
                inStep([.character("b")], .cycleBaseRound, s.keyBaseRound),
                inStep([.character("T")], .chooseTrinn, s.keyTrinn),
                inStep([.character("K")], .chooseGender, s.keyGender),
            ]
        case .analysis:
            return [
                inStep([.character("n"), .character("+")], .add, s.keyAddHypothesis),
                inStep([.character("x"), .delete], .remove, s.keyRemoveHypothesis),
                inStep([.character("p")], .cyclePerspective, s.keyPerspective),
                inStep([.character("v")], .cycleAssessment, s.keyAssessment),
                inStep([.character("b")], .cycleImportance, s.keyImportance),
                inStep([.character("u")], .cycleInfluence, s.keyInfluence),
                inStep([.character("e")], .chooseEvidence, s.keyEvidence),
                inStep([.character("f")], .filterPerspective, s.keyFilterPerspective),
                inStep([.character("P")], .togglePrioritised, s.keyOnlyPrioritised),
            ]
        case .actions:
            return [
                inStep([.character("n"), .character("+")], .add, s.keyAddAction),
                inStep([.character("x"), .delete], .remove, s.keyRemoveAction),
                inStep([.character("h")], .chooseTargets, s.keyTargets),
            ]
        case .evaluation:
            return [
                inStep([.character("n"), .character("+")], .add, s.keyAddIndicator),
                inStep([.character("x"), .delete], .remove, s.keyRemoveIndicator),
                inStep([.character("t")], .cycleByRound, s.keyByRound),
                inStep([.character("T")], .chooseTrinn, s.keyTrinn),
                inStep([.character("K")], .chooseGender, s.keyGender),
                inStep([.character("m")], .editTarget, s.keyTarget),
            ]
        }
    }

    /// The keys of a step (when not editing).
    public static func keymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        Keymap(common + stepBindings(step) + tail)
    }

    /// The keys valid now: the dialog's, the field's or the step's.
    public static func context(for state: AnalysisState) -> KeyContext<AnalysisKeyAction> {
        switch state.overlay {
        case .confirmRemove: return confirm
        case .confirmQuit: return confirmQuit
        case .picker: return picker
        case .target: return oneLineField
        case .help, .guide: return scrolling
        case nil: return state.editing == nil ? KeyContext(keymap(for: state.step)) : editing
        }
    }

    /// In a field: Esc, Tab and the conflict keys; every other key edits.
    static let editing = KeyContext(
        Keymap([
            B(keys: [.escape], action: .leaveField, help: s.editorLeave, section: s.sectionEditor),
            B(keys: [.tab], action: .nextField, help: s.editorLeaveNext, section: s.sectionEditor),
            B(keys: [.backTab], action: .previousField, help: s.editorPreviousField, section: s.sectionEditor),
            B(keys: [.control("o")], action: .overwrite, help: s.editorOverwrite, section: s.sectionEditor),
            B(keys: [.control("r")], action: .takeStored, help: s.editorTakeStored, section: s.sectionEditor),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .editorKey)

    /// "Fjerne …? (j/n)": j or y removes, any other key keeps.
    static let confirm = KeyContext(
        Keymap([
            B(
                keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm, help: "",
                section: s.sectionOther),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .close)

    /// "Avslutte likevel? (j/n)": only j or y quits; any other key, Ctrl-C too, goes back to the text.
    static let confirmQuit = KeyContext(
        Keymap([
            B(
                keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm, help: "",
                section: s.sectionOther)
        ]), otherKey: .close)

    /// A list to choose from.
    static let picker = KeyContext(
        Keymap([
            B(keys: [.up, .character("k")], action: .scrollUp, help: "", section: s.sectionOther),
            B(keys: [.down, .character("j")], action: .scrollDown, help: "", section: s.sectionOther),
            B(keys: [.pageUp], action: .pageUp, help: "", section: s.sectionOther),
            B(keys: [.pageDown], action: .pageDown, help: "", section: s.sectionOther),
            B(keys: [.enter, .character(" ")], action: .choose, help: s.pickerHint, section: s.sectionOther),
            B(keys: [.escape, .left], action: .close, help: "", section: s.sectionOther),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]))

    /// A one-line field in a dialog (the target value): Enter saves, Esc
    /// cancels, every other key edits.
    static let oneLineField = KeyContext(
        Keymap([
            B(keys: [.enter], action: .choose, help: s.targetHint, section: s.sectionOther),
            B(keys: [.escape], action: .close, help: "", section: s.sectionOther),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .inputKey)

    /// The help and the guide: arrows and pages scroll, any other key closes.
    static let scrolling = KeyContext(
        Keymap([
            B(keys: [.down, .character("j")], action: .scrollDown, help: "", section: s.sectionOther),
            B(keys: [.up, .character("k")], action: .scrollUp, help: "", section: s.sectionOther),
            B(keys: [.pageDown, .character(" ")], action: .pageDown, help: "", section: s.sectionOther),
            B(keys: [.pageUp], action: .pageUp, help: "", section: s.sectionOther),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .close)

    /// The step's keys followed by the editor's, for the help overlay.
    public static func helpKeymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        let editor = EditorKeys.helpEntries.map {
            B(keys: $0.keys, action: .edit, help: $0.help, section: s.sectionEditor)
        }
        return Keymap(common + stepBindings(step) + tail + editor)
    }
}
