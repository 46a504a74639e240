import KFLCore
import TerminalUI

/// The browser's update: (state, action) → state. Pure: no I/O. Data for the
/// new selection is loaded afterwards by `BrowserRuntime`.
public enum BrowserUpdate {
    public static func update(_ state: inout BrowserState, _ action: BrowserAction, key: Key? = nil) {
        state.message = nil
        switch action {
        case .quit:
            state.quitRequested = true
        case .scrollUp, .scrollDown, .scrollPageUp, .scrollPageDown, .scrollTop, .scrollBottom:
            scroll(&state, action)
        case .close:
            // The help opened over the overview or a theme, and a factor's detail opened from
            // the overview, return to it.
            state.overlay = state.overlay.flatMap {
                switch $0 {
                case .help, .detail: return state.overlayBack.popLast()
                default: return nil
                }
            }
        case .searchType:
            if let key { search(&state, key: key) }
        case .searchHitUp, .searchHitDown:
            let count = state.search.matches.count
            guard count > 0 else { return }
            let delta = action == .searchHitDown ? 1 : count - 1
            state.search.current = (state.search.current + delta) % count
        case .searchGo:
            state.overlay = nil
            guard state.search.matches.indices.contains(state.search.current) else { return }
            let unitID = state.search.matches[state.search.current]
            jump(&state, toUnit: unitID)
            // Choosing a school from the search is choosing it: what stands out there comes first.
            if state.tree.unit(id: unitID)?.kind == .school { openOverview(&state) }
        case .searchCancel:
            state.overlay = nil
        case .help:
            state.overlayBack = []
            state.overlay = state.overlay == .help(scroll: 0) ? nil : .help(scroll: 0)
        case .legend:
            state.overlay = state.overlay == .legend ? nil : .legend
        case .search:
            state.overlay = .search
            state.search = SearchState()
            if state.searchIndex == nil { state.searchIndex = SearchIndex(tree: state.tree) }
        case .searchNext, .searchPrevious:
            guard !state.search.matches.isEmpty else { return }
            let count = state.search.matches.count
            state.search.current = (state.search.current + (action == .searchNext ? 1 : count - 1)) % count
            jump(&state, toUnit: state.search.matches[state.search.current])
        case .switchPane:
            state.focus = state.focus == .navigation ? .results : .navigation
        case .nextRound, .previousRound:
            let rounds = state.info.rounds
            guard let i = rounds.firstIndex(of: state.round), !rounds.isEmpty else { return }
            state.round = rounds[(i + (action == .nextRound ? 1 : rounds.count - 1)) % rounds.count]
        case .nextGroup, .previousGroup:
            guard let groups = state.loaded?.groups, !groups.isEmpty else { return }
            let current = groups.firstIndex { $0.id == state.groupID } ?? 0
            let next = (current + (action == .nextGroup ? 1 : groups.count - 1)) % groups.count
            state.preferredGroupID = groups[next].id
            state.results = ListState(selected: 0)
        case .nextGender:
            state.genderMode = state.genderMode.next
        case .toggleShares:
            state.showsShares.toggle()
        case .nextView:
            state.view = state.view.next
        case .previousView:
            state.view = state.view.previous
        case .nextBaseRound:
            // Steps back through the rounds before the selected one, newest first, then round again
            // (for a class, only those it was at the school on the same questionnaire).
            guard
                let next = FactorSeries.nextBaseRound(
                    after: state.changeRounds?.from, to: state.round, in: state.comparableRounds)
            else {
                let anyEarlier = state.info.rounds.contains { $0 < state.round }
                state.message =
                    state.view == .sameClass && anyEarlier
                    ? Strings.Development.classNotAtEarlierRound : Strings.Development.noEarlierRound
                return
            }
            state.baseRound = next
        case .overview:
            openOverview(&state)
        case .themes:
            openTheme(&state, of: state.focus == .results ? state.selectedFactor : nil)
        case .startAnalysis, .listAnalyses:
            guard let selection = state.selection else { return }
            let factors = state.selectedFactor.map { [$0.id] } ?? []
            // From a view over time or of the gap, the view's data is linked, not only the level.
            state.analysisRequest = AnalysisRequest(
                selection: selection, factorIDs: factors, listOnly: action == .listAnalyses,
                view: state.view.linkedView, baseRound: state.changeRounds?.from)
        case .open:
            if state.focus == .results {
                if let factor = state.selectedFactor {
                    state.overlayBack = []
                    state.overlay = .detail(factorNumber: factor.number, scroll: 0)
                }
            } else if let opens = state.currentItem?.opens {
                state.level = opens
                // Keep showing the same unit: "Hele kommunen"/"Hele skolen" is row 0.
                state.navigation = ListState(selected: 0)
                // Opening a school (not moving over it) shows what stands out there first;
                // Esc goes on to the school's results and trinn.
                if case .school = opens { openOverview(&state) }
            } else {
                state.focus = .results
            }
        case .back:
            if state.focus == .results {
                state.focus = .navigation
            } else if let parent = state.level.parent(in: state.tree) {
                let childUnit = state.level.unitID(in: state.tree)
                state.level = parent
                let index = state.items.firstIndex { $0.unitID == childUnit && $0.opens != nil } ?? 0
                state.navigation = ListState(selected: index)
            }
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let layout = BrowserLayout(state)
            if state.focus == .navigation {
                move(&state.navigation, action, count: state.items.count, height: layout.navigationPage)
            } else {
                move(&state.results, action, count: state.loaded?.factorCount ?? 0, height: layout.resultsPage(state))
            }
        }
    }

    static func move(_ list: inout ListState, _ action: BrowserAction, count: Int, height: Int) {
        switch action {
        case .moveUp: list.move(by: -1, count: count)
        case .moveDown: list.move(by: 1, count: count)
        case .pageUp: list.page(-1, height: height, count: count)
        case .pageDown: list.page(1, height: height, count: count)
        case .top: list.selectFirst(count: count)
        case .bottom: list.selectLast(count: count)
        default: break
        }
    }

    /// Opens the navigation at a unit: a kommune in the county list, a school in its kommune.
    public static func jump(_ state: inout BrowserState, toUnit id: Int, trinn: Int = 0) {
        guard let unit = state.tree.unit(id: id) else { return }
        switch unit.kind {
        case .county, .region:
            state.level = .county
            state.navigation = ListState(selected: 0)
        case .municipality:
            state.level = .county
            state.navigation = ListState(selected: state.items.firstIndex { $0.unitID == id } ?? 0)
        case .school:
            if trinn > 0 {
                state.level = .school(id)
                state.navigation = ListState(selected: state.items.firstIndex { $0.trinn == trinn } ?? 0)
            } else {
                state.level = state.tree.municipality(of: unit).map { .municipality($0.id) } ?? .county
                state.navigation = ListState(selected: state.items.firstIndex { $0.unitID == id } ?? 0)
            }
        }
        state.focus = .navigation
    }

    /// A key typed into the search: the query changes, the first hit is chosen.
    static func search(_ state: inout BrowserState, key: Key) {
        switch key {
        case .backspace:
            if !state.search.query.isEmpty { state.search.query.removeLast() }
        case .character(let c):
            state.search.query.append(c)
        case .paste(let text):
            state.search.query += text.filter { !$0.isNewline }
        default:
            return
        }
        state.search.matches = state.searchIndex?.matches(for: state.search.query) ?? []
        state.search.current = 0
    }

    /// Scrolls the help or a factor's detail, within what it has.
    static func scroll(_ state: inout BrowserState, _ action: BrowserAction) {
        let layout = BrowserLayout(state)
        let move: ScrollMove
        switch action {
        case .scrollDown: move = .lineDown
        case .scrollUp: move = .lineUp
        case .scrollPageDown: move = .pageDown
        case .scrollPageUp: move = .pageUp
        case .scrollTop: move = .top
        default: move = .bottom
        }
        switch state.overlay {
        case .help(let scroll):
            let limit = layout.helpScrollLimit(state)
            state.overlay = .help(scroll: move.applied(to: scroll, limit: limit, page: layout.helpPage))
        case .detail(let number, let scroll):
            let limit = layout.detailScrollLimit(state)
            let page = max(1, layout.detailPage - 1)
            state.overlay = .detail(factorNumber: number, scroll: move.applied(to: scroll, limit: limit, page: page))
        default:
            break
        }
    }

    /// Kommuner and schools whose name contains the query, in Norwegian order.
    public static func matches(for query: String, in tree: UnitTree) -> [Int] {
        SearchIndex(tree: tree).matches(for: query)
    }
}
