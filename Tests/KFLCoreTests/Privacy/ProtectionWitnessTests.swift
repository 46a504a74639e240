import Testing

@testable import KFLCore

/// Witnesses are other data that agree with every published number: each one found
/// must exist, and where none can exist none may be claimed.
@Suite struct ProtectionWitnessTests {
    let scale = AnswerScale(1...5)

    /// n answers all equal to `value` (no spread).
    func equal(_ n: Int, _ value: Double) -> CellMoments {
        CellMoments(n: n, sum: Double(n) * value, sumOfSquares: Double(n) * value * value)
    }

    func reach(_ corners: [(CellMoments, Int)]) -> CubeReach {
        CubeReach(ProtectionWitness(scale: scale, corners: corners.map { ProtectionWitness.Corner($0.0, sign: $0.1) }))
    }

    @Test("two single answers can only trade places: the mean moves from one to the other, and counts can move")
    func singleAnswersSwap() {
        let cube = reach([(equal(1, 2), 1), (equal(1, 4), -1)])
        let steps = cube.steps(countShift: 0)!
        #expect(abs(steps.lowerBound) < 1e-9 && abs(steps.upperBound - 2) < 1e-6)
        let mean = cube.meanWidth(of: equal(1, 2), sign: 1, wanted: 0.8)
        #expect(mean.width >= 0.8 && mean.countChanges)
        // Scores 3,0 and 3,2 are too close: swapping moves the mean by 0,2 only.
        let close = reach([(equal(1, 3), 1), (equal(1, 3.2), -1)]).meanWidth(of: equal(1, 3), sign: 1, wanted: 0.8)
        #expect(close.width < 0.8)
    }

    @Test("groups without spread cannot move towards each other's values without gaining spread")
    func noSpreadMovesOneWay() {
        // Three answers of 4 (gaining) and three of 3 (losing): Σx can only go down, at most until they swap.
        let steps = reach([(equal(3, 4), 1), (equal(3, 3), -1)]).steps(countShift: 0)!
        #expect(steps.upperBound < 1e-6)
        #expect(steps.lowerBound < -2.9 && steps.lowerBound > -3.0 - 1e-6)
    }

    @Test("groups at the floor protect nothing: every move leaves the mean at 1,0")
    func atTheFloor() {
        let cube = reach([(equal(3, 1), 1), (equal(3, 1), -1)])
        let mean = cube.meanWidth(of: equal(3, 1), sign: 1, wanted: 0.8)
        #expect(mean.width < 1e-9)
    }

    @Test("a roomy partner moves the mean of a small group over the whole width asked for")
    func roomyPartner() {
        let partner = CellMoments(n: 20, sum: 60, sumOfSquares: 20 * 9 + 19 * 0.8 * 0.8)
        let small = CellMoments(n: 3, sum: 9, sumOfSquares: 27 + 2 * 0.5)
        let mean = reach([(small, 1), (partner, -1)]).meanWidth(of: small, sign: 1, wanted: 0.8)
        #expect(mean.width >= 0.8 - 1e-9 && mean.countChanges)
    }

    @Test("every step reported is checked: the Σx² step it needs exists for every corner")
    func reportedStepsAreFeasible() {
        let corners = [
            (CellMoments(n: 4, sum: 14, sumOfSquares: 52), 1), (CellMoments(n: 2, sum: 5, sumOfSquares: 13), -1),
            (CellMoments(n: 5, sum: 16, sumOfSquares: 56), -1), (CellMoments(n: 1, sum: 2, sumOfSquares: 4), 1),
        ]
        let witness = ProtectionWitness(
            scale: scale, corners: corners.map { ProtectionWitness.Corner($0.0, sign: $0.1) })
        for shift in -2...2 {
            guard let steps = witness.steps(countShift: shift) else { continue }
            #expect(witness.feasible(countShift: shift, sumStep: steps.lowerBound))
            #expect(witness.feasible(countShift: shift, sumStep: steps.upperBound))
        }
    }
}
