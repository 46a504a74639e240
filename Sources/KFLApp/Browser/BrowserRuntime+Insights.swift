import KFLCore

extension BrowserRuntime {
    /// Loads the overview or the theme its overlay shows, for the unit and
    /// round in view, when not loaded yet.
    func loadInsights() throws {
        guard let unitID = state.currentItem?.unitID else { return }
        switch state.overlay {
        case .overview:
            if state.highlights?.unit.id != unitID || state.highlights?.round != state.round {
                state.highlights = try source.highlights(unitID: unitID, round: state.round)
            }
        case .theme(let id, let selected):
            guard let theme = state.info.instrument.themes.first(where: { $0.id == id }) else { return }
            let loaded = state.themeResults
            if loaded?.theme.id != id || loaded?.unit.id != unitID || loaded?.round != state.round {
                state.themeResults = try source.themeResults(theme, unitID: unitID, round: state.round)
            }
            if let focus = state.themeFocus {
                state.themeFocus = nil
                let index = state.themeResults?.standings.firstIndex { $0.factor.id == focus }
                state.overlay = .theme(id: id, selected: index ?? selected)
            }
        default:
            break
        }
    }
}
