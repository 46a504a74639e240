import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// The HTML report on an A4 page: no column pushed off it, whatever the
/// group wrote; the Markdown report never lets HTML through.
@Suite struct ReportPrintTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    /// The page's tables with the widths of their columns, read from the HTML.
    static func tables(_ html: String) -> [(columns: Int, widths: [Int])] {
        html.components(separatedBy: "<table").dropFirst().map { table in
            let head = table.components(separatedBy: "</thead>").first ?? ""
            let columns = head.components(separatedBy: "<th>").count + head.components(separatedBy: "<th ").count - 2
            let widths = table.components(separatedBy: "<col style=\"width:").dropFirst().compactMap {
                Int($0.prefix { $0.isNumber })
            }
            return (columns, widths)
        }
    }

    /// The layout rule that keeps every column on the page: fixed table
    /// layout, a width for each column adding up to the page, long words
    /// broken, and nothing kept from wrapping.
    @Test func everyTableHasFixedColumnsThatAddUpToThePage() throws {
        let html = HTMLAnalysisReport.render(try fixture.reportData())
        #expect(html.contains("table-layout:fixed"))
        #expect(html.contains("overflow-wrap:anywhere"))
        #expect(!html.contains("nowrap"))
        let tables = Self.tables(html)
        #expect(tables.count >= 2)
        for table in tables {
            #expect(table.widths.count == table.columns)
            #expect(table.widths.reduce(0, +) == 100)
        }
    }

    @Test func aLongLatestMeasurementWrapsInsideItsColumn() throws {
        var analysis = try #require(try Workbook(path: fixture.workbookPath).load(id: fixture.analysisID))
        for i in analysis.indicators.indices {
            analysis.indicators[i].changeSought = "Mindre uro " + String(repeating: "og-enda-mindre-uro-", count: 12)
        }
        let data = try AnalysisReportData.build(
            analysis: analysis, source: try SnapshotReader(path: fixture.snapshotPath), exportedAt: Date())
        let html = HTMLAnalysisReport.render(data)
        #expect(html.contains("og-enda-mindre-uro-og"))
        for table in Self.tables(html) { #expect(table.widths.reduce(0, +) == 100) }
    }

    @Test func hypothesisNamesAreNeverCutWhereTiltakAimAtThem() throws {
        let data = try fixture.reportData()
        let markdown = MarkdownAnalysisReport.render(data)
        for hypothesis in data.analysis.hypotheses where !hypothesis.text.isEmpty {
            let oneLine = hypothesis.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(markdown.contains(oneLine))
        }
        #expect(!markdown.contains("…»"))
    }

    @Test func theExportCarriesStepThreesBoysGirlsAndRounds() throws {
        let data = try fixture.reportData()
        let line = try #require(data.linkedFactors.first)
        #expect(line.breakdown.map(\.label).contains("2016") && line.breakdown.map(\.label).contains("2018"))
        #expect(line.breakdown.map(\.label).contains("Gutter"))
        let markdown = MarkdownAnalysisReport.render(data)
        #expect(markdown.contains("| &nbsp;&nbsp;Gutter"))
        #expect(HTMLAnalysisReport.render(data).contains("<td class=\"sub\">2018</td>"))
    }

    @Test func markdownShowsHTMLFromAnImportedAnalysisAsText() throws {
        let markdown = MarkdownAnalysisReport.render(try fixture.reportData())
        #expect(markdown.contains("Uro på 7. trinn &lt;og&gt;"))
        #expect(!markdown.contains("<og>"))
    }

    /// Renders the page at A4 width in a headless browser, where one is installed.
    @Test func aHeadlessBrowserPrintsThePageWithinA4() throws {
        guard let browser = ["chromium", "chromium-browser", "google-chrome"].compactMap(Self.which).first else {
            print("skipped: no headless browser (chromium) on this machine; the layout rule is checked above")
            return
        }
        let html = fixture.directory.appendingPathComponent("rapport.html")
        try HTMLAnalysisReport.render(try fixture.reportData()).write(to: html, atomically: true, encoding: .utf8)
        let probe = """
            <script>window.onload=()=>{const w=document.documentElement.scrollWidth;\
            document.title=w<=document.documentElement.clientWidth?'fits':'overflow:'+w}</script>
            """
        let page = try String(contentsOf: html, encoding: .utf8).replacingOccurrences(
            of: "</body>", with: probe + "</body>")
        try page.write(to: html, atomically: true, encoding: .utf8)
        // A4 at 96 dpi less 1,6 cm margins: 673 px.
        let output = try Self.run(
            browser,
            [
                "--headless", "--disable-gpu", "--no-sandbox", "--window-size=673,1000",
                "--dump-dom", html.path,
            ])
        #expect(output.contains("<title>fits</title>"), "\(output.prefix(200))")
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
