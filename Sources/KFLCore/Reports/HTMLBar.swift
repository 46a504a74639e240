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
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\"",
            "<rect x=\"0\" y=\"3\" width=\"\(number(width))\" height=\"10\" fill=\"#e6e6e6\"/>",
            "<rect x=\"0\" y=\"3\" width=\"\(x(value.mean))\" height=\"10\" fill=\"\(fill)\"/>",
        ]
        if let county = result?.county?.value {
            parts.append("<line x1=\"\(x(county.mean))\" x2=\"\(x(county.mean))\" y1=\"0\" y2=\"16\" stroke=\"#000\" stroke-width=\"2\"/>")
            label += ", \(Strings.Reports.countyColumn.lowercased()) \(NorwegianFormat.decimal(county.mean, digits: 2))"
        }
        if let municipality = result?.municipality?.value {
            parts.append("<line x1=\"\(x(municipality.mean))\" x2=\"\(x(municipality.mean))\" y1=\"0\" y2=\"16\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>")
            label += ", \(Strings.Reports.municipalityColumn.lowercased()) \(NorwegianFormat.decimal(municipality.mean, digits: 2))"
        }
        parts[0] += " aria-label=\"\(HTMLAnalysisReport.escape(label))\">"
        return parts.joined() + "</svg>"
    }

    /// SVG coordinates with a decimal point (SVG is not Norwegian).
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
