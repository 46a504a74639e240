import KFLCore
import TerminalUI

/// A sub-field of a tiltak.
public enum ActionField: Int, Hashable, Sendable, CaseIterable {
    case what, who, fromWhen, howOften
}

/// Something the user can put the cursor on in a step.
public enum Slot: Hashable, Sendable {
    case text(AnalysisTextField)
    case linkedFactor(id: String)
    case hypothesis(id: String)
    case action(id: String, field: ActionField)
    case indicator(id: String)
}

/// A text that an editor can be opened on and that is saved on every change.
public enum TextTarget: Hashable, Sendable {
    case field(AnalysisTextField)
    case hypothesis(id: String)
    case action(id: String, field: ActionField)
    case indicator(id: String)
}

/// The field being edited, with the text as the user has it.
public struct EditingState: Sendable, Equatable {
    public var target: TextTarget
    public var editor: TextEditor
    /// Set when another window saved this text while the user was editing it:
    /// the stored text. The user's own text stays in the editor until they choose.
    public var conflictText: String?
    /// The last change could not be saved (it is retried on the next change).
    public var unsaved = false
}

/// A list to choose from, over the step.
public struct PickerState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case addLinkedFactor
        case addIndicator
        /// Evidence of a hypothesis (toggles).
        case evidence(hypothesisID: String)
        /// Hypotheses a tiltak aims at (toggles).
        case targets(actionID: String)
    }

    public struct Row: Sendable, Equatable {
        /// nil for a heading row, which the cursor skips.
        public var value: String?
        public var text: String
        public var checked: Bool?
    }

    public var purpose: Purpose
    public var title: String
    public var rows: [Row]
    public var list = ListState(selected: 0)

    public var isToggleList: Bool {
        switch purpose {
        case .evidence, .targets: return true
        case .addLinkedFactor, .addIndicator: return false
        }
    }
}

/// What lies over the step, if anything.
public enum AnalysisOverlay: Sendable, Equatable {
    case help(scroll: Int)
    case guide(scroll: Int)
    case picker(PickerState)
    /// A question answered with j/n; the slot says what would be removed.
    case confirmRemove(Slot)
}

/// A factor result to show: factor at a trinn and gender, at the analysis's unit.
public struct FactorKey: Hashable, Sendable {
    public let factorID: String
    public let trinn: Int
    public let gender: Gender
}

/// The whole state of the analysis screens. Changed by `AnalysisRuntime`,
/// drawn by `AnalysisView`.
public struct AnalysisState: Sendable {
    public var analysis: Analysis
    public let info: SnapshotInfo
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var colors: Bool

    public var step: AnalysisStepKind = .challenge
    public var focus: Slot?
    public var editing: EditingState?
    public var overlay: AnalysisOverlay?
    public var message: String?
    public var perspectiveFilter: Perspective?
    public var onlyPrioritised = false
    /// Results loaded by the runtime for linked factors and evidence.
    public var details: [FactorKey: FactorDetail] = [:]
    /// Indicator progress loaded by the runtime, by indicator id.
    public var progress: [String: IndicatorProgress] = [:]
    /// Set when the user leaves the analysis (back to the list).
    public var closeRequested = false
    public var quitRequested = false

    public init(analysis: Analysis, info: SnapshotInfo, width: Int, height: Int, glyphs: Glyphs = .unicode, colors: Bool = true) {
        self.analysis = analysis
        self.info = info
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.colors = colors
    }

    public var steps: AnalysisSteps { .builtIn }
    public var unit: ReportingUnit? { analysis.unit.resolve(in: info.tree) }

    /// Hypotheses shown in step 4 after the perspective and priority filters.
    public var visibleHypotheses: [Hypothesis] {
        analysis.hypotheses.filter { h in
            (perspectiveFilter == nil || h.perspective == perspectiveFilter) && (!onlyPrioritised || h.isPrioritised)
        }
    }

    /// The slots of the current step, top to bottom.
    public var slots: [Slot] {
        switch step {
        case .challenge: return [.text(.challenge)]
        case .goal: return [.text(.goal)]
        case .information: return analysis.linkedFactors.map { .linkedFactor(id: $0.id) } + [.text(.otherSources)]
        case .analysis: return visibleHypotheses.map { .hypothesis(id: $0.id) }
        case .actions: return analysis.actions.flatMap { a in ActionField.allCases.map { Slot.action(id: a.id, field: $0) } }
        case .implementation: return [.text(.implementation)]
        case .evaluation:
            return analysis.indicators.map { .indicator(id: $0.id) } + AnalysisTextField.evaluationQuestions.map { .text($0) }
        }
    }

    /// The focused slot: the stored one if it is still there, else the first.
    public var focusedSlot: Slot? {
        let all = slots
        if let focus, all.contains(focus) { return focus }
        return all.first
    }

    /// The hypothesis the cursor is on (step 4).
    public var focusedHypothesis: Hypothesis? {
        guard case .hypothesis(let id)? = focusedSlot else { return nil }
        return analysis.hypothesis(id: id)
    }

    /// The tiltak the cursor is on (step 5).
    public var focusedAction: AnalysisAction? {
        guard case .action(let id, _)? = focusedSlot else { return nil }
        return analysis.action(id: id)
    }

    public var focusedLinkedFactor: LinkedFactor? {
        guard case .linkedFactor(let id)? = focusedSlot else { return nil }
        return analysis.linkedFactors.first { $0.id == id }
    }

    public var focusedIndicator: Indicator? {
        guard case .indicator(let id)? = focusedSlot else { return nil }
        return analysis.indicators.first { $0.id == id }
    }

    /// The text a target holds in the analysis as loaded.
    public func storedText(_ target: TextTarget) -> String? {
        switch target {
        case .field(let field): return analysis[field]
        case .hypothesis(let id): return analysis.hypothesis(id: id)?.text
        case .action(let id, let field):
            guard let action = analysis.action(id: id) else { return nil }
            return action[field]
        case .indicator(let id): return analysis.indicators.first { $0.id == id }?.changeSought
        }
    }

    /// The text target a slot edits with Enter.
    public static func target(of slot: Slot) -> TextTarget? {
        switch slot {
        case .text(let field): return .field(field)
        case .hypothesis(let id): return .hypothesis(id: id)
        case .action(let id, let field): return .action(id: id, field: field)
        case .indicator(let id): return .indicator(id: id)
        case .linkedFactor: return nil
        }
    }

    /// The factor key for a linked factor or indicator: school-level groups
    /// have only "all trinn", groups without a gender split only "alle".
    public func key(factorID: String, trinn: Int, gender: Gender) -> FactorKey {
        Self.key(factorID: factorID, trinn: trinn, gender: gender, instrument: info.instrument)
    }

    static func key(factorID: String, trinn: Int, gender: Gender, instrument: Instrument) -> FactorKey {
        let factor = instrument.factor(id: factorID)
        let group = factor.flatMap { instrument.group(of: $0) }
        return FactorKey(
            factorID: factorID,
            trinn: group?.level == .trinn ? trinn : 0,
            gender: group?.genderSplit == true ? gender : .all)
    }

    /// Keys of every result the steps show.
    public var wantedDetails: Set<FactorKey> {
        var keys = Set(analysis.linkedFactors.map { key(factorID: $0.factorID, trinn: $0.trinn, gender: $0.gender) })
        for hypothesis in analysis.hypotheses {
            for factorID in hypothesis.evidence {
                let linked = analysis.linkedFactors.first { $0.factorID == factorID }
                keys.insert(key(factorID: factorID, trinn: linked?.trinn ?? analysis.context.trinn, gender: linked?.gender ?? analysis.context.gender))
            }
        }
        return keys
    }

    /// The result at the analysis's round for a key, if loaded.
    public func result(_ key: FactorKey) -> FactorResult? {
        details[key]?.byRound.first { $0.round == analysis.context.round }?.result
    }
}

extension AnalysisAction {
    /// One of the four text fields.
    public subscript(field: ActionField) -> String {
        get {
            switch field {
            case .what: return what
            case .who: return who
            case .fromWhen: return fromWhen
            case .howOften: return howOften
            }
        }
        set {
            switch field {
            case .what: what = newValue
            case .who: who = newValue
            case .fromWhen: fromWhen = newValue
            case .howOften: howOften = newValue
            }
        }
    }
}
