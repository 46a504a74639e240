import KFLCore
import TerminalUI

/// A list to choose from, over the step.
public struct PickerState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case addLinkedFactor
        case addIndicator
        /// Evidence of a hypothesis (toggles).
        case evidence(hypothesisID: String)
        /// Hypotheses a tiltak aims at (toggles).
        case targets(actionID: String)
        /// The trinn of a linked factor or indicator.
        case trinn(ItemRef)
        /// The gender of a linked factor or indicator.
        case gender(ItemRef)
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
        case .addLinkedFactor, .addIndicator, .trinn, .gender: return false
        }
    }

    /// Moves the cursor by `delta` rows, skipping headings; stays put at the ends.
    mutating func move(by delta: Int) {
        var index = list.selected ?? 0
        let step = delta < 0 ? -1 : 1
        for _ in 0..<abs(delta) {
            var next = index
            repeat { next += step } while rows.indices.contains(next) && rows[next].value == nil
            guard rows.indices.contains(next) else { break }
            index = next
        }
        list.select(index, count: rows.count)
    }
}

/// What lies over the step, if anything.
public enum AnalysisOverlay: Sendable, Equatable {
    case help(scroll: Int)
    case guide(scroll: Int)
    case picker(PickerState)
    /// An indicator's target value being typed.
    case target(TargetInputState)
    /// A question answered with j/n; the slot says what would be removed.
    case confirmRemove(Slot)
    /// "Quit anyway?", asked when the text on screen could not be saved.
    case confirmQuit
}

/// An indicator's target value (målverdi) being typed: one line, checked
/// against the factor's scale when Enter is pressed.
public struct TargetInputState: Sendable, Equatable {
    public let indicatorID: String
    public var editor: TextEditor
    /// Why the last Enter was not taken; cleared by the next edit.
    public var problem: TargetValue.Problem?

    public init(indicatorID: String, text: String) {
        self.indicatorID = indicatorID
        editor = TextEditor(text: text)
    }
}
