/// The reports' table rows as plain text by column, computed once for the
/// Markdown and the HTML report (each escapes them its own way and fills its
/// template in `data/report-*-row.*`).
extension AnalysisReportData {
    /// The columns of the linked factors' table.
    var resultColumns: [String] {
        let r = Strings.Reports.self
        return [
            r.factorColumn, r.selectionColumn, r.unitColumn, r.municipalityColumn, r.countyColumn, r.differenceColumn,
        ]
    }

    /// The columns of the linked factors' shares.
    var shareColumns: [String] {
        let r = Strings.Reports.self, s = Strings.Shares.self
        return [
            r.factorColumn, r.selectionColumn, s.reportShareColumn, r.unitColumn, r.municipalityColumn,
            r.countyColumn, s.reportVerdictColumn,
        ]
    }

    /// The linked levels whose factor has a share, each with its result.
    var shareLines: [(line: FactorLine, result: FactorResult)] {
        levelLines.compactMap { line in
            guard line.factor.shares != nil, let result = line.result else { return nil }
            return (line, result)
        }
    }

    /// A linked factor's share: the unit's with n (or «skjermet» and why), the kommune's,
    /// the county's, and the verdict against the county's share with h.
    func shareRow(_ line: FactorLine, _ result: FactorResult) -> [String: String] {
        let comparison = result.shareVersusCounty
        return [
            "factor": line.factor.name,
            "selection": selectionText(group: line.groupName, trinn: line.linked.trinn, gender: line.linked.gender),
            "label": line.factor.shareLabel ?? "",
            "unit": Strings.Shares.text(result.unitShare, why: true) ?? Strings.Browser.noData,
            "municipality": Strings.Shares.text(result.municipalityShare, why: true) ?? "–",
            "county": Strings.Shares.text(result.countyShare, why: true) ?? "–",
            "verdictText": comparison.map {
                Strings.verdictText($0.verdict) + " (h = " + NorwegianFormat.signedDecimal($0.effectSize, digits: 2)
                    + ")"
            } ?? "–",
        ]
    }

    /// The columns of the indicators' table.
    var indicatorColumns: [String] {
        let r = Strings.Reports.self, a = Strings.Analysis.self
        return [
            r.factorColumn, r.selectionColumn, a.indicatorChange, a.indicatorTarget, a.indicatorByRound, r.startColumn,
            r.latestColumn, r.changeColumn,
        ]
    }

    /// A linked factor's row: its result for the unit, the kommune and the county.
    func row(_ line: FactorLine) -> [String: String] {
        row(
            factor: line.factor.name, direction: Strings.directionText(line.factor.direction),
            selection: selectionText(group: line.groupName, trinn: line.linked.trinn, gender: line.linked.gender),
            result: line.result)
    }

    /// The rows under a linked factor: boys, girls and each round, as step 3 shows them.
    func breakdownRows(_ line: FactorLine) -> [[String: String]] {
        line.breakdown.map { row(factor: $0.label, direction: "", selection: "", result: $0.result) }
    }

    func row(factor: String, direction: String, selection: String, result: FactorResult?) -> [String: String] {
        [
            "factor": factor,
            "direction": direction,
            "selection": selection,
            "unit": cellText(result?.unit),
            "municipality": result?.municipality == nil ? "–" : cellText(result?.municipality, withN: false),
            // Which trinn the county stands for, when pooled over the school's (`PooledReference`).
            "county": cellText(result?.county, withN: false) + Self.pooledSuffix(result?.referenceTrinn),
            "difference": comparisonText(result?.versusCounty),
        ]
    }

    /// An indicator's row: what should change, by when, and how it has moved.
    func row(_ line: IndicatorLine) -> [String: String] {
        let indicator = line.indicator
        let progress = line.progress
        return [
            "factor": factorName(indicator.factorID),
            "selection": selectionText(group: line.groupName, trinn: indicator.trinn, gender: indicator.gender),
            "changeSought": indicator.changeSought,
            "target": Strings.Analysis.targetText(indicator, progress),
            "byRound": indicator.byRound.map(String.init) ?? "–",
            "start": progress.map { "\($0.startRound): " + cellText($0.start) } ?? "–",
            "latest": latest(progress),
            "change": progress.map(Strings.Analysis.progressText) ?? "–",
        ]
    }

    /// An indicator's latest value, or why there is none.
    func latest(_ progress: IndicatorProgress?) -> String {
        guard let progress else { return "–" }
        guard let round = progress.latestRound else { return Strings.Analysis.noLaterRound(progress.startRound) }
        return "\(round): " + cellText(progress.latest)
    }
}

/// The reports' other shared texts: the status line, the footer, and the
/// facts listed under a hypothesis and a tiltak.
extension AnalysisReportData {
    /// "Pågår · Opprettet 14.11.2023 · Sist endret 15.11.2023 kl. 10.00".
    var statusText: String {
        let r = Strings.Reports.self
        let a = analysis
        return "\(Strings.Analysis.statusName(a.status)) · \(r.createdLabel) \(Strings.date(a.createdAt)) · "
            + "\(r.updatedLabel) \(Strings.dateTime(a.updatedAt))"
    }

    var footerText: String {
        Strings.Reports.footer(minimumN: provenance.minimumN, exportedAt: Strings.dateTime(exportedAt))
    }

    /// A hypothesis's perspective, evidence, assessment (and why), importance and influence, in words.
    func facts(
        of h: Hypothesis
    ) -> (
        perspective: String, evidence: String, assessment: String, reason: String, importance: String,
        influence: String
    ) {
        let a = Strings.Analysis.self
        let reason = h.reason.trimmingWhitespaceAndNewlines()
        return (
            h.perspective.map(a.perspectiveName) ?? a.notChosen,
            h.evidence.isEmpty ? a.notChosen : h.evidence.map(evidenceText).joined(separator: " · "),
            a.assessmentName(h.assessment),
            reason.isEmpty ? Strings.Analysis.empty : reason,
            h.importance.map(a.importanceName) ?? a.notChosen,
            h.influence.map(a.influenceName) ?? a.notChosen
        )
    }

    /// A hypothesis's data as step 4 names it: a linked change, cohort or gap
    /// with its verdict (the factor's first link), else the factor's name (its
    /// level is in the table of linked factors).
    func evidenceText(_ factorID: String) -> String {
        guard let line = linkedFactors.first(where: { $0.linked.factorID == factorID }), line.linked.view != .level
        else { return factorName(factorID) }
        guard let data = line.data else { return factorName(factorID) + ": " + Strings.Browser.noData }
        return Strings.Analysis.linkedEvidence(data, minimumN: provenance.minimumN)
    }

    /// A tiltak's who, from when, how often and the hypotheses it aims at, in words.
    func facts(of t: AnalysisAction) -> (who: String, fromWhen: String, howOften: String, targets: String) {
        func orEmpty(_ text: String) -> String { text.isEmpty ? Strings.Analysis.empty : text }
        let targets = t.hypothesisIDs.compactMap(hypothesisLabel)
        return (
            orEmpty(t.who), orEmpty(t.fromWhen), orEmpty(t.howOften),
            targets.isEmpty ? "–" : targets.joined(separator: "; ")
        )
    }
}

extension String {
    /// The first letter in upper case ("kan ikke …" → "Kan ikke …").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
