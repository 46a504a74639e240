import Foundation
import Testing

@testable import KFLCore

@Suite struct AnalysisCodingTests {
    static func roundTrip(_ a: Analysis) throws -> Analysis {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Analysis.self, from: encoder.encode(a))
    }

    @Test func anAnalysisSurvivesJSON() throws {
        var a = AnalysisFixtures.analysis()
        a[.evaluationEffect] = "Delvis"
        a.indicators = [
            Indicator(id: "i1", factorID: "e510_uro", trinn: 7, changeSought: "Mindre uro", target: 1.9, byRound: 2018)
        ]
        #expect(try Self.roundTrip(a) == a)
    }

    @Test func revisionsAreNotPartOfTheContent() throws {
        var a = AnalysisFixtures.analysis()
        a.revisions.header = 7
        a.hypotheses[0].revision = 3
        let back = try Self.roundTrip(a)
        #expect(back.revisions.header == 0 && back.hypotheses[0].revision == 0)
        #expect(back.hasSameContent(as: a))
        #expect(back.contentFingerprint == a.contentFingerprint)
    }

    @Test func changedContentChangesTheFingerprint() {
        let a = AnalysisFixtures.analysis()
        var b = a
        b.goal = "Arbeidsro"
        #expect(!b.hasSameContent(as: a))
        #expect(b.contentFingerprint != a.contentFingerprint)
    }

    @Test func newIDsKeepTheLinksBetweenTiltakAndHypotheses() {
        let a = AnalysisFixtures.analysis()
        var counter = 0
        let copy = a.withNewIDs {
            counter += 1
            return "n\(counter)"
        }
        #expect(copy.id == "n1")
        #expect(copy.hypotheses.map(\.id) == ["n2", "n3"])
        #expect(copy.actions[0].hypothesisIDs == ["n2"])
        #expect(copy.warnings().isEmpty)
        #expect(copy.challenge == a.challenge)
    }

    @Test func anUnknownEvaluationQuestionIsRefused() throws {
        let json = """
            {"id":"x","title":"t","unit":{"kind":"skole","code":"1","name":"S"},
             "context":{"round":2016,"trinn":0,"gender":0},
             "status":"active","createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z",
             "evaluation":{"hvaNå":"?"}}
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(throws: DecodingError.self) { try decoder.decode(Analysis.self, from: Data(json.utf8)) }
    }
}
