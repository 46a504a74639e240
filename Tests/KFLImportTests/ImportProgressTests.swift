import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLImport

@Suite struct ImportProgressTests {
    @Test("an import says each file as it reads it, each table as it is written, then the last check")
    func progressInOrder() throws {
        let dir = try TemporaryDirectory()
        // The test support's fixture (this target has a DemoFixture of its own).
        let demo = KFLTestSupport.DemoFixture.self
        let pupils = try dir.file("elever.csv", text: try demo.csvSample("2016-elev510", rows: 80))
        let parents = try dir.file("foreldre.csv", text: try demo.csvSample("2016-foreldre", rows: 80))
        var seen: [ImportProgress] = []
        _ = try Importer.run(
            files: [URL(fileURLWithPath: pupils), URL(fileURLWithPath: parents)],
            output: URL(fileURLWithPath: dir.path("ut.sqlite")), options: Importer.Options(source: "test")
        ) { seen.append($0) }
        #expect(
            seen == [
                .reading(file: 1, of: 2, name: "elever.csv"), .reading(file: 2, of: 2, name: "foreldre.csv"),
                .protecting(table: 1, of: 2), .protecting(table: 2, of: 2), .finishing,
            ])
    }

    @Test("the progress texts, in bokmål and nynorsk")
    func texts() {
        #expect(ImportProgress.reading(file: 3, of: 18, name: "a.csv").text == "Leser svarfil 3 av 18: a.csv …")
        #expect(
            ImportProgress.protecting(table: 5, of: 18).text
                == "Regner ut og skjermer små grupper: tabell 5 av 18 …")
        Language.$current.withValue(.nynorsk) {
            #expect(ImportProgress.finishing.text == "Sjekkar og lagrar snapshotet …")
        }
    }
}
