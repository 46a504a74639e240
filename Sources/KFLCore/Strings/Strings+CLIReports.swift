/// What `kfl check` reports, output files, an import's source and `kfl --version`.
extension Strings.CLI {
    public static func checkSnapshotLine(_ path: String) -> String { nb("Snapshot: \(path)", nn: "Snapshot: \(path)") }
    public static func checkProblemsHeading(_ count: Int) -> String {
        nb(
            "Innholdet har \(count) feil som kfl ikke kan bruke:",
            nn: "Innhaldet har \(count) feil som kfl ikkje kan bruke:")
    }

    /// What `kfl check` says about a snapshot, line by line.
    public static func checkReport(
        path: String, schemaVersion: Int, supportedVersion: Int, intact: Bool, createdAt: String, source: String,
        isDemo: Bool, county: String, municipalities: Int, schools: Int, rounds: [Int], groups: Int, factors: Int,
        cells: Int, suppressed: Int, minimumN: Int
    ) -> [String] {
        [
            checkSnapshotLine(path),
            nb(
                "Skjemaversjon: \(schemaVersion) (denne kfl leser til og med \(supportedVersion))",
                nn: "Skjemaversjon: \(schemaVersion) (denne kfl les til og med \(supportedVersion))"),
            nb(
                "Hel fil: \(intact ? "ja (integritetskontroll ok)" : "NEI")",
                nn: "Heil fil: \(intact ? "ja (integritetskontroll ok)" : "NEI")"),
            nb("Laget: \(createdAt)", nn: "Laga: \(createdAt)"),
            nb("Kilde: \(source)", nn: "Kjelde: \(source)"),
            nb(
                "Demodata: \(isDemo ? "ja – \(Strings.demoBanner)" : "nei")",
                nn: "Demodata: \(isDemo ? "ja – \(Strings.demoBanner)" : "nei")"),
            nb(
                "Fylke: \(county), \(municipalities) \(municipalities == 1 ? "kommune" : "kommuner"), \(schools) \(schools == 1 ? "skole" : "skoler")",
                nn:
                    "Fylke: \(county), \(municipalities) \(municipalities == 1 ? "kommune" : "kommunar"), \(schools) \(schools == 1 ? "skule" : "skular")"
            ),
            nb(
                "Tidspunkt: \(Strings.list(rounds.map(String.init)))",
                nn: "Tidspunkt: \(Strings.list(rounds.map(String.init)))"),
            nb(
                "Instrument: \(groups) respondentgrupper, \(factors) faktorer",
                nn: "Instrument: \(groups) respondentgrupper, \(factors) faktorar"),
            nb(
                "Celler: \(NorwegianFormat.integer(cells)), skjermet: \(NorwegianFormat.integer(suppressed))",
                nn: "Celler: \(NorwegianFormat.integer(cells)), skjerma: \(NorwegianFormat.integer(suppressed))"),
            nb(
                "min_n: \(minimumN) (færre svar enn dette vises aldri)",
                nn: "min_n: \(minimumN) (færre svar enn dette blir aldri viste)"),
        ]
    }
}

extension Strings.CLI {
    public static var outputIsDirectory: String {
        nb("det er en mappe; oppgi et filnavn", nn: "det er ei mappe; oppgi eit filnamn")
    }
    public static func outputFolderMissing(_ folder: String) -> String {
        nb("mappen \(folder) finnes ikke", nn: "mappa \(folder) finst ikkje")
    }
    public static func outputFolderNotWritable(_ folder: String) -> String {
        nb("du har ikke skrivetilgang til mappen \(folder)", nn: "du har ikkje skrivetilgang til mappa \(folder)")
    }
    public static var outputWriteFailed: String {
        nb(
            "skrivingen feilet (fullt lager eller manglende tilgang?)",
            nn: "skrivinga feila (fullt lager eller manglande tilgang?)")
    }
}

extension Strings.CLI {
    /// The default `source` of an import: the files, shortened when there are many.
    public static func sourceFromFiles(_ names: [String]) -> String {
        names.count <= 3
            ? names.joined(separator: ", ")
            : names.prefix(2).joined(separator: ", ")
                + nb(" og \(names.count - 2) andre CSV-filer", nn: " og \(names.count - 2) andre CSV-filer")
    }
}

extension Strings.CLI {
    public static func groupNotHere(_ group: String, unit: String, trinn: Int, available: [String]) -> String {
        let place = trinn > 0 ? nb("\(unit), \(trinn). trinn", nn: "\(unit), \(trinn). trinn") : unit
        return nb(
            "«\(group)» har ingen resultater for \(place). Tilgjengelig her: \(available.joined(separator: ", "))",
            nn: "«\(group)» har ingen resultat for \(place). Tilgjengeleg her: \(available.joined(separator: ", "))")
    }
}

extension Strings.CLI {
    /// `kfl --version`: the version on the first line (scripts read only that),
    /// then the build and the file formats this build reads.
    public static func versionText(
        commit: String?, snapshotSchema: Int, workbookSchema: Int, workbookMigration: String, bundleVersion: Int
    ) -> String {
        nb(
            """
            kfl \(version)
            Bygg: \(commit.map { "commit \($0.prefix(12))" } ?? "commit ukjent (ikke oppgitt da kfl ble bygget)")
            Snapshot: skjemaversjon \(snapshotSchema) (eldre snapshot lages på nytt med kfl import)
            Arbeidsbok: skjemaversjon \(workbookSchema) (\(workbookMigration)); eldre arbeidsbøker oppgraderes
            Analysepakker (JSON): leser versjon 1–\(bundleVersion), skriver versjon \(bundleVersion)
            """,
            nn: """
                kfl \(version)
                Bygg: \(commit.map { "commit \($0.prefix(12))" } ?? "commit ukjend (ikkje oppgitt då kfl vart bygd)")
                Snapshot: skjemaversjon \(snapshotSchema) (eldre snapshot må lagast på nytt med kfl import)
                Arbeidsbok: skjemaversjon \(workbookSchema) (\(workbookMigration)); eldre arbeidsbøker blir oppgraderte
                Analysepakkar (JSON): les versjon 1–\(bundleVersion), skriv versjon \(bundleVersion)
                """)
    }
}
