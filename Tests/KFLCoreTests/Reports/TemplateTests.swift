import Testing

@testable import KFLCore

/// The report templates in `data/`: slots filled as given, lines ending in
/// `\` joined without a break, no line end after the last line.
@Suite struct TemplateTests {
    @Test func slotsAreFilledAndContinuedLinesJoined() {
        let row = Template("report-results-row.md").render([
            "factor": "Trivsel", "direction": "høyere er bedre", "selection": "Elever 5–10", "unit": "4,1 (n = 20)",
            "municipality": "–", "county": "4,0", "difference": "ingen klar forskjell",
        ])
        #expect(row == "| Trivsel (høyere er bedre) | Elever 5–10 | 4,1 (n = 20) | – | 4,0 | ingen klar forskjell |")
    }

    @Test func theStyleSheetIsOneLine() {
        let css = Template("report.css").render([:])
        #expect(!css.contains("\n"))
        #expect(css.hasPrefix("body{") && css.hasSuffix("@page{margin:1.6cm}"))
    }

    @Test func everyReportTemplateIsEmbedded() {
        let names = [
            "report.css", "report-results-row.html", "report-results-row.md", "report-indicators-row.html",
            "report-indicators-row.md", "report-bar.svg", "report-bar-mark.svg",
        ]
        for name in names { #expect(DataFiles.text(named: name) != nil, "data/\(name)") }
    }
}
