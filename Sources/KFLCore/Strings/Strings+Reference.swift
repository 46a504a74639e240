/// Texts that say what a unit is compared with when the county and kommune are pooled over
/// the trinn a school has (`PooledReference`).
extension Strings {
    public enum Reference {
        /// "8.–10. trinn", or "5. trinn" for one.
        public static func span(_ span: ClosedRange<Int>) -> String {
            span.lowerBound == span.upperBound
                ? trinnName(span.lowerBound)
                : nb(
                    "\(span.lowerBound).–\(span.upperBound). trinn", nn: "\(span.lowerBound).–\(span.upperBound). trinn"
                )
        }

        /// "fylket", or "fylket 8.–10. trinn" when pooled.
        public static func county(_ span: ClosedRange<Int>?) -> String {
            span.map { "\(Browser.county) \(Self.span($0))" } ?? Browser.county
        }

        /// "fylket", or "fylket (8.–10.)" when pooled: beside a value in a narrow column, under a
        /// note that says which trinn (`paneNote`).
        public static func countyShort(_ span: ClosedRange<Int>?) -> String {
            named(Browser.county, span)
        }

        /// "Hedmark", or "Hedmark (8.–10.)" when pooled: a kommune's or the county's name as a row label.
        public static func named(_ name: String, _ span: ClosedRange<Int>?) -> String {
            guard let span else { return name }
            return "\(name) (\(short(span)))"
        }

        /// "8.–10.", or "5." for one trinn.
        public static func short(_ span: ClosedRange<Int>) -> String {
            span.lowerBound == span.upperBound ? "\(span.lowerBound)." : "\(span.lowerBound).–\(span.upperBound)."
        }

        /// "kommunen", or "kommunen 8.–10. trinn" when pooled.
        public static func municipality(_ span: ClosedRange<Int>?) -> String {
            span.map { "\(Browser.municipality) \(Self.span($0))" } ?? Browser.municipality
        }

        /// A short line over the results when the references are pooled: "Fylket og kommunen: 8.–10. trinn".
        public static func paneNote(_ span: ClosedRange<Int>) -> String {
            nb("Fylket og kommunen: \(Self.span(span))", nn: "Fylket og kommunen: \(Self.span(span))")
        }

        /// One line under a heading when the references are pooled.
        public static func note(_ span: ClosedRange<Int>) -> String {
            nb(
                "Sammenlignet med fylket og kommunen på \(Self.span(span)), trinnene skolen har.",
                nn: "Samanlikna med fylket og kommunen på \(Self.span(span)), trinna skulen har.")
        }

        /// The same for the views over time and boys against girls, which show only the county.
        public static func countyNote(_ span: ClosedRange<Int>) -> String {
            nb(
                "Sammenlignet med fylket på \(Self.span(span)), trinnene skolen har.",
                nn: "Samanlikna med fylket på \(Self.span(span)), trinna skulen har.")
        }
    }
}
