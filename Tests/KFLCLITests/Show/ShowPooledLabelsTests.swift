import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// `kfl show` for an ungdomsskole at «alle trinn»: development and boys against girls compare
/// with the county pooled over 8.–10. trinn (`PooledReference`), and every format says so, as the
/// level view does; the rest of the kommune says its trinn. A 1.–10. school's output is unchanged.
@Suite struct ShowPooledLabelsTests {
    static let school = ["--kommune", "Løten", "--skole", "Askløkka ungdomsskole", "--gruppe", "elev510"]

    func show(_ arguments: [String]) throws -> CLIRun {
        let run = kfl(["show", try DemoFixture.snapshotPath()] + Self.school + arguments)
        #expect(run.exitCode == 0, "\(run.err)")
        return run
    }

    func json(_ run: CLIRun) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        return try #require(object["results"] as? [[String: Any]])
    }

    @Test("--tidspunkt alle: a note under the heading, «fylket (8.–10.)» rows, CSV columns and JSON trinn")
    func development() throws {
        let text = try show(["--tidspunkt", "alle"]).out
        #expect(text.contains("Sammenlignet med fylket på 8.–10. trinn, trinnene skolen har."))
        #expect(text.contains("\n   fylket (8.–10.) "))
        #expect(!text.contains("\n   fylket  "))
        expectGolden(text, named: "show-askloekka-all-rounds-text")
        let csv = try show(["--tidspunkt", "alle", "--format", "csv"]).out
        let header = try #require(csv.components(separatedBy: "\r\n").first)
        #expect(header.contains(";sd 2016;fylket 8.–10. trinn 2016;gjennomsnitt 2018;"))
        #expect(!header.contains(";fylket 2016;"))
        for row in try json(try show(["--tidspunkt", "alle", "--format", "json"])) {
            #expect(row["referenceTrinnMin"] as? Int == 8 && row["referenceTrinnMax"] as? Int == 10)
        }
    }

    @Test("--kjonnsforskjell: the note, «fylket (8.–10.)» rows, CSV columns and JSON trinn")
    func genderGap() throws {
        let text = try show(["--kjonnsforskjell"]).out
        #expect(text.contains("Sammenlignet med fylket på 8.–10. trinn, trinnene skolen har."))
        #expect(text.contains("\n   fylket (8.–10.) "))
        #expect(!text.contains("\n   fylket  "))
        let csv = try show(["--kjonnsforskjell", "--format", "csv"]).out
        let header = try #require(csv.components(separatedBy: "\r\n").first)
        #expect(header.contains(";fylket 8.–10. trinn gutter;fylket 8.–10. trinn jenter;fylkets forskjell;"))
        let rows = try json(try show(["--kjonnsforskjell", "--format", "json"]))
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row["referenceTrinnMin"] as? Int == 8 && row["referenceTrinnMax"] as? Int == 10)
        }
    }

    @Test("the rest of the kommune says it is the school's 8.–10. trinn, not «samme trinn»; at one trinn, the same")
    func restOfMunicipality() throws {
        let pooled = try show([]).out
        #expect(pooled.contains("Løten kommune uten Askløkka ungdomsskole på 8.–10. trinn, trinnene skolen har;"))
        #expect(!pooled.contains("samme tidspunkt, trinn og kjønn"))
        let trinn = try show(["--trinn", "9"]).out
        #expect(trinn.contains("Løten kommune uten Askløkka ungdomsskole, samme tidspunkt, trinn og kjønn"))
        #expect(!trinn.contains("8.–10."))
    }

    @Test("nynorsk: the note, the rows and the rest say the trinn too")
    func nynorsk() throws {
        let development = kfl(
            ["show", try DemoFixture.snapshotPath()] + Self.school + ["--tidspunkt", "alle"],
            environment: ["KFL_SPRAK": "nn"])
        #expect(development.out.contains("Samanlikna med fylket på 8.–10. trinn, trinna skulen har."))
        #expect(development.out.contains("\n   fylket (8.–10.) "))
        let rest = kfl(["show", try DemoFixture.snapshotPath()] + Self.school, environment: ["KFL_SPRAK": "nn"])
        #expect(rest.out.contains("Løten kommune utan Askløkka ungdomsskole på 8.–10. trinn, trinna skulen har;"))
    }

    @Test("a school with every trinn of the group: plain «fylket», no note, no JSON trinn")
    func wholeRange() throws {
        let path = try DemoFixture.snapshotPath()
        let rognli = ["--skole", "Rognli skole", "--gruppe", "foreldre"]
        let text = kfl(["show", path] + rognli + ["--tidspunkt", "alle"]).out
        #expect(text.contains("\n   fylket  ") && !text.contains("fylket (") && !text.contains("Sammenlignet med"))
        let csv = kfl(["show", path] + rognli + ["--tidspunkt", "alle", "--format", "csv"]).out
        #expect(csv.contains(";fylket 2016;"))
        let json = kfl(["show", path] + rognli + ["--kjonnsforskjell", "--format", "json"]).out
        #expect(!json.contains("referenceTrinn"))
        #expect(kfl(["show", path] + rognli).out.contains("samme tidspunkt, trinn og kjønn"))
    }
}
