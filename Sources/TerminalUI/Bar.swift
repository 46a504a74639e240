/// A reference value drawn on top of a bar, such as the county average.
public struct BarMarker: Hashable, Sendable {
    /// Where on the bar's scale the marker sits.
    public var value: Double
    /// A one-column glyph, usually `Glyphs.countyMarker` or `Glyphs.kommuneMarker`.
    public var glyph: String
    /// Style over the track (the unfilled part).
    public var style: Style
    /// Style over the filled part; nil derives one with the bar's colour as
    /// background and reverse video without colour, so the marker cuts a
    /// visible notch into the fill instead of disappearing in it.
    public var filledStyle: Style?

    public init(value: Double, glyph: String, style: Style = .bold, filledStyle: Style? = nil) {
        self.value = value
        self.glyph = glyph
        self.style = style
        self.filledStyle = filledStyle
    }
}

/// A horizontal bar with 1/8-column precision and reference markers.
///
/// At 20–60 columns a bar has 160–480 steps, enough to read a mean on a 1–5
/// scale to a few hundredths. Markers are placed in the column that contains
/// their value so "above/below the county average" reads at a glance.
public struct Bar: Hashable, Sendable {
    public var value: Double
    public var range: ClosedRange<Double>
    public var style: Style
    public var trackStyle: Style
    public var markers: [BarMarker]

    public init(
        value: Double, range: ClosedRange<Double>, style: Style = .plain,
        trackStyle: Style = .dim, markers: [BarMarker] = []
    ) {
        self.value = value
        self.range = range
        self.style = style
        self.trackStyle = trackStyle
        self.markers = markers
    }

    /// Eighths of a column filled for `value` across `columns` columns,
    /// rounded to the nearest eighth; values outside the range clamp, NaN is 0.
    public static func filledEighths(value: Double, range: ClosedRange<Double>, columns: Int) -> Int {
        let total = max(0, columns) * 8
        let span = range.upperBound - range.lowerBound
        guard span > 0, !value.isNaN else { return 0 }
        let fraction = min(1, max(0, (value - range.lowerBound) / span))
        return min(total, Int((fraction * Double(total)).rounded()))
    }

    /// The column (0-based, within `columns`) whose span contains `value`;
    /// nil when the value is off the scale or not a number.
    public static func markerColumn(value: Double, range: ClosedRange<Double>, columns: Int) -> Int? {
        let span = range.upperBound - range.lowerBound
        guard columns > 0, span > 0, !value.isNaN, range.contains(value) else { return nil }
        let position = (value - range.lowerBound) / span * Double(columns)
        return min(columns - 1, Int(position))
    }

    /// Draws the bar in the first row of `rect` (other rows are left alone).
    public func draw(in screen: inout Screen, rect: Rect, glyphs: Glyphs = .unicode) {
        let row = rect.row(0).intersection(screen.bounds.intersection(rect))
        guard !row.isEmpty, rect.width > 0 else { return }
        let columns = rect.width
        let eighths = Bar.filledEighths(value: value, range: range, columns: columns)
        let full = eighths / 8
        let remainder = eighths % 8
        for column in 0..<columns {
            let x = rect.x + column
            if column < full {
                screen.put(glyphs.barEighths[8] ?? " ", x: x, y: rect.y, style: style, clip: row)
            } else if column == full, remainder > 0, let partial = glyphs.barEighths[remainder] {
                let partialStyle = style.background(trackStyle.background)
                screen.put(partial, x: x, y: rect.y, style: partialStyle, clip: row)
            } else {
                screen.put(glyphs.barTrack, x: x, y: rect.y, style: trackStyle, clip: row)
            }
        }
        let filledColumns = full + (remainder >= 4 ? 1 : 0)
        for marker in markers {
            guard let column = Bar.markerColumn(value: marker.value, range: range, columns: columns) else { continue }
            let markerStyle = column < filledColumns ? (marker.filledStyle ?? insideStyle(for: marker)) : marker.style
            screen.put(marker.glyph, x: rect.x + column, y: rect.y, style: markerStyle, clip: row)
        }
    }

    /// A marker style that stands out against the fill: the marker drawn in
    /// reverse video over the bar colour (the fill glyph is a solid block in
    /// the bar's foreground, so reversing swaps it to the background).
    private func insideStyle(for marker: BarMarker) -> Style {
        var s = marker.style.adding(.reverse)
        s.foreground = style.foreground
        s.background = marker.style.foreground
        return s
    }
}
