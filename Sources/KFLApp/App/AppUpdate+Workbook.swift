import KFLCore
import TerminalUI

/// A workbook that could not be opened for writing: the results are browsed
/// as usual, the status line says why there are no analyses, and `a` or `A`
/// try the workbook again (the lock may be gone, the disk freed) before they
/// explain what is wrong and what to do.
extension AppUpdate {
    static func workbookRetried(
        _ problem: WorkbookProblem?, _ request: AnalysisRequest, _ state: inout AppState
    ) -> [AppEffect] {
        state.workbookProblem = problem
        guard problem == nil else {
            state.showsWorkbookProblem = true
            return []
        }
        return start(request, &state)
    }

    /// Any key closes the explanation; Ctrl-C quits, as everywhere.
    static func closeWorkbookProblem(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        state.showsWorkbookProblem = false
        if key == .controlC { state.quitRequested = true }
        return []
    }
}
