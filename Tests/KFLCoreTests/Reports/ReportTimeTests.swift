import KFLCore
import Testing

/// The exports give every time in Norwegian time: the snapshot's creation (stored in UTC)
/// as the export's own time in the footer.
@Suite struct ReportTimeTests {
    @Test("the data line gives the snapshot's time in Norwegian time, summer and winter")
    func dataLineInNorwegianTime() {
        #expect(
            Strings.Reports.dataLine(source: "svar.csv", createdAt: "2024-05-03T12:05:00Z")
                == "svar.csv, laget 3. mai 2024 kl. 14.05")
        #expect(
            Strings.Reports.dataLine(source: "svar.csv", createdAt: "2024-01-10T23:30:00Z")
                == "svar.csv, laget 11. januar 2024 kl. 0.30")
        #expect(Strings.Reports.dataLine(source: "svar.csv", createdAt: "ukjent") == "svar.csv, laget ukjent")
    }
}
