import KFLCore
import TerminalUI

/// A factor result to show: factor at a trinn and gender, at the analysis's unit.
public struct FactorKey: Hashable, Sendable {
    public let factorID: String
    public let trinn: Int
    public let gender: Gender
}

/// The whole state of an open analysis: a value, changed only by
/// `AnalysisUpdate`, drawn by `AnalysisView`.
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
    public var notice: Notice?
    public var perspectiveFilter: Perspective?
    public var onlyPrioritised = false
    /// Results for linked factors and evidence, loaded by the runtime.
    public var details: [FactorKey: FactorDetail] = [:]
    /// Indicator progress, loaded by the runtime, by indicator id.
    public var progress: [String: IndicatorProgress] = [:]
    /// Linked changes, cohorts and gaps, loaded by the runtime, by linked factor id.
    public var linkedData: [String: LinkedData] = [:]
    /// The respondent groups the unit has results for (the factor picker's
    /// rows), loaded by the runtime once.
    public var groups: [RespondentGroup]?
    /// Set when the user leaves the analysis (back to the list), or it is gone.
    public var closeRequested = false
    public var quitRequested = false

    public init(
        analysis: Analysis, info: SnapshotInfo, width: Int, height: Int, glyphs: Glyphs = .unicode, colors: Bool = true
    ) {
        self.analysis = analysis
        self.info = info
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.colors = colors
    }

    /// The status line's text.
    public var message: String? { notice?.text }

    public var steps: AnalysisSteps { .builtIn }
    public var unit: ReportingUnit? { analysis.unit.resolve(in: info.tree) }

    /// Hypotheses shown in step 4 after the perspective and priority filters.
    public var visibleHypotheses: [Hypothesis] {
        analysis.hypotheses.filter { h in
            (perspectiveFilter == nil || h.perspective == perspectiveFilter) && (!onlyPrioritised || h.isPrioritised)
        }
    }

    /// The slots of the current step, top to bottom (as the step's view lays them out).
    public var slots: [Slot] { StepContent.slots(self) }

    /// One slot per row of the step: the first slot of each item (a hypothesis
    /// and its reason are one row), and each text field. "The same row" after
    /// a removal is counted in these.
    public var rows: [Slot] {
        var seen = Set<ItemRef>()
        return slots.filter { slot in slot.item.map { seen.insert($0).inserted } ?? true }
    }

    /// The focused slot: the stored one if it is still there, else the first.
    public var focusedSlot: Slot? {
        let all = slots
        if let focus, all.contains(focus) { return focus }
        return all.first
    }

    /// The item of `type` the cursor is on.
    public func focused<Item: AnalysisItem>(_ type: Item.Type) -> Item? {
        guard let ref = focusedSlot?.item, ref.kind == Item.kind else { return nil }
        return analysis.item(type, id: ref.id)
    }

    /// The hypothesis the cursor is on (step 4).
    public var focusedHypothesis: Hypothesis? { focused(Hypothesis.self) }
    /// The tiltak the cursor is on (step 5).
    public var focusedAction: AnalysisAction? { focused(AnalysisAction.self) }
    public var focusedLinkedFactor: LinkedFactor? { focused(LinkedFactor.self) }
    public var focusedIndicator: Indicator? { focused(Indicator.self) }

    /// The linked factor or indicator the cursor is on (steps 3 and 7).
    public var focusedFactorItem: (any FactorItem)? {
        guard let ref = focusedSlot?.item else { return nil }
        return analysis.item(ref)?.base as? any FactorItem
    }

    /// The text a target holds in the analysis as loaded (nil: the item is gone).
    public func storedText(_ target: TextTarget) -> String? {
        switch target {
        case .field(let field): return analysis[field]
        case .item(let ref, let field): return analysis.item(ref)?.text(field)
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

    /// The key of a factor as evidence: at the linked factor's trinn and
    /// gender, else at the analysis's.
    public func evidenceKey(_ factorID: String) -> FactorKey {
        let linked = evidenceLink(factorID)
        return key(
            factorID: factorID, trinn: linked?.trinn ?? analysis.context.trinn,
            gender: linked?.gender ?? analysis.context.gender)
    }

    /// How a hypothesis's data is linked in step 3: the factor's first link.
    public func evidenceLink(_ factorID: String) -> LinkedFactor? {
        analysis.linkedFactors.first { $0.factorID == factorID }
    }

    /// Keys of every result the steps show: linked levels and evidence.
    public var wantedDetails: Set<FactorKey> {
        var keys = Set(
            analysis.linkedFactors.filter { $0.view == .level }.map {
                key(factorID: $0.factorID, trinn: $0.trinn, gender: $0.gender)
            })
        for hypothesis in analysis.hypotheses {
            for factorID in hypothesis.evidence { keys.insert(evidenceKey(factorID)) }
        }
        return keys
    }

    /// The result at the analysis's round for a key, if loaded.
    public func result(_ key: FactorKey) -> FactorResult? {
        details[key]?.byRound.first { $0.round == analysis.context.round }?.result
    }
}
