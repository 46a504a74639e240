/// How a factor's scores are counted into bands, and which bands make up the
/// unfavourable share ("andel med lav trivsel", "andel som blir mobbet ofte").
///
/// The bands split the scale at `edges` (band i holds scores in [edges[i], edges[i+1]),
/// the last one its upper end too). The threshold is one of the inner edges, and the
/// unfavourable side follows the factor's direction: scores below it when higher is
/// better, scores at or above it when lower is better. The share is the sum of the bands
/// on that side — one data definition, so a stacked bar and a share cannot disagree.
public struct ShareBands: Encodable, Sendable, Hashable {
    /// The most bands a factor may have (the snapshot stores `band1` … `band4`).
    public static let maximumBands = 4

    /// Band edges on the scale, from its minimum to its maximum.
    public let edges: [Double]
    public let threshold: Double
    /// The label as stored (bokmål in kfl's own instrument).
    public let storedLabel: String

    enum CodingKeys: String, CodingKey {
        case edges = "bands"
        case threshold
        case storedLabel = "label"
    }

    public init(edges: [Double], threshold: Double, label: String) {
        self.edges = edges
        self.threshold = threshold
        storedLabel = label
    }

    public var bandCount: Int { edges.count - 1 }

    /// The index of the first band at or above the threshold.
    public var thresholdBand: Int { edges.firstIndex(of: threshold) ?? 0 }

    /// The band a score falls in (scores outside the scale are clamped into the end bands).
    @inline(__always)
    public func band(of score: Double) -> Int {
        var band = 0
        while band < edges.count - 2 && score >= edges[band + 1] { band += 1 }
        return band
    }

    /// Whether a band lies on the unfavourable side for a factor of this direction.
    public func isUnfavourable(band: Int, direction: Direction) -> Bool {
        direction == .higherIsBetter ? band < thresholdBand : band >= thresholdBand
    }

    /// The unfavourable count: the sum of the bands on the unfavourable side.
    public func unfavourable(_ bands: [Int], direction: Direction) -> Int {
        bands.indices.reduce(0) { isUnfavourable(band: $1, direction: direction) ? $0 + bands[$1] : $0 }
    }

    /// The bands in the factor's direction, the unfavourable side first: from the
    /// lowest scores when higher is better, from the highest when lower is better.
    public func bandsInDirection(_ direction: Direction) -> [Int] {
        direction == .higherIsBetter ? Array(0..<bandCount) : Array((0..<bandCount).reversed())
    }

    /// A band's score range as the legends write it: "1,75–2,5".
    public func rangeText(band: Int) -> String {
        func number(_ x: Double) -> String {
            let digits = x == x.rounded() ? 0 : (x * 10 == (x * 10).rounded() ? 1 : 2)
            return NorwegianFormat.decimal(x, digits: digits)
        }
        return number(edges[band]) + "–" + number(edges[band + 1])
    }

    /// Why a share definition is not usable on a scale, or nil when it is.
    func problem(scale: ClosedRange<Double>) -> String? {
        guard (2...Self.maximumBands).contains(bandCount) else { return "shares need 2 to 4 bands" }
        guard edges.first == scale.lowerBound, edges.last == scale.upperBound else {
            return "share bands must start and end at the scale's ends"
        }
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else { return "share bands must increase" }
        guard edges.dropFirst().dropLast().contains(threshold) else {
            return "the share threshold must be an inner band edge"
        }
        return nil
    }
}
