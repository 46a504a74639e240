import Foundation

/// Independent pieces of work spread over every core. Each result lands in its
/// own place, so the output is in input order whatever the thread count.
enum ParallelWork {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let results = Results<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            results.store(transform(inputs[i]), at: i)
        }
        return results.all()
    }

    /// `map`, starting the largest pieces first (by `size`, one per input; ties in input
    /// order): with few pieces of uneven size, no core is left alone with a big one at the end.
    /// The output is in input order, as with `map`.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], largestFirst size: [Int], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        precondition(size.count == inputs.count, "one size per input")
        let order = inputs.indices.sorted { (-size[$0], $0) < (-size[$1], $1) }
        let results = Results<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let index = order[i]
            results.store(transform(inputs[index]), at: index)
        }
        return results.all()
    }

    private final class Results<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Output?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: Output, at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func all() -> [Output] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
