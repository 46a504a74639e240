import Foundation
import Testing

@testable import KFLCore

/// Step 3: a linked factor is a level, a change, a cohort or a gap; a level
/// reads and writes as it did before linked changes existed.
@Suite struct LinkedFactorTests {
    let elev510 = Instrument.builtIn.group(id: "elev510")
    let laerer = Instrument.builtIn.group(id: "laerer")

    func json(_ linked: LinkedFactor) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(linked)) as! [String: Any]
    }

    @Test func aLevelIsWrittenWithoutTheNewKeys() throws {
        let level = LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7, gender: .boys)
        #expect(Set(try json(level).keys) == ["id", "factorID", "trinn", "gender"])
    }

    @Test func aStartingPointSaysSoAndALinkWithoutTheKeyIsTheGroups() throws {
        let start = LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7, isStartingPoint: true)
        #expect(try json(start)["isStartingPoint"] as? Bool == true)
        #expect(try JSONDecoder().decode(LinkedFactor.self, from: JSONEncoder().encode(start)) == start)
        let old = Data(#"{"id": "l1", "factorID": "e510_uro", "trinn": 7, "gender": 0}"#.utf8)
        #expect(try JSONDecoder().decode(LinkedFactor.self, from: old).isStartingPoint == false)
    }

    @Test func aLinkWrittenBeforeLinkedChangesReadsAsALevel() throws {
        let old = Data(#"{"id": "l1", "factorID": "e510_uro", "trinn": 7, "gender": 1}"#.utf8)
        let linked = try JSONDecoder().decode(LinkedFactor.self, from: old)
        #expect(linked == LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7, gender: .boys))
        #expect(linked.view == .level && linked.round == nil && linked.baseRound == nil)
    }

    @Test func aChangeKeepsItsViewAndRounds() throws {
        let change = LinkedFactor(
            id: "l2", factorID: "e510_uro", trinn: 7, view: .sameClass, round: 2020, baseRound: 2016)
        let object = try json(change)
        #expect(object["view"] as? String == "sameClass")
        #expect(object["round"] as? Int == 2020 && object["baseRound"] as? Int == 2016)
        #expect(try JSONDecoder().decode(LinkedFactor.self, from: JSONEncoder().encode(change)) == change)
    }

    @Test func theRoundsOfAChangeFollowTheBrowsersRule() {
        let rounds = [2016, 2018, 2020]
        var linked = LinkedFactor(id: "l", factorID: "e510_uro", trinn: 7, view: .development)
        #expect(linked.change(analysisRound: 2020, rounds: rounds)! == (2018, 2020), "the round before, by default")
        #expect(linked.change(analysisRound: 2016, rounds: rounds) == nil, "no earlier round")
        linked.baseRound = 2016
        #expect(linked.change(analysisRound: 2020, rounds: rounds)! == (2016, 2020))
        linked.round = 2018
        #expect(
            linked.change(analysisRound: 2020, rounds: rounds)! == (2016, 2018), "its own round, not the analysis's")
        linked.view = .genderGap
        #expect(linked.change(analysisRound: 2020, rounds: rounds) == nil, "a gap is in one round")
    }

    @Test func theBaseRoundStepsBackNewestFirstAndRoundAgain() {
        let rounds = [2016, 2018, 2020]
        #expect(FactorSeries.nextBaseRound(after: nil, to: 2020, in: rounds) == 2018)
        #expect(FactorSeries.nextBaseRound(after: 2018, to: 2020, in: rounds) == 2016)
        #expect(FactorSeries.nextBaseRound(after: 2016, to: 2020, in: rounds) == 2018)
        #expect(FactorSeries.nextBaseRound(after: nil, to: 2016, in: rounds) == nil)
    }

    @Test func cohortsNeedATrinnAndTheGapAGroupThatAnswersPerGender() {
        #expect(LinkedView.fitting(trinn: 7, group: elev510) == LinkedView.allCases)
        #expect(LinkedView.fitting(trinn: 0, group: elev510) == [.level, .development, .genderGap])
        #expect(LinkedView.fitting(trinn: 0, group: laerer) == [.level, .development])
        #expect(LinkedView.sameClass.fitted(trinn: 0, group: elev510) == .development)
        #expect(LinkedView.genderGap.fitted(trinn: 0, group: laerer) == .level)
        #expect(LinkedView.sameTrinn.fitted(trinn: 6, group: elev510) == .sameTrinn)
    }
}
