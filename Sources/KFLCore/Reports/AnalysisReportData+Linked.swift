/// The reports' rows for linked changes, cohorts and gaps (step 3), as plain
/// text by column, computed once for the Markdown and the HTML report. The
/// numbers are the browser's (`LinkedData`), judged by the two-sample rule.
extension AnalysisReportData {
    /// The columns of the linked changes' table.
    var linkedColumns: [String] {
        let r = Strings.Reports.self
        return [
            r.factorColumn, r.selectionColumn, r.linkedViewColumn, r.roundsColumn, r.linkedOutcomeColumn,
            r.countyColumn,
        ]
    }

    /// A linked change, cohort or gap's row: what is linked, the values each
    /// round, the change or gap in words, and the county's.
    func linkedRow(_ line: FactorLine) -> [String: String] {
        let linked = line.linked
        let data = line.data
        let round = data?.round ?? linked.round(analysisRound: analysis.context.round)
        var selection = selectionText(
            group: line.groupName, trinn: linked.trinn, gender: linked.view == .genderGap ? .all : linked.gender)
        if linked.view == .sameClass { selection += " " + Strings.Reports.classInRound(round) }
        var values = [
            "factor": line.factor.name,
            "direction": Strings.directionText(line.factor.direction),
            "selection": selection,
            "view": Strings.Analysis.linkedDataLabel(linked.view, round: round, change: data?.change).capitalizedFirst,
            "rounds": "–", "outcome": "–", "county": "–",
        ]
        let minimumN = provenance.minimumN
        let showCounty = unit?.kind != .county
        switch data?.content {
        case nil:
            break
        case .notApplicable(let reason)?:
            values["outcome"] = Strings.Analysis.linkedNotApplicable(reason)
        case .series(let series)?:
            guard let data else { break }
            values["rounds"] = series.points.map { point in
                let trinn = linked.view == .sameClass ? " (\(Strings.trinnName(point.trinn)))" : ""
                let value = point.absence.map(Strings.Development.absenceText) ?? cellText(point.unit)
                return "\(point.round)\(trinn): \(value)"
            }.joined(separator: " · ")
            let text = Strings.Development.outcomeText(data.outcome, minimumN: minimumN)
            values["outcome"] =
                data.change.map { Strings.Development.changeLine(from: $0.from, to: $0.to, text: text) }
                ?? text.capitalizedFirst
            if showCounty {
                values["county"] =
                    Strings.Development.shortOutcomeText(data.countyOutcome, minimumN: minimumN)
                    + Self.pooledSuffix(series.referenceTrinn)
            }
        case .gap(let gap)?:
            let verdict = Strings.Development.gapVerdict
            values["rounds"] = gap.points.map { point in
                "\(point.round): "
                    + Strings.Development.shortOutcomeText(
                        gap.gap(round: point.round), minimumN: minimumN, verdictText: verdict)
            }.joined(separator: " · ")
            let point = gap.point(round: round)
            values["outcome"] = Strings.Reports.gapLine(
                round: round, boys: cellText(point?.boys), girls: cellText(point?.girls),
                gap: Strings.Development.outcomeText(gap.gap(round: round), minimumN: minimumN, verdictText: verdict))
            if showCounty {
                values["county"] =
                    Strings.Development.shortOutcomeText(
                        gap.countyGap(round: round), minimumN: minimumN, verdictText: verdict)
                    + Self.pooledSuffix(gap.referenceTrinn)
            }
        }
        return values
    }

    /// " (8.–10. trinn)" after the county's outcome when it is pooled over the school's trinn, as
    /// the level rows say it (`PooledReference`).
    static func pooledSuffix(_ span: ClosedRange<Int>?) -> String {
        span.map { " (" + Strings.Reference.span($0) + ")" } ?? ""
    }
}
