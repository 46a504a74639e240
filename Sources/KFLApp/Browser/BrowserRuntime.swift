import KFLCore
import TerminalUI

/// Drives the browser: keys in, state updated by `BrowserUpdate`, results for
/// the new selection loaded from the `ResultsSource`, a `Screen` out. The same
/// loop runs under ncurses and in scripted tests.
public final class BrowserRuntime {
    public internal(set) var state: BrowserState
    let source: ResultsSource
    private let pendingSearchIndex: PendingSearchIndex

    /// Opens at `location` when given. `chosen`: the user named the place to open
    /// (`kfl --skole`), so a school opens with its overview as when chosen in the
    /// browser; a remembered place opens as it was left.
    public init(
        source: ResultsSource, snapshotName: String, width: Int, height: Int,
        glyphs: Glyphs = .unicode, colors: Bool = true, location: BrowserLocation? = nil, chosen: Bool = false
    ) {
        self.source = source
        state = BrowserState(
            info: source.info, snapshotName: snapshotName, width: width, height: height, glyphs: glyphs, colors: colors)
        pendingSearchIndex = PendingSearchIndex(tree: source.info.tree)
        if let location {
            open(location)
            if chosen, location.unitKind == .school { BrowserUpdate.openOverview(&state) }
        }
        load()
    }

    /// Opens at a remembered or requested place; unknown codes are ignored.
    func open(_ location: BrowserLocation) {
        if let round = location.round, state.info.rounds.contains(round) { state.round = round }
        if let group = location.groupID, state.info.instrument.group(id: group) != nil {
            state.preferredGroupID = group
        }
        if let mode = location.genderMode { state.genderMode = mode }
        if let view = location.view { state.view = view }
        if let unit = state.tree.units.first(where: { $0.kind == location.unitKind && $0.code == location.unitCode }) {
            BrowserUpdate.jump(&state, toUnit: unit.id, trinn: location.trinn)
        }
    }

    public func handle(_ key: Key) {
        if case .resize(let width, let height) = key {
            state.width = width
            state.height = height
            return
        }
        if state.searchIndex == nil {
            let opensSearch = state.overlay == nil && BrowserKeymap.keymap.action(for: key) == .search
            state.searchIndex = pendingSearchIndex.value(waiting: opensSearch)
        }
        switch state.overlay {
        case .overview, .themes, .theme:
            BrowserUpdate.insight(&state, key: key)
        case .detail(let number, _):
            let action = BrowserKeymap.context(for: state).action(for: key)
            if action == .themes {
                let back = state.overlayBack
                BrowserUpdate.openTheme(&state, of: state.info.instrument.factors[number], from: state.overlay)
                state.overlayBack = back + state.overlayBack
            } else if let action {
                BrowserUpdate.update(&state, action, key: key)
            }
        default:
            if let action = BrowserKeymap.context(for: state).action(for: key) {
                BrowserUpdate.update(&state, action, key: key)
            }
        }
        load()
    }

    /// A note the status line starts with, from the app shell (why there are no analyses).
    public func setStatusNote(_ note: String?) { state.statusNote = note }

    /// The analysis request raised by the last key, handed over once.
    public func takeAnalysisRequest() -> AnalysisRequest? {
        defer { state.analysisRequest = nil }
        return state.analysisRequest
    }

    public func screen() -> Screen { BrowserView.render(state) }

    /// Loads what the state needs and does not have, in one read of the source.
    /// A school's list then shows the trinn of the group shown; when the unit
    /// lacks the group the user chose, the status says which one is shown instead.
    func load() {
        source.readTogether { loadNeeded() }
    }

    private func loadNeeded() {
        state.loadError = nil
        let shownBefore = state.loaded == nil ? nil : state.groupID
        loadResults()
        for _ in 0..<2 {
            state.listTrinn(of: state.groupID)
            guard state.wantedKey != state.loaded?.key else { break }
            loadResults()
        }
        if let shown = state.groupID, let before = shownBefore, shown != before, shown != state.preferredGroupID,
            let unit = state.currentUnit, let wanted = state.preferredGroupID.flatMap(state.info.instrument.group(id:)),
            let group = state.group
        {
            state.message = Strings.Browser.groupNotHere(wanted.name, unit: unit.name, shown: group.name)
        }
    }

    func loadResults() {
        do {
            if let wanted = state.wantedKey, wanted != state.loaded?.key, let unit = state.tree.unit(id: wanted.unitID)
            {
                let groups = try source.groups(for: unit, trinn: wanted.trinn)
                var byGender: [LoadedResults.GenderResults] = []
                var series: [AreaSeries]?
                var gaps: [AreaGaps]?
                let groupID = groups.first(where: { $0.id == wanted.groupID })?.id ?? groups.first?.id
                if let groupID {
                    let group = state.info.instrument.group(id: groupID)
                    let genders = group?.genderSplit == false ? [Gender.all] : wanted.genderMode.genders
                    for gender in genders {
                        let selection = ResultsSelection(
                            unitID: unit.id, round: wanted.round, trinn: wanted.trinn, groupID: groupID, gender: gender)
                        byGender.append(
                            .init(
                                gender: gender, areas: try source.areaResults(selection, restOfMunicipality: false),
                                development: try source.series(selection, kind: .sameTrinn)))
                    }
                    let gender = genders.count == 1 ? genders[0] : .all
                    let selection = ResultsSelection(
                        unitID: unit.id, round: wanted.round, trinn: wanted.trinn, groupID: groupID, gender: gender)
                    if let kind = wanted.view.seriesKind { series = try source.series(selection, kind: kind) }
                    if wanted.view == .genderGap { gaps = try source.genderGaps(selection) }
                }
                state.loaded = LoadedResults(
                    key: wanted, groups: groups, byGender: byGender, series: series, gaps: gaps)
                if let selected = state.results.selected, selected >= state.loaded!.factorCount {
                    state.results = ListState(selected: max(0, state.loaded!.factorCount - 1))
                }
            }
            if case .detail(let number, _) = state.overlay, let selection = state.selection {
                let factor = state.info.instrument.factors[number]
                if state.detail?.factor != factor || state.detail?.unit.id != selection.unitID
                    || state.detail?.byRound.first?.trinn != selection.trinn
                {
                    state.detail = try source.factorDetail(factor: factor, selection: selection)
                }
            }
            try loadInsights()
        } catch {
            let reason = ErrorText.message(for: error)
            state.loadError = reason
            state.message = Strings.Browser.loadFailed(reason)
        }
    }
}
