import KFLCore
import TerminalUI

/// What the user can do in the overview ("Hva skiller seg ut"), the theme
/// list and a theme view.
public enum InsightAction: Hashable, Sendable {
    /// Up, down, a page, top or bottom, with the browser's own keys.
    case move(BrowserAction)
    /// The theme list: open the theme. The overview: the line's factor in detail.
    case open
    /// The selected line's theme, or the theme list from a theme.
    case themes
    case startAnalysis
    /// `o` from a theme or the theme list: the overview, as everywhere.
    case overview
    /// The unit's analyses (`A`), as from the results.
    case listAnalyses
    /// The keys of these views; closing it returns to the view.
    case help
    case back
    case quit
}

extension InsightAction {
    /// The browser's action of the same meaning (the status line is drawn from browser keys).
    var browserAction: BrowserAction {
        switch self {
        case .move(let action): return action
        case .open: return .open
        case .themes: return .themes
        case .startAnalysis: return .startAnalysis
        case .overview: return .overview
        case .listAnalyses: return .listAnalyses
        case .help: return .help
        case .back: return .back
        case .quit: return .quit
        }
    }
}

/// The keys of the overview and the theme views: one table for input, help and status line.
public enum InsightKeymap {
    public static var context: KeyContext<InsightAction> { contexts.current }
    private static let contexts = PerLanguage<KeyContext<InsightAction>> {
        typealias B = Keymap<InsightAction>.Binding
        let s = Strings.Browser.self
        let t = Strings.Themes.self
        let moves: [BrowserAction] = [.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom]
        let movement = BrowserKeymap.keymap.bindings.filter { moves.contains($0.action) }.map {
            B(
                keys: $0.keys, action: .move($0.action), help: $0.help, section: $0.section, hint: $0.hint,
                hintKeys: $0.hintKeys)
        }
        return KeyContext(
            Keymap(
                movement + [
                    B(
                        keys: [.enter, .right, .character("l")], action: .open, help: t.keyOpenInsight,
                        section: s.sectionMove, hint: s.hintOpen),
                    B(
                        keys: [.character("e")], action: .themes, help: t.keyThemes, section: s.sectionView,
                        hint: s.hintThemes),
                    B(
                        keys: [.character("a")], action: .startAnalysis, help: t.keyAnalysisFromLine,
                        section: s.sectionOther, hint: s.hintAnalysis),
                    B(keys: [.character("o")], action: .overview, help: t.keyOverview, section: s.sectionView),
                    // Not in the status line, which has no room for it at 80 columns: in the help.
                    B(keys: [.character("A")], action: .listAnalyses, help: s.keyAnalyses, section: s.sectionOther),
                    B(
                        keys: [.escape, .backspace, .left, .character("h")], action: .back, help: s.keyBack,
                        section: s.sectionMove, hint: s.hintBack),
                    B(
                        keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                        hint: s.hintQuit),
                    B(
                        keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp,
                        section: s.sectionOther, hint: s.hintHelp),
                ]))
    }
}

extension BrowserUpdate {
    /// `o`, or choosing a school (Enter on it, the search, `kfl --skole`): what
    /// stands out for the unit and round in view.
    static func openOverview(_ state: inout BrowserState) {
        guard state.currentItem != nil else { return }
        state.overlayBack = []
        state.highlights = nil
        state.overlay = .overview(selected: 0)
    }

    /// `e`: the theme of `factor` ("hva sier de andre om dette?"), or the
    /// theme list when the factor is in no theme or none is given.
    static func openTheme(_ state: inout BrowserState, of factor: Factor?, from origin: Overlay? = nil) {
        guard state.currentItem != nil else { return }
        state.overlayBack = origin.map { [$0] } ?? []
        let themes = state.info.instrument.themes
        if let factor {
            guard let theme = themes.first(where: { $0.factors.contains(factor.id) }) else {
                state.message = Strings.Themes.noThemeForFactor
                state.overlay = .themes(selected: 0)
                return
            }
            state.themeResults = nil
            state.themeFocus = factor.id
            state.overlay = .theme(id: theme.id, selected: 0)
        } else {
            state.overlay = .themes(selected: 0)
        }
    }

    /// A key over the overview, the theme list or a theme.
    static func insight(_ state: inout BrowserState, key: Key) {
        state.message = nil
        guard let action = InsightKeymap.context.action(for: key), let overlay = state.overlay else { return }
        let count = insightCount(state)
        func moved(_ selected: Int) -> Int {
            var list = ListState(selected: selected)
            let page = max(1, BrowserLayout(state).detailPage - 8)
            if case .move(let browserAction) = action { move(&list, browserAction, count: count, height: page) }
            return list.selected ?? 0
        }
        switch (action, overlay) {
        case (.quit, _):
            state.quitRequested = true
        case (.back, _):
            state.overlay = state.overlayBack.popLast()
        case (.overview, .overview):
            break
        case (.overview, _):
            openOverview(&state)
        case (.help, _):
            state.overlayBack.append(overlay)
            state.overlay = .help(scroll: 0)
        case (.move, _):
            switch overlay {
            case .overview(let s): state.overlay = .overview(selected: moved(s))
            case .themes(let s): state.overlay = .themes(selected: moved(s))
            case .theme(let id, let s): state.overlay = .theme(id: id, selected: moved(s))
            default: break
            }
        case (.open, .themes(let s)):
            let themes = state.info.instrument.themes
            guard themes.indices.contains(s) else { return }
            state.overlayBack.append(overlay)
            state.themeResults = nil
            state.overlay = .theme(id: themes[s].id, selected: 0)
        case (.open, .overview):
            openDetail(&state, of: selectedLine(state), from: overlay)
        case (.themes, .overview):
            guard let line = selectedLine(state) else { return }
            let back = state.overlayBack + [overlay]
            openTheme(&state, of: line.standing.factor)
            state.overlayBack = back
        case (.themes, .theme(let id, _)):
            state.overlayBack.append(overlay)
            let index = state.info.instrument.themes.firstIndex { $0.id == id } ?? 0
            state.overlay = .themes(selected: index)
        case (.startAnalysis, .overview):
            guard let line = selectedLine(state), let highlights = state.highlights else { return }
            let changed = line.kind == .changedForBetter || line.kind == .changedForWorse
            state.analysisRequest = AnalysisRequest(
                selection: ResultsSelection(
                    unitID: highlights.unit.id, round: highlights.round, trinn: 0, groupID: line.standing.group.id,
                    gender: .all),
                factorIDs: [line.standing.factor.id], listOnly: false, view: changed ? .development : .level,
                baseRound: changed ? highlights.previousRound : nil)
        case (.listAnalyses, _):
            guard let selection = state.selection else { return }
            state.analysisRequest = AnalysisRequest(selection: selection, factorIDs: [], listOnly: true)
        case (.startAnalysis, .theme):
            guard let results = state.themeResults, let first = results.standings.first else { return }
            state.analysisRequest = AnalysisRequest(
                selection: ResultsSelection(
                    unitID: results.unit.id, round: results.round, trinn: 0, groupID: first.group.id, gender: .all),
                factorIDs: results.standings.map(\.factor.id), listOnly: false, title: results.theme.name)
        default:
            break
        }
    }

    /// Enter on an overview line: the factor's detail (with its shares) for the overview's unit
    /// and round, the line's group, all trinn and both genders, as the line shows it. The
    /// results behind it follow (the group, the factor's row); Esc returns to the overview.
    static func openDetail(_ state: inout BrowserState, of line: Highlights.Line?, from overview: Overlay) {
        guard let line, let highlights = state.highlights else { return }
        let unitID = highlights.unit.id
        if let row = state.items.firstIndex(where: { $0.unitID == unitID && $0.trinn == 0 }) {
            state.navigation = ListState(selected: row)
        }
        state.round = highlights.round
        state.genderMode = .all
        state.preferredGroupID = line.standing.group.id
        let factors = state.info.instrument.factors.filter { $0.groupID == line.standing.group.id }
        state.results = ListState(selected: factors.firstIndex { $0.id == line.standing.factor.id } ?? 0)
        state.focus = .results
        state.overlayBack.append(overview)
        state.overlay = .detail(factorNumber: line.standing.factor.number, scroll: 0)
    }

    /// The overview's selected line.
    static func selectedLine(_ state: BrowserState) -> Highlights.Line? {
        guard case .overview(let s) = state.overlay, let lines = state.highlights?.lines, lines.indices.contains(s)
        else { return nil }
        return lines[s]
    }

    /// How many rows the overlay's cursor moves over.
    static func insightCount(_ state: BrowserState) -> Int {
        switch state.overlay {
        case .overview: return state.highlights?.lines.count ?? 0
        case .themes: return state.info.instrument.themes.count
        case .theme: return state.themeResults?.standings.count ?? 0
        default: return 0
        }
    }
}
