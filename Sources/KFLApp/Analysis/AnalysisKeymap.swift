import KFLCore
import TerminalUI

/// Everything the user can do in an analysis: in a step, in a field being
/// edited, in a dialog.
public enum AnalysisKeyAction: Hashable, Sendable {
    case nextStep, previousStep
    /// The step is the digit of the key pressed (1–7).
    case goToStep
    case focusUp, focusDown, focusFirst, focusLast
    case edit
    case add, remove
    case cyclePerspective, cycleAssessment, cycleImportance, cycleInfluence, chooseEvidence
    case filterPerspective, togglePrioritised
    /// Step 4: a maintaining factor the guide suggests, as a new hypothesis.
    case takeSuggestion
    case chooseTargets
    case cycleByRound
    case export
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
    case scrollUp, scrollDown, pageUp, pageDown, scrollTop, scrollBottom, choose, confirm, close
    /// A key typed into a picker's search field (or Backspace).
    case filterKey
    /// Esc in a picker with a search typed: empties it.
    case clearFilter
    /// The export question: Markdown or HTML.
    case exportMarkdown, exportHTML
    /// Any other key in a dialog's one-line field: typing, moving, deleting.
    case inputKey

    /// The move of a key that scrolls a help or the guide; nil for any other.
    var scrollMove: ScrollMove? {
        switch self {
        case .scrollDown: return .lineDown
        case .scrollUp: return .lineUp
        case .pageDown: return .pageDown
        case .pageUp: return .pageUp
        case .scrollTop: return .top
        case .scrollBottom: return .bottom
        default: return nil
        }
    }
}

/// The analysis keys: for each place (a step with the cursor on something, a
/// field, a dialog) one table that handles the keys, fills the status line
/// and renders the help. Bindings come in the status line's order of
/// importance; `?` is last, so it stays when the line is short.
public enum AnalysisKeymap {
    typealias B = Keymap<AnalysisKeyAction>.Binding

    static var s: Strings.AnalysisTUI.Type { Strings.AnalysisTUI.self }
    /// 1–7: straight to a step.
    static let stepKeys: [Key] = (1...7).map { .character(Character(String($0))) }

    /// The keys valid now: the dialog's, the field's or the step's.
    public static func context(for state: AnalysisState) -> KeyContext<AnalysisKeyAction> {
        if !AnalysisLayout.fits(state) { return tooSmall }
        switch state.overlay {
        case .confirmRemove: return confirm
        case .confirmQuit: return confirmQuit(conflict: state.editing?.conflictText != nil)
        case .picker(let picker):
            return KeyContext(pickerKeymap(picker), otherKey: picker.isFiltered ? .filterKey : nil)
        case .target: return oneLineField
        case .help, .guide: return scrolling
        case .exportFormat: return exportFormat
        case nil: return state.editing == nil ? KeyContext(keymap(for: state)) : editing(state.editing)
        }
    }

    /// The step's keys where the cursor is: Enter only on a text, `x` only on
    /// an item, the hypothesis keys only on a hypothesis, and so on.
    public static func keymap(for state: AnalysisState) -> Keymap<AnalysisKeyAction> {
        let slot = state.focusedSlot
        return keymap(
            onText: slot?.target != nil, severalSlots: state.slots.count > 1,
            own: stepBindings(state, step: state.step, slot: slot))
    }

    /// Every key of a step wherever the cursor is, for the manual.
    public static func keymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        keymap(onText: true, severalSlots: true, own: stepBindings(nil, step: step, slot: nil))
    }

    static func keymap(onText: Bool, severalSlots: Bool, own: [B]) -> Keymap<AnalysisKeyAction> {
        var bindings: [B] = []
        if onText {
            bindings.append(
                B(keys: [.enter], action: .edit, help: s.keyEdit, section: s.sectionFields, hint: s.hintEdit))
        }
        bindings.append(
            B(
                keys: [.tab, .pageDown], action: .nextStep, help: s.keyNextStep, section: s.sectionSteps,
                hint: s.hintNextStep))
        if severalSlots {
            bindings += [
                B(
                    keys: [.down, .character("j")], action: .focusDown, help: s.keyFocusDown, section: s.sectionFields,
                    hint: s.hintMove, hintKeys: [.up, .down]),
                B(keys: [.up, .character("k")], action: .focusUp, help: s.keyFocusUp, section: s.sectionFields),
                B(
                    keys: [.home, .character("g")], action: .focusFirst, help: s.keyFocusFirst, section: s.sectionFields
                ),
                B(keys: [.end, .character("G")], action: .focusLast, help: s.keyFocusLast, section: s.sectionFields),
            ]
        }
        bindings += own
        bindings += [
            B(
                keys: stepKeys, action: .goToStep, help: s.keyGoToStep, section: s.sectionSteps, hint: s.hintGoToStep,
                hintKeys: stepKeys),
            B(keys: [.backTab, .pageUp], action: .previousStep, help: s.keyPreviousStep, section: s.sectionSteps),
            B(keys: [.escape], action: .back, help: s.keyBack, section: s.sectionOther, hint: s.hintBack),
            B(keys: [.character("E")], action: .export, help: s.keyExport, section: s.sectionOther, hint: s.hintExport),
            B(keys: [.character("i")], action: .guide, help: s.keyGuide, section: s.sectionOther, hint: s.hintGuide),
            B(
                keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                hint: s.hintQuit),
            B(
                keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther,
                hint: s.hintHelp),
        ]
        return Keymap(bindings)
    }

    /// A binding of the step section.
    static func inStep(_ keys: [Key], _ action: AnalysisKeyAction, _ help: String, hint: String = "") -> B {
        B(keys: keys, action: action, help: help, section: s.sectionStep, hint: hint)
    }

    /// The step's own keys where the cursor is; with no state, all of them (for the manual).
    static func stepBindings(_ state: AnalysisState?, step: AnalysisStepKind, slot: Slot?) -> [B] {
        let all = state == nil
        let onItem = all || slot?.item != nil
        var bindings: [B] = []
        func add(_ help: String, _ hint: String) {
            bindings.append(inStep([.character("n"), .character("+")], .add, help, hint: hint))
        }
        func remove(_ help: String) {
            if onItem { bindings.append(inStep([.character("x"), .delete], .remove, help, hint: s.hintRemove)) }
        }
        switch step {
        case .challenge, .goal, .implementation:
            break
        case .information:
            add(s.keyAddFactor, s.hintAddFactor)
            remove(s.keyRemoveFactor)
            if let state, let linked = state.focusedLinkedFactor {
                bindings += linkedBindings(state, linked)
            } else if all {
                bindings += linkedBindings(nil, nil)
            }
        case .analysis:
            if all || state?.focusedHypothesis != nil {
                bindings += [
                    inStep([.character("p")], .cyclePerspective, s.keyPerspective, hint: s.hintPerspective),
                    inStep([.character("v")], .cycleAssessment, s.keyAssessment, hint: s.hintAssessment),
                    inStep([.character("b")], .cycleImportance, s.keyImportance, hint: s.hintImportance),
                    inStep([.character("u")], .cycleInfluence, s.keyInfluence, hint: s.hintInfluence),
                    inStep([.character("e")], .chooseEvidence, s.keyEvidence, hint: s.hintEvidence),
                ]
            }
            add(s.keyAddHypothesis, s.hintAddHypothesis)
            if state.map({ !AnalysisUpdate.suggestions($0).isEmpty }) ?? true {
                bindings.append(inStep([.character("s")], .takeSuggestion, s.keySuggestion, hint: s.hintSuggestion))
            }
            remove(s.keyRemoveHypothesis)
            bindings += [
                inStep([.character("f")], .filterPerspective, s.keyFilterPerspective, hint: s.hintFilter),
                inStep([.character("P")], .togglePrioritised, s.keyOnlyPrioritised, hint: s.hintOnlyPrioritised),
            ]
        case .actions:
            if all || state?.focusedAction != nil {
                bindings.append(inStep([.character("h")], .chooseTargets, s.keyTargets, hint: s.hintTargets))
            }
            add(s.keyAddAction, s.hintAddAction)
            remove(s.keyRemoveAction)
        case .evaluation:
            let indicator = state?.focusedIndicator
            if all || indicator != nil {
                bindings += [
                    inStep([.character("m")], .editTarget, s.keyTarget, hint: s.hintTarget),
                    inStep([.character("t")], .cycleByRound, s.keyByRound, hint: s.hintByRound),
                ]
                bindings += trinnAndGender(state, indicator, gap: false)
            }
            add(s.keyAddIndicator, s.hintAddIndicator)
            remove(s.keyRemoveIndicator)
        }
        return bindings
    }

    /// Step 3 on a linked factor: what it shows and its rounds, its trinn and
    /// gender. A key that would only say why it does not apply here (a level
    /// has no round of its own, a gap no gender) stays bound, so it explains
    /// itself, but is not offered in the status line.
    /// With no state or factor (the manual), every key with its word.
    static func linkedBindings(_ state: AnalysisState?, _ linked: LinkedFactor?) -> [B] {
        guard let state, let linked else {
            return [
                inStep([.character("v")], .cycleLinkedView, s.keyLinkedView, hint: s.hintLinkedView),
                inStep([.character("t")], .cycleLinkedRound, s.keyLinkedRound, hint: s.hintLinkedRound),
                inStep([.character("b")], .cycleBaseRound, s.keyBaseRound, hint: s.hintBaseRound),
            ] + trinnAndGender(nil, nil, gap: false)
        }
        let views = LinkedView.fitting(trinn: linked.trinn, group: state.group(of: linked.factorID))
        return [
            inStep([.character("v")], .cycleLinkedView, s.keyLinkedView, hint: views.count > 1 ? s.hintLinkedView : ""),
            inStep(
                [.character("t")], .cycleLinkedRound, s.keyLinkedRound,
                hint: linked.view == .level ? "" : s.hintLinkedRound),
            inStep(
                [.character("b")], .cycleBaseRound, s.keyBaseRound,
                hint: linked.view.measuresChange ? s.hintBaseRound : ""),
        ] + trinnAndGender(state, linked, gap: linked.view == .genderGap)
    }

    /// `T` and `K` on a linked factor or an indicator, offered where there is a choice.
    static func trinnAndGender(_ state: AnalysisState?, _ item: (any FactorItem)?, gap: Bool) -> [B] {
        var trinn = true
        var gender = !gap
        if let state, let item {
            trinn = state.info.trinnChoices(factorID: item.factorID, unit: state.unit).count > 1
            gender = gender && state.info.genderChoices(factorID: item.factorID).count > 1
        }
        return [
            inStep([.character("T")], .chooseTrinn, s.keyTrinn, hint: trinn ? s.hintTrinn : ""),
            inStep([.character("K")], .chooseGender, s.keyGender, hint: gender ? s.hintGender : ""),
        ]
    }

    /// In a field: Esc, Tab and the conflict keys; every other key edits.
    static func editing(_ editing: EditingState?) -> KeyContext<AnalysisKeyAction> {
        var bindings = [
            B(
                keys: [.escape], action: .leaveField, help: s.editorLeave, section: s.sectionEditor,
                hint: s.hintLeaveField),
            B(
                keys: [.tab], action: .nextField, help: s.editorLeaveNext, section: s.sectionEditor,
                hint: s.hintNextField),
            B(keys: [.backTab], action: .previousField, help: s.editorPreviousField, section: s.sectionEditor),
        ]
        if editing?.conflictText != nil {
            bindings =
                [
                    B(
                        keys: [.control("o")], action: .overwrite, help: s.editorOverwrite, section: s.sectionEditor,
                        hint: s.hintOverwrite),
                    B(
                        keys: [.control("r")], action: .takeStored, help: s.editorTakeStored, section: s.sectionEditor,
                        hint: s.hintTakeStored),
                ] + bindings
        }
        bindings += EditorKeys.hintBindings.map {
            B(keys: $0.keys, action: .editorKey, help: $0.help, section: s.sectionEditor, hint: $0.hint)
        }
        bindings.append(B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther, hint: s.hintQuit))
        return KeyContext(Keymap(bindings), otherKey: .editorKey)
    }

    /// "Fjerne …? (j/n)": j or y removes, any other key keeps.
    static var confirm: KeyContext<AnalysisKeyAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm,
                    help: s.keyConfirmYes, section: s.sectionOther, hint: s.hintYes),
                B(
                    keys: [.character("n"), .character("N"), .escape], action: .close, help: s.keyConfirmNo,
                    section: s.sectionOther, hint: s.hintNo),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// "Avslutte likevel? (j/n)": only j or y quits; any other key, Ctrl-C too, goes back to the text.
    /// In a conflict Ctrl-O saves the user's text over theirs and quits, as the question says.
    static func confirmQuit(conflict: Bool) -> KeyContext<AnalysisKeyAction> {
        let overwrite = B(
            keys: [.control("o")], action: .overwrite, help: s.keyOverwriteAndQuit, section: s.sectionOther,
            hint: s.hintOverwriteAndQuit)
        return KeyContext(
            Keymap(
                (conflict ? [overwrite] : []) + [
                    B(
                        keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm,
                        help: s.keyQuitAnyway, section: s.sectionOther, hint: s.hintQuitAnyway),
                    B(
                        keys: [.character("n"), .escape], action: .close, help: s.keyBackToText,
                        section: s.sectionOther,
                        hint: s.hintBackToText),
                ]), otherKey: .close)
    }

    /// "Eksportere som …": m Markdown, h HTML.
    static var exportFormat: KeyContext<AnalysisKeyAction> {
        ExportFormatKeys.context(
            markdown: AnalysisKeyAction.exportMarkdown, html: .exportHTML, cancel: .close, quit: .quit,
            section: s.sectionOther)
    }

    /// A list to choose from: the factor list is searched by typing, the
    /// short lists toggle with Space.
    static func pickerKeymap(_ picker: PickerState) -> Keymap<AnalysisKeyAction> {
        // j, k, g and G move as in every list, except where typing searches (they are letters of a name).
        func keys(_ key: Key, _ letter: Character) -> [Key] { picker.isFiltered ? [key] : [key, .character(letter)] }
        var bindings = [
            B(
                keys: keys(.down, "j"), action: .scrollDown, help: s.keyPickerMove, section: s.sectionOther,
                hint: s.hintPick, hintKeys: [.up, .down]),
            B(keys: keys(.up, "k"), action: .scrollUp, help: "", section: s.sectionOther),
            B(keys: [.pageDown], action: .pageDown, help: s.keyPageDown, section: s.sectionOther),
            B(keys: [.pageUp], action: .pageUp, help: s.keyPageUp, section: s.sectionOther),
            B(keys: keys(.home, "g"), action: .focusFirst, help: s.keyPickerFirst, section: s.sectionOther),
            B(keys: keys(.end, "G"), action: .focusLast, help: s.keyPickerLast, section: s.sectionOther),
        ]
        if picker.isToggleList {
            bindings.append(
                B(
                    keys: [.character(" "), .enter], action: .choose, help: s.keyToggle, section: s.sectionOther,
                    hint: s.hintToggle))
            bindings.append(
                B(
                    keys: [.escape, .left], action: .close, help: s.keyCloseDone, section: s.sectionOther,
                    hint: s.hintDone))
        } else {
            let adds = picker.isFiltered || picker.purpose == .suggestion
            bindings.append(
                B(
                    keys: [.enter], action: .choose, help: adds ? s.keyChoose : s.keyChooseRow, section: s.sectionOther,
                    hint: adds ? s.hintChoose : s.hintUse))
            if picker.isFiltered {
                bindings.append(
                    B(keys: [.backspace], action: .filterKey, help: s.keyFilterBackspace, section: s.sectionOther))
            }
            if !picker.filter.isEmpty {
                bindings.append(
                    B(
                        keys: [.escape], action: .clearFilter, help: s.keyClearFilter, section: s.sectionOther,
                        hint: s.hintClearFilter))
            } else {
                bindings.append(
                    B(keys: [.escape], action: .close, help: s.keyClose, section: s.sectionOther, hint: s.hintClose))
            }
        }
        bindings.append(B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther))
        return Keymap(bindings)
    }

    /// A one-line field in a dialog (the target value): Enter saves, Esc
    /// cancels, every other key edits.
    static var oneLineField: KeyContext<AnalysisKeyAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.enter], action: .choose, help: s.keySaveValue, section: s.sectionOther,
                    hint: s.hintSaveTitle),
                B(keys: [.escape], action: .close, help: s.keyCancel, section: s.sectionOther, hint: s.hintCancel),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .inputKey)
    }

    /// The help and the guide: arrows and pages scroll, Esc (or any other key) closes.
    static var scrolling: KeyContext<AnalysisKeyAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.down, .character("j")], action: .scrollDown, help: s.keyScroll, section: s.sectionOther,
                    hint: s.hintScroll, hintKeys: [.up, .down]),
                B(keys: [.up, .character("k")], action: .scrollUp, help: "", section: s.sectionOther),
                B(keys: [.pageDown, .character(" ")], action: .pageDown, help: s.keyPageDown, section: s.sectionOther),
                B(keys: [.pageUp], action: .pageUp, help: s.keyPageUp, section: s.sectionOther),
                B(
                    keys: [.home, .character("g")], action: .scrollTop, help: Strings.Browser.keyTop,
                    section: s.sectionOther),
                B(
                    keys: [.end, .character("G")], action: .scrollBottom, help: Strings.Browser.keyBottom,
                    section: s.sectionOther),
                B(keys: [.escape], action: .close, help: s.keyClose, section: s.sectionOther, hint: s.hintClose),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// The window is too small to show the analysis: only quitting works.
    static var tooSmall: KeyContext<AnalysisKeyAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                    hint: s.hintQuit)
            ]))
    }

    /// The help overlay: the step's keys where the cursor is, then the editor's.
    public static func helpKeymap(for state: AnalysisState) -> Keymap<AnalysisKeyAction> {
        let editor = EditorKeys.helpEntries.map {
            B(keys: $0.keys, action: .edit, help: $0.help, section: s.sectionEditor)
        }
        return Keymap(keymap(for: state).bindings + editor)
    }

    /// The help of a step wherever the cursor is, for the manual.
    public static func helpKeymap(for step: AnalysisStepKind) -> Keymap<AnalysisKeyAction> {
        let editor = EditorKeys.helpEntries.map {
            B(keys: $0.keys, action: .edit, help: $0.help, section: s.sectionEditor)
        }
        return Keymap(keymap(for: step).bindings + editor)
    }
}
