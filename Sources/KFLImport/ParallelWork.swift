import KFLCore

#if canImport(FoundationEssentials)
import Dispatch
import FoundationEssentials
#else
import Foundation
#endif

/// Independent pieces of work spread over every core, their results handed on in a
/// fixed order whatever the thread count.
enum ParallelWork {
    /// Works out every input over every core, the largest first (by `size`, one per input;
    /// ties in input order), so that with few pieces of uneven size no core is left alone with
    /// a big one at the end; and hands each result to `consume` in that same order, as soon as
    /// it and every result before it are done. A result is held only until its turn, so the
    /// results of all the pieces need not be in memory at once. `consume` runs on one thread at
    /// a time. Once it throws, the pieces not yet started are skipped, nothing more is
    /// consumed, and the first error is rethrown.
    static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], largestFirst size: [Int], _ transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        precondition(size.count == inputs.count, "one size per input")
        let order = inputs.indices.sorted { (-size[$0], $0) < (-size[$1], $1) }
        try withoutActuallyEscaping(consume) { consume in
            let sink = OrderedSink(consume: consume)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
                guard !sink.failed else { return }
                sink.deliver(transform(inputs[order[i]]), at: i)
            }
            if let error = sink.error { throw error }
        }
    }

    /// Results waiting for their turn, and the one thread at a time that consumes them.
    private final class OrderedSink<Output>: @unchecked Sendable {
        private let lock = Lock()
        private let consume: (Output) throws -> Void
        private var waiting: [Int: Output] = [:]
        private var next = 0
        private var consuming = false
        private var firstError: Error?

        init(consume: @escaping (Output) throws -> Void) { self.consume = consume }

        var failed: Bool {
            lock.lock()
            defer { lock.unlock() }
            return firstError != nil
        }

        var error: Error? {
            lock.lock()
            defer { lock.unlock() }
            return firstError
        }

        /// Keeps `value` (the result at `position` in the order) and, unless another thread is
        /// already at it, consumes every result whose turn has come.
        func deliver(_ value: Output, at position: Int) {
            lock.lock()
            waiting[position] = value
            guard !consuming else {
                lock.unlock()
                return
            }
            consuming = true
            while firstError == nil, let ready = waiting.removeValue(forKey: next) {
                next += 1
                lock.unlock()
                var thrown: Error?
                do { try consume(ready) } catch { thrown = error }
                lock.lock()
                if let thrown { firstError = thrown }
            }
            if firstError != nil { waiting.removeAll() }
            consuming = false
            lock.unlock()
        }
    }
}
