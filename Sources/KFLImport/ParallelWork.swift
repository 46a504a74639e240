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
