import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which pane has the keyboard.
public enum Pane: Hashable, Sendable {
    case navigation, results
}

/// What lies over the main screen, if anything.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case legend
    case detail(factorNumber: Int, scroll: Int)
    case search
    /// "Hva skiller seg ut" for the unit and round in view; `selected` is a line.
    case overview(selected: Int)
    /// The list of themes.
    case themes(selected: Int)
    /// One theme seen by every group; `selected` is a factor of it.
    case theme(id: String, selected: Int)
}

/// A place to open the browser at, stable across snapshots (codes, not ids).
public struct BrowserLocation: Codable, Hashable, Sendable {
    public var unitKind: UnitKind
    public var unitCode: String
    public var trinn: Int
    public var round: Int?
    public var groupID: String?
    public var genderMode: GenderMode?
    public var view: ResultsView?

    public init(
        unitKind: UnitKind, unitCode: String, trinn: Int = 0, round: Int? = nil, groupID: String? = nil,
        genderMode: GenderMode? = nil, view: ResultsView? = nil
    ) {
        self.unitKind = unitKind
        self.unitCode = unitCode
        self.trinn = trinn
        self.round = round
        self.groupID = groupID
        self.genderMode = genderMode
        self.view = view
    }
}

/// The results loaded for the current selection (filled in by the runtime).
public struct LoadedResults: Hashable, Sendable {
    public struct Key: Hashable, Sendable {
        public let unitID: Int
        public let trinn: Int
        public let round: Int
        public let groupID: String?
        public let genderMode: GenderMode
        public let view: ResultsView
    }

    /// One shown gender's results, with its development over the rounds.
    public struct GenderResults: Sendable {
        public let gender: Gender
        public let areas: [AreaResults]
        /// The same factors each round (same trinn and gender).
        public let development: [AreaSeries]?
    }

    public let key: Key
    public let groups: [RespondentGroup]
    /// One entry per shown gender (one, or boys and girls side by side).
    public let byGender: [GenderResults]
    /// The series the over-time views show (development and both cohorts),
    /// for the one shown gender, or all pupils when boys and girls are side by side.
    public var series: [AreaSeries]?
    /// Boys against girls each round (the `.genderGap` view).
    public var gaps: [AreaGaps]?

    public static func == (a: LoadedResults, b: LoadedResults) -> Bool { a.key == b.key && a.groups == b.groups }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// The factors in display order.
    public var factorCount: Int { byGender.first?.areas.reduce(0) { $0 + $1.factors.count } ?? 0 }
}

/// Search over kommuner and schools.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var matches: [Int] = []
    public var current = 0
}

/// The whole state of the results browser: a value, changed only by `update`.
public struct BrowserState: Sendable {
    public let info: SnapshotInfo
    public let snapshotName: String
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var colors: Bool

    /// The navigation level; its rows are kept in `items` (sorting names is not free
    /// for 2 700 schools, and the view asks for them several times a frame).
    public var level: NavigationLevel = .county {
        didSet { if level != oldValue { refreshItems() } }
    }
    /// The group whose trinn a school's list shows (nil: all the school's trinn).
    public private(set) var listedGroupID: String?
    public private(set) var items: [NavigationItem]
    /// The county level's rows, sorted once: going back up to them is a common move,
    /// and sorting 357 kommuner (nationally) on each was most of that key.
    private let countyItems: [NavigationItem]
    public var navigation = ListState(selected: 0)
    public var focus: Pane = .navigation
    public var round: Int
    /// The group the user chose; shown when the unit has it.
    public var preferredGroupID: String?
    public var genderMode: GenderMode = .all
    /// What the results pane shows.
    public var view: ResultsView = .levels
    /// Whether the results show each factor's unfavourable share (`p`).
    public var showsShares = false
    /// The earlier round a change is measured from (`b`); the round before
    /// `round` when unset or not earlier than it.
    public var baseRound: Int?
    public var results = ListState(selected: 0)
    public var overlay: Overlay?
    public var search = SearchState()
    public var searchIndex: SearchIndex?
    public var loaded: LoadedResults?
    public var detail: FactorDetail?
    /// The overview and the theme in view, loaded by the runtime for their overlays.
    public var highlights: Highlights?
    public var themeResults: ThemeResults?
    /// The factor a theme was opened from: selected once the theme is loaded.
    public var themeFocus: String?
    /// Overlays to go back to when the theme view or the overview is closed.
    public var overlayBack: [Overlay] = []
    public var message: String?
    /// Why the last load failed (the error's Norwegian text); nil after a load that worked.
    public var loadError: String?
    /// What the status line says before the key hints, set by the app shell.
    public var statusNote: String?
    public var quitRequested = false
    /// Set when the user asks to start an analysis; the app shell acts on it.
    public var analysisRequest: AnalysisRequest?

    public init(
        info: SnapshotInfo, snapshotName: String, width: Int, height: Int, glyphs: Glyphs = .unicode,
        colors: Bool = true
    ) {
        self.info = info
        self.snapshotName = snapshotName
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.colors = colors
        self.round = info.rounds.last ?? 0
        self.countyItems = NavigationLevel.county.items(in: info.tree)
        self.items = countyItems
    }

    public var tree: UnitTree { info.tree }

    mutating func refreshItems() {
        // The county's rows do not depend on the group (only a school's trinn do).
        items =
            level == .county
            ? countyItems : level.items(in: info.tree, group: listedGroupID.flatMap { info.instrument.group(id: $0) })
    }

    /// Lists the trinn of `groupID`, keeping the cursor on the same unit and
    /// trinn (or on the whole school when the group has no such trinn).
    mutating func listTrinn(of groupID: String?) {
        guard groupID != listedGroupID else { return }
        let current = currentItem
        listedGroupID = groupID
        refreshItems()
        let index = items.firstIndex { $0.unitID == current?.unitID && $0.trinn == current?.trinn }
        navigation = ListState(selected: index ?? 0)
    }

    public var currentItem: NavigationItem? {
        let items = self.items
        guard let index = navigation.selected, items.indices.contains(index) else { return items.first }
        return items[index]
    }

    public var currentUnit: ReportingUnit? { currentItem.flatMap { tree.unit(id: $0.unitID) } }

    /// The group shown: the preferred one if the unit has it, else the first it has.
    public var groupID: String? {
        guard let groups = loaded?.groups, !groups.isEmpty else { return preferredGroupID }
        if let preferred = preferredGroupID, groups.contains(where: { $0.id == preferred }) { return preferred }
        return groups.first?.id
    }

    public var group: RespondentGroup? { groupID.flatMap { info.instrument.group(id: $0) } }

    /// What the results pane should show now.
    public var wantedKey: LoadedResults.Key? {
        guard let item = currentItem else { return nil }
        return .init(
            unitID: item.unitID, trinn: item.trinn, round: round, groupID: preferredGroupID,
            genderMode: genderMode, view: view)
    }

    /// The rounds a change is measured between: from the chosen base round
    /// (or the one before) to the selected round; nil in the first round.
    public var changeRounds: (from: Int, to: Int)? {
        FactorSeries.changeRounds(base: baseRound, to: round, in: comparableRounds)
    }

    /// The rounds a change can be measured from: all of them, except that a class
    /// ("samme klasse") is followed only where it was at the school on the same questionnaire.
    public var comparableRounds: [Int] {
        guard view == .sameClass, let trinn = currentItem?.trinn, trinn > 0, let unit = currentUnit,
            let group = groupID.flatMap(info.instrument.group(id:))
        else { return info.rounds }
        return FactorSeries.classRounds(trinn: trinn, round: round, unit: unit, group: group, in: info.rounds)
    }

    /// The factor under the cursor in the results pane.
    public var selectedFactor: Factor? {
        guard let areas = loaded?.byGender.first?.areas else { return nil }
        let factors = areas.flatMap(\.factors)
        guard let index = results.selected, factors.indices.contains(index) else { return nil }
        return factors[index].factor
    }

    /// The selection as the statistics layer knows it.
    public var selection: ResultsSelection? {
        guard let item = currentItem, let groupID else { return nil }
        let gender = genderMode.genders.count == 1 ? genderMode.genders[0] : .all
        return ResultsSelection(unitID: item.unitID, round: round, trinn: item.trinn, groupID: groupID, gender: gender)
    }

    /// Where we are, to remember for next time.
    public var location: BrowserLocation? {
        guard let unit = currentUnit, let item = currentItem else { return nil }
        return BrowserLocation(
            unitKind: unit.kind, unitCode: unit.code, trinn: item.trinn, round: round,
            groupID: preferredGroupID, genderMode: genderMode, view: view)
    }
}

/// "Start a pedagogisk analyse from here": the unit, round and factors in
/// view, and what the view shows of them (a level, a change, a cohort, the gap).
public struct AnalysisRequest: Hashable, Sendable {
    public let selection: ResultsSelection
    public let factorIDs: [String]
    public let listOnly: Bool
    /// What the factors are linked as.
    public let view: LinkedView
    /// The earlier round of the change in view (development and cohorts).
    public let baseRound: Int?
    /// The new analysis's title when not the first factor's name (a theme's name).
    public let title: String?

    public init(
        selection: ResultsSelection, factorIDs: [String], listOnly: Bool, view: LinkedView = .level,
        baseRound: Int? = nil, title: String? = nil
    ) {
        self.selection = selection
        self.factorIDs = factorIDs
        self.listOnly = listOnly
        self.view = view
        self.baseRound = baseRound
        self.title = title
    }
}
