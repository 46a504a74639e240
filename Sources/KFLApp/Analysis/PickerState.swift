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
        /// A maintaining factor the guide suggests, to take as a hypothesis.
        case suggestion
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
    /// Every row; `visibleRows` are those the search lets through.
    public var rows: [Row]
    /// The cursor, over `visibleRows`.
    public var list = ListState(selected: 0)
    /// What the user typed to search the factor list.
    public var filter = ""

    public init(purpose: Purpose, title: String, rows: [Row]) {
        self.purpose = purpose
        self.title = title
        self.rows = rows
    }

    public var isToggleList: Bool {
        switch purpose {
        case .evidence, .targets: return true
        case .addLinkedFactor, .addIndicator, .suggestion, .trinn, .gender: return false
        }
    }

    /// Whether typing searches the list (the long lists of factors).
    public var isFiltered: Bool { purpose == .addLinkedFactor || purpose == .addIndicator }

    /// The rows whose text contains the search (case- and accent-insensitively),
    /// each under its heading; every row when nothing is typed.
    public var visibleRows: [Row] {
        let needle = NorwegianCollation.searchFold(filter)
        guard !needle.isEmpty else { return rows }
        var result: [Row] = []
        var heading: Row?
        for row in rows {
            guard row.value != nil else {
                heading = row
                continue
            }
            guard NorwegianCollation.searchFold(row.text).contains(needle) else { continue }
            if let h = heading {
                result.append(h)
                heading = nil
            }
            result.append(row)
        }
        return result
    }

    /// The row under the cursor, if it can be chosen.
    public var selectedRow: Row? {
        let visible = visibleRows
        guard let index = list.selected, visible.indices.contains(index), visible[index].value != nil else {
            return nil
        }
        return visible[index]
    }

    /// Moves the cursor by `delta` rows, skipping headings; stays put at the ends.
    mutating func move(by delta: Int) {
        let visible = visibleRows
        var index = list.selected ?? 0
        let step = delta < 0 ? -1 : 1
        for _ in 0..<abs(delta) {
            var next = index
            repeat { next += step } while visible.indices.contains(next) && visible[next].value == nil
            guard visible.indices.contains(next) else { break }
            index = next
        }
        list.select(index, count: visible.count)
    }

    /// The search after a typed key (a character, or Backspace); the cursor
    /// goes to the first row that matches.
    mutating func type(_ key: Key) {
        switch key {
        case .character(let c): filter.append(c)
        case .backspace: if !filter.isEmpty { filter.removeLast() }
        default: return
        }
        let visible = visibleRows
        list = ListState(selected: visible.firstIndex { $0.value != nil } ?? 0)
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
    /// "Markdown or HTML?" after `E`.
    case exportFormat
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
