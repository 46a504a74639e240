import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// `kfl show --andeler`: each factor's unfavourable share right under it, under column
/// headings, with the kommune's share beside the county's, and n written one way.
@Suite struct ShowSharesTests {
    @Test("--andeler as text: headed share lines under their factor, the kommune's share, n with spaces")
    func sharesText() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognli skole", "--gruppe",
            "elev510", "--andeler")
        #expect(run.exitCode == 0, "\(run.err)")
        let lines = run.out.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0.contains("andel (ugunstig side)") })
        #expect(lines[heading].contains("enheten") && lines[heading].contains("kommunen"))
        #expect(lines[heading].contains("fylket") && lines[heading].contains("mot fylkets andel"))
        // The county before the kommune, as on the mean line («fylket 4,2  kommunen 4,3»).
        let order = ["enheten", "fylket", "kommunen", "mot fylkets andel"].compactMap {
            lines[heading].range(of: $0)?.lowerBound
        }
        #expect(order.count == 4 && order == order.sorted(), "\(lines[heading])")
        // «Trivsel på skolen», then its share straight under it, not after the area.
        let factor = try #require(lines.firstIndex { $0.hasPrefix(" Trivsel på skolen") })
        #expect(lines[factor + 1].hasPrefix("   andel med lav trivsel"), "\(lines[factor + 1])")
        // The county's n is written with a space between thousands, as in the share's n.
        #expect(
            run.out.range(of: #"(^|[ (])n \d{4,}"#, options: .regularExpression) == nil, "every n grouped by thousands")
        expectGolden(run.out, named: "show-shares-rognli-text")
    }

    @Test("--andeler for a kommune has no kommune column; CSV and JSON carry the kommune's share")
    func sharesKommuneAndFormats() throws {
        let run = kfl("show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--andeler")
        #expect(run.exitCode == 0, "\(run.err)")
        let heading = try #require(run.out.components(separatedBy: "\n").first { $0.contains("andel (ugunstig side)") })
        #expect(!heading.contains("kommunen"))
        let csv = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognli skole", "--andeler",
            "--format", "csv")
        #expect(csv.exitCode == 0, "\(csv.err)")
        let header = try #require(csv.out.components(separatedBy: "\r\n").first)
        #expect(header.contains("andel enheten (%);andel kommunen (%);andel fylket (%)"))
        // The shares are numbers for a sheet, as the means are: «24,5», never «24 %» or «(n 163)».
        let columns = header.components(separatedBy: ";")
        let unit = try #require(columns.firstIndex(of: "andel enheten (%)"))
        let rows = csv.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let shares = rows.map { $0.components(separatedBy: ";") }.filter { $0.count == columns.count }
        #expect(shares.count == rows.count && !shares.isEmpty)
        for fields in shares {
            for field in fields[unit...(unit + 2)] {
                #expect(
                    field.isEmpty || field.range(of: #"^\d+,\d$"#, options: .regularExpression) != nil, "«\(field)»")
            }
        }
        #expect(shares.contains { !$0[unit].isEmpty } && shares.contains { !$0[unit + 2].isEmpty })
        let json = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognli skole", "--andeler",
            "--format", "json")
        #expect(json.exitCode == 0, "\(json.err)")
        #expect(json.out.contains("\"municipalityProportion\""))
    }
}
