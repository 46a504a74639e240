import KFLCore
import TerminalUI

/// Everything the user can do in the results browser.
public enum BrowserAction: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, switchPane
    case nextGroup, previousGroup, nextRound, previousRound, nextGender
    case nextView, previousView, nextBaseRound
    case search, searchNext, searchPrevious
    case legend, help
    case startAnalysis, listAnalyses
    case overview, themes, toggleShares
    case quit
    // Over the results: the help, the legend, a factor's detail.
    case scrollUp, scrollDown, scrollPageUp, scrollPageDown, scrollTop, scrollBottom, close
    // While searching.
    case searchType, searchHitUp, searchHitDown, searchGo, searchCancel
}

/// How results are split by gender.
public enum GenderMode: Int, Hashable, Sendable, CaseIterable, Codable {
    case all, boys, girls, sideBySide

    var next: GenderMode { GenderMode(rawValue: (rawValue + 1) % GenderMode.allCases.count) ?? .all }

    /// The genders whose cells are shown.
    var genders: [Gender] {
        switch self {
        case .all: return [.all]
        case .boys: return [.boys]
        case .girls: return [.girls]
        case .sideBySide: return [.boys, .girls]
        }
    }

    var label: String {
        switch self {
        case .all: return Strings.genderName(.all)
        case .boys: return Strings.genderName(.boys)
        case .girls: return Strings.genderName(.girls)
        case .sideBySide: return Strings.Browser.sideBySide
        }
    }
}

/// The browser's keys: for each place one table that handles the keys,
/// fills the status line (in this order of importance; `?` last) and renders
/// the help.
public enum BrowserKeymap {
    typealias B = Keymap<BrowserAction>.Binding
    static var s: Strings.Browser.Type { Strings.Browser.self }

    /// Every key of the main screen, for the help overlay (one table per language).
    public static var keymap: Keymap<BrowserAction> { keymaps.current }
    private static let keymaps = PerLanguage<Keymap<BrowserAction>> {
        Keymap([
            B(
                keys: [.up, .character("k")], action: .moveUp, help: s.keyUp, section: s.sectionMove, hint: s.hintMove,
                hintKeys: [.up, .down]),
            B(keys: [.down, .character("j")], action: .moveDown, help: s.keyDown, section: s.sectionMove),
            B(keys: [.pageUp], action: .pageUp, help: s.keyPageUp, section: s.sectionMove),
            B(keys: [.pageDown, .character(" ")], action: .pageDown, help: s.keyPageDown, section: s.sectionMove),
            B(keys: [.home, .character("g")], action: .top, help: s.keyTop, section: s.sectionMove),
            B(keys: [.end, .character("G")], action: .bottom, help: s.keyBottom, section: s.sectionMove),
            B(
                keys: [.enter, .right, .character("l")], action: .open, help: s.keyOpen, section: s.sectionMove,
                hint: s.hintOpen),
            B(
                keys: [.escape, .backspace, .left, .character("h")], action: .back, help: s.keyBack,
                section: s.sectionMove, hint: s.hintBack),
            B(keys: [.tab, .backTab], action: .switchPane, help: s.keyPane, section: s.sectionMove, hint: s.hintPane),
            B(keys: [.character("/")], action: .search, help: s.keySearch, section: s.sectionMove, hint: s.hintSearch),
            B(
                keys: [.character("n")], action: .searchNext, help: s.keySearchNext, section: s.sectionMove,
                hint: s.hintNextHit),
            B(keys: [.character("N")], action: .searchPrevious, help: s.keySearchPrevious, section: s.sectionMove),
            B(keys: [.character("r")], action: .nextGroup, help: s.keyGroup, section: s.sectionView, hint: s.hintGroup),
            B(keys: [.character("R")], action: .previousGroup, help: s.keyGroupBack, section: s.sectionView),
            B(keys: [.character("t")], action: .nextRound, help: s.keyRound, section: s.sectionView, hint: s.hintRound),
            B(keys: [.character("T")], action: .previousRound, help: s.keyRoundBack, section: s.sectionView),
            B(
                keys: [.character("K")], action: .nextGender, help: s.keyGender, section: s.sectionView,
                hint: s.hintGender),
            B(keys: [.character("v")], action: .nextView, help: s.keyView, section: s.sectionView, hint: s.hintView),
            B(keys: [.character("V")], action: .previousView, help: s.keyViewBack, section: s.sectionView),
            B(
                keys: [.character("b")], action: .nextBaseRound, help: s.keyBaseRound, section: s.sectionView,
                hint: s.hintBaseRound),
            B(
                keys: [.character("p")], action: .toggleShares, help: Strings.Shares.keyColumn,
                section: s.sectionView, hint: Strings.Shares.hintColumn),
            B(
                keys: [.character("o")], action: .overview, help: Strings.Themes.keyOverview, section: s.sectionView,
                hint: s.hintOverview),
            B(
                keys: [.character("e")], action: .themes, help: Strings.Themes.keyThemes, section: s.sectionView,
                hint: s.hintThemes),
            B(
                keys: [.character("a")], action: .startAnalysis, help: s.keyAnalysis, section: s.sectionOther,
                hint: s.hintAnalysis),
            B(
                keys: [.character("A")], action: .listAnalyses, help: s.keyAnalyses, section: s.sectionOther,
                hint: s.hintAnalyses),
            B(keys: [.character("i")], action: .legend, help: s.keyLegend, section: s.sectionOther, hint: s.hintLegend),
            B(
                keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                hint: s.hintQuit),
            B(
                keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther,
                hint: s.hintHelp),
        ])
    }

    /// The keys valid now: the main screen's (those that do something here),
    /// an overlay's, the search's, or only quitting when the window is too small.
    public static func context(for state: BrowserState) -> KeyContext<BrowserAction> {
        guard BrowserView.fits(state) else { return tooSmall }
        switch state.overlay {
        case .search: return search(state)
        case .help: return scrolling
        case .legend: return closing
        case .detail: return detail
        case .overview, .themes, .theme: return insight
        case nil: return KeyContext(main(state))
        }
    }

    /// The order of the main screen's keys in the status line: what a new
    /// user needs first. (The help lists them by section.)
    static let statusOrder: [BrowserAction] = [
        .open, .back, .switchPane, .startAnalysis, .moveUp, .nextGroup, .nextRound, .nextGender, .nextView, .search,
        .legend,
        .overview, .themes, .toggleShares, .listAnalyses, .nextBaseRound, .searchNext, .quit, .help,
    ]

    /// The main keymap's bindings in the status line's order over the list and over the results,
    /// sorted once for each language (the status line is drawn for every key).
    static let navigationStatusBindings = PerLanguage { statusSorted(statusOrder) }
    static let resultsStatusBindings = PerLanguage {
        // Over the results the share column's key comes after the round's, so it shows at 120 columns.
        statusSorted(
            statusOrder.filter { $0 != .toggleShares }.flatMap {
                $0 == .nextRound ? [.nextRound, .toggleShares] : [$0]
            })
    }

    /// The main keymap's bindings in `order`; equal ranks keep the keymap's order.
    static func statusSorted(_ order: [BrowserAction]) -> [Keymap<BrowserAction>.Binding] {
        let ranked = keymap.bindings.enumerated().map { index, binding in
            (rank: order.firstIndex(of: binding.action) ?? order.count, index: index, binding: binding)
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.binding)
    }

    /// The main screen's keys, without those that would do nothing here
    /// (`n` with no search hits, `b` with no earlier round, Enter on a trinn),
    /// in the status line's order.
    static func main(_ state: BrowserState) -> Keymap<BrowserAction> {
        let sorted = (state.focus == .results ? resultsStatusBindings : navigationStatusBindings).current
        return Keymap(
            sorted.filter { binding in
                switch binding.action {
                case .searchNext, .searchPrevious: return state.search.matches.count > 1
                case .nextBaseRound: return state.view != .levels
                case .toggleShares: return state.view == .levels
                case .previousView: return true
                case .open:
                    return state.focus == .results ? state.selectedFactor != nil : state.currentItem?.opens != nil
                case .back: return state.focus == .results || state.level != .county
                default: return true
                }
            }.map { binding in
                var binding = binding
                if binding.action == .open, state.focus == .results { binding.hint = s.hintDetail }
                if binding.action == .open, state.focus == .navigation, case .school = state.currentItem?.opens {
                    binding.hint = s.hintOpenSchool
                }
                // With no earlier round `b` only says so: bound, not offered.
                if binding.action == .nextBaseRound, !state.info.rounds.contains(where: { $0 < state.round }) {
                    binding.hint = ""
                }
                return binding
            })
    }

    /// Typing a name: the hits move with ↑↓, Enter goes to the chosen one.
    static func search(_ state: BrowserState) -> KeyContext<BrowserAction> {
        var bindings: [B] = []
        if state.search.matches.count > 1 {
            bindings.append(
                B(
                    keys: [.down], action: .searchHitDown, help: s.keySearchHit, section: s.sectionMove,
                    hint: s.hintChooseHit, hintKeys: [.up, .down]))
            bindings.append(B(keys: [.up], action: .searchHitUp, help: "", section: s.sectionMove))
        }
        if !state.search.matches.isEmpty {
            bindings.append(
                B(keys: [.enter], action: .searchGo, help: s.keySearchGo, section: s.sectionMove, hint: s.hintGoTo))
        }
        bindings += [
            B(keys: [.backspace], action: .searchType, help: s.keySearchBackspace, section: s.sectionMove),
            B(
                keys: [.escape], action: .searchCancel, help: s.keySearchCancel, section: s.sectionMove,
                hint: s.hintCancel),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]
        return KeyContext(Keymap(bindings), otherKey: .searchType)
    }

    /// The help: arrows scroll, any other key closes.
    static var scrolling: KeyContext<BrowserAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.down, .character("j")], action: .scrollDown, help: s.keyScroll, section: s.sectionMove,
                    hint: s.hintScroll, hintKeys: [.up, .down]),
                B(keys: [.up, .character("k")], action: .scrollUp, help: "", section: s.sectionMove),
                B(
                    keys: [.pageDown, .character(" ")], action: .scrollPageDown, help: s.keyPageDown,
                    section: s.sectionMove),
                B(keys: [.pageUp], action: .scrollPageUp, help: s.keyPageUp, section: s.sectionMove),
                B(keys: [.home, .character("g")], action: .scrollTop, help: s.keyTop, section: s.sectionMove),
                B(keys: [.end, .character("G")], action: .scrollBottom, help: s.keyBottom, section: s.sectionMove),
                B(keys: [.escape], action: .close, help: s.keyClose, section: s.sectionMove, hint: s.hintClose),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// The legend: any key closes it.
    static var closing: KeyContext<BrowserAction> {
        KeyContext(
            Keymap([
                B(keys: [.escape], action: .close, help: s.keyClose, section: s.sectionMove, hint: s.hintClose),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// A factor's detail: scrolls, starts an analysis, any other key closes.
    static var detail: KeyContext<BrowserAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.down, .character("j")], action: .scrollDown, help: s.keyScroll, section: s.sectionMove,
                    hint: s.hintScroll, hintKeys: [.up, .down]),
                B(keys: [.up, .character("k")], action: .scrollUp, help: "", section: s.sectionMove),
                B(keys: [.pageDown], action: .scrollPageDown, help: s.keyPageDown, section: s.sectionMove),
                B(keys: [.pageUp], action: .scrollPageUp, help: s.keyPageUp, section: s.sectionMove),
                B(
                    keys: [.character("a")], action: .startAnalysis, help: s.keyAnalysis, section: s.sectionOther,
                    hint: s.hintAnalysis),
                B(
                    keys: [.character("e")], action: .themes, help: Strings.Themes.keyThemes, section: s.sectionView,
                    hint: s.hintThemes),
                B(keys: [.character("o")], action: .overview, help: Strings.Themes.keyOverview, section: s.sectionView),
                B(keys: [.escape], action: .close, help: s.keyClose, section: s.sectionMove, hint: s.hintClose),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// The overview, the theme list and a theme: `InsightKeymap`'s table (which handles
    /// their keys) read as browser actions, for the status line.
    static var insight: KeyContext<BrowserAction> {
        KeyContext(InsightKeymap.context.keymap.mapActions(\.browserAction))
    }

    /// The window is too small: only quitting works.
    static var tooSmall: KeyContext<BrowserAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                    hint: s.hintQuit)
            ]))
    }
}
