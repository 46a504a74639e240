extension Strings {
    /// Texts about shares (andeler).
    public enum Shares {
        /// Why a share is not shown, for a user.
        public static func hiddenText(_ why: ShareHiding) -> String {
            switch why {
            case .withMean:
                return nb(
                    "skjermet sammen med gjennomsnittet", nn: "skjerma saman med gjennomsnittet")
            case .wholeGroup:
                return nb(
                    "skjermet: andelen ville, alene eller sammen med andre tall, si noe om alle eller alle unntatt én eller to i en gruppe",
                    nn:
                        "skjerma: andelen ville, åleine eller saman med andre tal, seie noko om alle eller alle unnateke éin eller to i ei gruppe"
                )
            }
        }
        public static var hiddenShort: String { nb("skjermet", nn: "skjerma") }
        /// A share in a table cell: "12 % (n 80)", "skjermet" (with why when `why`), nil when there is none.
        public static func text(_ share: FactorShare, why: Bool = false) -> String? {
            switch share {
            case .shown(let count, let n, _): return value(count: count, n: n)
            case .hidden(let reason): return why ? hiddenText(reason) : hiddenShort
            case .none: return nil
            }
        }
        /// Under a two-part bar: the bands themselves are not shown, only the split.
        public static var splitOnly: String {
            nb("bare ugunstig side mot resten vises", nn: "berre ugunstig side mot resten blir vist")
        }
        /// The legend under the stacked bars: which bands make the share, and the rest.
        public static func legend(unfavourable: String, rest: String) -> String {
            nb(
                "Ugunstig side: \(unfavourable) · resten: \(rest)",
                nn: "Ugunstig side: \(unfavourable) · resten: \(rest)")
        }
        /// The results screen's share column heading.
        public static var columnHeading: String { nb("andel", nn: "andel") }
        /// What the share column (`p`) means, in the legend (`i`).
        public static func columnLegend(unicode: Bool) -> [String] {
            let signs = unicode ? "▲ ▼ ·" : "+ - ="
            return [
                nb(
                    "andel  andelen på den ugunstige siden (lav trivsel, mobbet ofte …) i hele",
                    nn: "andel  delen på den ugunstige sida (låg trivsel, mobba ofte …) i heile"),
                nb(
                    "   prosent; \(signs) mot fylkets andel. Enter på en faktor viser båndene.",
                    nn: "   prosent; \(signs) mot delen i fylket. Enter på ein faktor viser banda."),
            ]
        }
        /// The help line of the key that shows or hides the share column.
        public static var keyColumn: String {
            nb(
                "vis eller skjul andelen (ugunstig side) i resultatene",
                nn: "vis eller skjul andelen (ugunstig side) i resultata")
        }
        /// The status line's name for that key.
        public static var hintColumn: String { nb("andeler", nn: "andelar") }
        /// The reports' heading over the linked factors' shares.
        public static var reportHeading: String { nb("Andeler", nn: "Andelar") }
        /// The reports' column naming what the share is of.
        public static var reportShareColumn: String { nb("Andel", nn: "Andel") }
        /// The reports' column with the verdict against the county's share.
        public static var reportVerdictColumn: String { nb("Mot fylkets andel", nn: "Mot andelen til fylket") }
        /// "12 % (n 80)".
        public static func value(count: Int, n: Int) -> String {
            "\(percent(count, of: n)) (\(Browser.nText(n)))"
        }
        /// A share in whole percent: "12 %".
        public static func percent(_ count: Int, of n: Int) -> String {
            guard n > 0 else { return "–" }
            let number = NorwegianFormat.decimal(100 * Double(count) / Double(n), digits: 0)
            return nb("\(number)\u{00A0}%", nn: "\(number)\u{00A0}%")
        }
        /// The text view's note under the shares.
        public static var note: String {
            nb(
                "Andelen er de som svarer på den ugunstige siden av faktorens terskel. Klart forskjellig fra fylket: fylkets andel utenfor det eksakte 95 %-intervallet (Clopper–Pearson) og |h| ≥ 0,2 (Cohens h).",
                nn:
                    "Andelen er dei som svarar på den ugunstige sida av terskelen til faktoren. Klar skilnad frå fylket: andelen til fylket utanfor det eksakte 95 %-intervallet (Clopper–Pearson) og |h| ≥ 0,2 (Cohens h)."
            )
        }
        /// The heading over `kfl show --andeler`'s share lines (the kommune's column for a school).
        public static func textHeading(kommune: Bool) -> [String] {
            [
                nb("andel (ugunstig side)", nn: "andel (ugunstig side)"), nb("enheten", nn: "eininga"),
                nb("fylket", nn: "fylket"),
            ]
                + (kommune ? [nb("kommunen", nn: "kommunen")] : [])
                + [nb("mot fylkets andel", nn: "mot andelen til fylket")]
        }
        /// CSV header fields added by `--andeler`: the shares are numbers in percent, the unit in the header.
        public static var csvHeader: [String] {
            [
                nb("andel (ugunstig side)", nn: "andel (ugunstig side)"),
                nb("andel enheten (%)", nn: "andel eininga (%)"),
                nb("andel kommunen (%)", nn: "andel kommunen (%)"), nb("andel fylket (%)", nn: "andel fylket (%)"),
                nb("h mot fylket", nn: "h mot fylket"),
                nb("andel vurdering", nn: "andel vurdering"), nb("andel merknad", nn: "andel merknad"),
            ]
        }
    }
}
