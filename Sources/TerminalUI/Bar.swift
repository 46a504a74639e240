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

    /// Where the fill ends and each marker goes, so that the picture cannot mislead:
    ///
    /// - the fill is always exactly the value's length: a longer bar is a higher value;
    /// - the tip (the last cell showing fill) is covered by a marker only when
    ///   there is no other room (below);
    /// - a marker at or below the value sits left of the tip, inside the fill,
    ///   and one above it sits right of the tip, on the track: the side of the
    ///   tip always says above or below;
    /// - two markers never share a cell, and keep their order.
    ///
    /// Each marker is placed in the cell of its value when it can be; when cells
    /// crowd, markers move apart by the fewest cells, never the tip. A short bar
    /// (a factor near the floor of its scale: 1,2 on 1–5 is one cell) has no
    /// cell left of its tip, and a county mark missing there reads as "no
    /// county": markers at or below the value then take the tip's own cell,
    /// drawn inside the fill, and the fill keeps its length. When a side still
    /// has more markers than cells, the earlier markers in `markers` are kept
    /// (the county before the kommune). A marker off the scale is not drawn.
    ///
    /// - Returns: the eighths of fill to draw and each marker's column (nil: not drawn).
    public static func layout(
        value: Double, range: ClosedRange<Double>, columns: Int, markers: [Double], glyphs: Glyphs = .unicode
    ) -> (eighths: Int, columns: [Int?]) {
        let eighths = filledEighths(value: value, range: range, columns: columns)
        let remainder = eighths % 8
        let tip = eighths / 8 + (remainder > 0 && glyphs.barEighths[remainder] != nil ? 1 : 0) - 1
        // Markers in their order on the bar, split by the side of the tip they belong on.
        // At the same value a marker goes before the tip (the unit is not below it).
        var below: [(marker: Int, value: Double, ideal: Int)] = []
        var above: [(marker: Int, value: Double, ideal: Int)] = []
        for (index, markerValue) in markers.enumerated() {
            guard let column = markerColumn(value: markerValue, range: range, columns: columns) else { continue }
            if markerValue <= value {
                below.append((index, markerValue, column))
            } else {
                above.append((index, markerValue, column))
            }
        }
        var result: [Int?] = Array(repeating: nil, count: markers.count)
        // Below: left of the tip, or the tip's cell too when that is the only room.
        let belowHighest = below.count > tip ? max(tip, 0) : tip - 1
        let lastBelow = place(below, lowest: 0, highest: belowHighest, into: &result)
        place(above, lowest: max(tip + 1, (lastBelow ?? -1) + 1), highest: columns - 1, into: &result)
        return (eighths, result)
    }

    /// Places one side's markers in `lowest...highest`, each as near its ideal
    /// column as the others allow, keeping the earliest markers when there are
    /// more than cells; returns the rightmost column used.
    @discardableResult
    private static func place(
        _ side: [(marker: Int, value: Double, ideal: Int)], lowest: Int, highest: Int, into result: inout [Int?]
    ) -> Int? {
        let room = max(0, highest - lowest + 1)
        let kept = side.sorted { $0.marker < $1.marker }.prefix(room)
        let sorted = kept.sorted { $0.value != $1.value ? $0.value < $1.value : $0.marker < $1.marker }
        var placed = sorted.map { min(max($0.ideal, lowest), highest) }
        for i in placed.indices.dropFirst() { placed[i] = max(placed[i], placed[i - 1] + 1) }
        for i in placed.indices.reversed() {
            placed[i] = min(placed[i], i + 1 < placed.count ? placed[i + 1] - 1 : highest)
        }
        for (item, column) in zip(sorted, placed) where column >= lowest && column <= highest {
            result[item.marker] = column
        }
        return placed.last
    }

    /// Draws the bar in the first row of `rect` (other rows are left alone),
    /// with the markers where ``layout(value:range:columns:markers:glyphs:)`` puts them.
    public func draw(in screen: inout Screen, rect: Rect, glyphs: Glyphs = .unicode) {
        let row = rect.row(0).intersection(screen.bounds.intersection(rect))
        guard !row.isEmpty, rect.width > 0 else { return }
        let columns = rect.width
        let placement = Bar.layout(
            value: value, range: range, columns: columns, markers: markers.map(\.value), glyphs: glyphs)
        let eighths = placement.eighths
        let full = eighths / 8
        let remainder = eighths % 8
        // Each run of one-column glyphs in one write: the fill, the partial cell, the track.
        screen.put(
            String(repeating: glyphs.barEighths[8] ?? " ", count: full), x: rect.x, y: rect.y, style: style, clip: row)
        var filledColumns = full
        if full < columns, remainder > 0, let partial = glyphs.barEighths[remainder] {
            let partialStyle = style.background(trackStyle.background)
            screen.put(partial, x: rect.x + full, y: rect.y, style: partialStyle, clip: row)
            filledColumns += 1
        }
        screen.put(
            String(repeating: glyphs.barTrack, count: columns - filledColumns), x: rect.x + filledColumns, y: rect.y,
            style: trackStyle, clip: row)
        for (marker, column) in zip(markers, placement.columns) {
            guard let column else { continue }
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
