/// A factor result drawn as an inline SVG bar on the factor's scale, with
/// the county (solid line) and kommune (dashed line) marked. Nothing is drawn
/// for a suppressed or missing value.
enum HTMLBar {
    static let width = 200.0
    static let height = 16.0

    static func svg(_ factor: Factor, _ result: FactorResult?, verdict: Verdict) -> String {
        guard let value = result?.unit?.value else { return "" }
        let scale = factor.scale
        func x(_ mean: Double) -> String {
            let fraction = (mean - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
            return number(min(max(fraction, 0), 1) * width)
        }
        let fill: String
        switch verdict {
        case .clearlyBetter: fill = "#2e8b57"
        case .clearlyWorse: fill = "#d2691e"
        case .noClearDifference, .notComparable: fill = "#7a8ca3"
        }
        var label = "\(factor.name): \(NorwegianFormat.decimal(value.mean, digits: 2))"
        let mark = Template("report-bar-mark.svg")
        var marks = ""
        if let county = result?.county?.value {
            marks += mark.render(["x": x(county.mean), "stroke": "2", "dash": ""])
            label += ", \(Strings.Reports.countyColumn.lowercased()) \(NorwegianFormat.decimal(county.mean, digits: 2))"
        }
        if let municipality = result?.municipality?.value {
            marks += mark.render(["x": x(municipality.mean), "stroke": "1.5", "dash": " stroke-dasharray=\"3 2\""])
            let name = Strings.Reports.municipalityColumn.lowercased()
            label += ", \(name) \(NorwegianFormat.decimal(municipality.mean, digits: 2))"
        }
        return Template("report-bar.svg").render([
            "width": number(width), "height": number(height), "label": HTMLAnalysisReport.escape(label),
            "value": x(value.mean), "fill": fill, "marks": marks,
        ])
    }

    /// SVG coordinates with a decimal point (SVG is not Norwegian).
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
