import Foundation
import KFLImport
import KFLTestSupport
import Testing

/// The same input gives the same snapshot, cell for cell and bit for bit.
@Suite struct ImportDeterminismTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    func importFiles(_ files: [URL], as name: String) throws -> [String] {
        let output = dir.url.appendingPathComponent(name)
        _ = try Importer.run(files: files, output: output, options: .init(source: "test"))
        return try StoredSnapshot.dump(path: output.path)
    }

    @Test("importing the same CSV twice gives identical cells")
    func sameInputSameCells() throws {
        let files = try SyntheticCounty(seed: 7, unknownGender: false).writeCSV(to: dir.url)
        let first = try importFiles(files, as: "a.sqlite")
        #expect(first.count > 1_000)
        for name in ["b.sqlite", "c.sqlite"] {
            let again = try importFiles(files, as: name)
            #expect(again.count == first.count)
            let differing = zip(first, again).filter { $0 != $1 }
            #expect(differing.isEmpty, "\(differing.count) celler ulike, f.eks. \(differing.prefix(3))")
        }
    }
}
