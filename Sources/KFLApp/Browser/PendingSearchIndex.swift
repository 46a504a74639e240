import KFLCore

#if canImport(FoundationEssentials)
import Dispatch
import FoundationEssentials
#else
import Foundation
#endif

/// The search index, built on another thread as soon as the browser opens
/// (sorting and folding thousands of names takes a while on the national
/// snapshot), so the first `/` finds it ready instead of building it.
final class PendingSearchIndex: @unchecked Sendable {
    private let done = DispatchGroup()
    private var index: SearchIndex?

    init(tree: UnitTree) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            // Written once, before `leave`; read only after `wait` or `notify` has seen it.
            self.index = SearchIndex(tree: tree)
            self.done.leave()
        }
    }

    /// The index: waits for it when `waiting` (a search is being opened),
    /// otherwise nil while it is still being built.
    func value(waiting: Bool) -> SearchIndex? {
        if waiting {
            done.wait()
        } else if done.wait(timeout: .now()) == .timedOut {
            return nil
        }
        return index
    }
}
