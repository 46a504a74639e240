import KFLCore

/// Something the user can put the cursor on in a step: a text field of the
/// analysis, or an item (with the text field Enter edits, if any).
public enum Slot: Hashable, Sendable {
    case text(AnalysisTextField)
    case item(ItemRef, field: String?)

    /// The text Enter edits here, if any.
    public var target: TextTarget? {
        switch self {
        case .text(let field): return .field(field)
        case .item(let ref, let field): return field.map { .item(ref, field: $0) }
        }
    }

    /// The item the slot is on, if any.
    public var item: ItemRef? {
        guard case .item(let ref, _) = self else { return nil }
        return ref
    }
}

/// A text that an editor can be opened on and that is saved on every change:
/// a field of the analysis, or a text field of an item.
public enum TextTarget: Hashable, Sendable {
    case field(AnalysisTextField)
    case item(ItemRef, field: String)
}

/// A sub-field of a tiltak, named as in `AnalysisAction.textFields`.
public enum ActionField: String, Hashable, Sendable, CaseIterable {
    case what, who, fromWhen, howOften
}

// The slots and texts of each kind of item, by name, for the views and tests.
extension Slot {
    public static func linkedFactor(id: String) -> Slot { .item(ItemRef(LinkedFactor.self, id: id), field: nil) }
    public static func hypothesis(id: String) -> Slot { .item(ItemRef(Hypothesis.self, id: id), field: "text") }
    /// Why the data support the hypothesis or not.
    public static func hypothesisReason(id: String) -> Slot {
        .item(ItemRef(Hypothesis.self, id: id), field: "reason")
    }
    public static func action(id: String, field: ActionField) -> Slot {
        .item(ItemRef(AnalysisAction.self, id: id), field: field.rawValue)
    }
    public static func indicator(id: String) -> Slot { .item(ItemRef(Indicator.self, id: id), field: "changeSought") }
}

extension TextTarget {
    public static func hypothesis(id: String) -> TextTarget { .item(ItemRef(Hypothesis.self, id: id), field: "text") }
    public static func hypothesisReason(id: String) -> TextTarget {
        .item(ItemRef(Hypothesis.self, id: id), field: "reason")
    }
    public static func action(id: String, field: ActionField) -> TextTarget {
        .item(ItemRef(AnalysisAction.self, id: id), field: field.rawValue)
    }
    public static func indicator(id: String) -> TextTarget {
        .item(ItemRef(Indicator.self, id: id), field: "changeSought")
    }
}
