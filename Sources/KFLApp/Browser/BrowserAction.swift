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
    case overview, themes
    case quit
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

/// The browser's keys: one table that both handles input and renders help.
public enum BrowserKeymap {
    public static var keymap: Keymap<BrowserAction> { keymaps.current }
    private static let keymaps = PerLanguage<Keymap<BrowserAction>> {
        typealias B = Keymap<BrowserAction>.Binding
        let s = Strings.Browser.self
        return Keymap([
            B(keys: [.up, .character("k")], action: .moveUp, help: s.keyUp, section: s.sectionMove),
            B(keys: [.down, .character("j")], action: .moveDown, help: s.keyDown, section: s.sectionMove),
            B(keys: [.pageUp], action: .pageUp, help: s.keyPageUp, section: s.sectionMove),
            B(keys: [.pageDown, .character(" ")], action: .pageDown, help: s.keyPageDown, section: s.sectionMove),
            B(keys: [.home, .character("g")], action: .top, help: s.keyTop, section: s.sectionMove),
            B(keys: [.end, .character("G")], action: .bottom, help: s.keyBottom, section: s.sectionMove),
            B(keys: [.enter, .right, .character("l")], action: .open, help: s.keyOpen, section: s.sectionMove),
            B(
                keys: [.escape, .backspace, .left, .character("h")], action: .back, help: s.keyBack,
                section: s.sectionMove),
            B(keys: [.tab, .backTab], action: .switchPane, help: s.keyPane, section: s.sectionMove),
            B(keys: [.character("/")], action: .search, help: s.keySearch, section: s.sectionMove),
            B(keys: [.character("n")], action: .searchNext, help: s.keySearchNext, section: s.sectionMove),
            B(keys: [.character("N")], action: .searchPrevious, help: s.keySearchPrevious, section: s.sectionMove),
            B(keys: [.character("r")], action: .nextGroup, help: s.keyGroup, section: s.sectionView),
            B(keys: [.character("R")], action: .previousGroup, help: s.keyGroupBack, section: s.sectionView),
            B(keys: [.character("t")], action: .nextRound, help: s.keyRound, section: s.sectionView),
            B(keys: [.character("T")], action: .previousRound, help: s.keyRoundBack, section: s.sectionView),
            B(keys: [.character("K")], action: .nextGender, help: s.keyGender, section: s.sectionView),
            B(keys: [.character("v")], action: .nextView, help: s.keyView, section: s.sectionView),
            B(keys: [.character("V")], action: .previousView, help: s.keyViewBack, section: s.sectionView),
            B(keys: [.character("b")], action: .nextBaseRound, help: s.keyBaseRound, section: s.sectionView),
            B(keys: [.character("o")], action: .overview, help: Strings.Themes.keyOverview, section: s.sectionView),
            B(keys: [.character("e")], action: .themes, help: Strings.Themes.keyThemes, section: s.sectionView),
            B(keys: [.character("a")], action: .startAnalysis, help: s.keyAnalysis, section: s.sectionOther),
            B(keys: [.character("A")], action: .listAnalyses, help: s.keyAnalyses, section: s.sectionOther),
            B(keys: [.character("i")], action: .legend, help: s.keyLegend, section: s.sectionOther),
            B(keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther),
            B(keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ])
    }
}
