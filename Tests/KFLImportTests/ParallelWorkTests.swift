import Testing

@testable import KFLImport

/// The import's tables are worked out on every core and written one at a time, in a fixed
/// order: `ParallelWork.forEach` hands the results on in that order whatever the threads do.
@Suite struct ParallelWorkTests {
    struct Stop: Error, Equatable {}

    @Test("every result is consumed once, largest first, ties in input order")
    func consumesInOrder() throws {
        let inputs = Array(0..<200)
        // Uneven work, sizes with ties.
        let sizes = inputs.map { ($0 * 37) % 11 }
        var consumed: [Int] = []
        try ParallelWork.forEach(
            inputs, largestFirst: sizes,
            { input in
                var sum = 0
                for k in 0..<(input % 7) * 20_000 { sum &+= k }
                return (input, input * input, sum)
            },
            consume: { input, square, _ in
                #expect(square == input * input)
                consumed.append(input)
            })
        let expected = inputs.sorted { (-sizes[$0], $0) < (-sizes[$1], $1) }
        #expect(consumed == expected)
    }

    @Test("an error while consuming stops the consuming and is passed on")
    func errorStops() {
        var consumed: [Int] = []
        #expect(throws: Stop()) {
            try ParallelWork.forEach(
                Array(0..<50), largestFirst: Array(repeating: 0, count: 50), { $0 },
                consume: { input in
                    if input == 10 { throw Stop() }
                    consumed.append(input)
                })
        }
        #expect(consumed == Array(0..<10))
    }
}
