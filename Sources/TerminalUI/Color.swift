/// One of the eight colours every colour terminal has (ANSI 0–7).
public enum BasicColor: UInt8, CaseIterable, Hashable, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// A terminal colour, described independently of what the terminal supports.
///
/// Views name the colour they mean; the backend downgrades it with
/// ``approximated(paletteSize:)`` when the terminal has fewer colours, so a view
/// never needs to know whether it runs on an 8- or 256-colour terminal.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background (transparent).
    case `default`
    /// ANSI colours 0–7.
    case basic(BasicColor)
    /// ANSI colours 8–15 ("bright" or "high intensity").
    case bright(BasicColor)
    /// An entry of the xterm 256-colour palette.
    case indexed(UInt8)

    public static let black = Color.basic(.black)
    public static let red = Color.basic(.red)
    public static let green = Color.basic(.green)
    public static let yellow = Color.basic(.yellow)
    public static let blue = Color.basic(.blue)
    public static let magenta = Color.basic(.magenta)
    public static let cyan = Color.basic(.cyan)
    public static let white = Color.basic(.white)

    /// The palette index (0–255), or nil for the terminal default.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .basic(let c): return Int(c.rawValue)
        case .bright(let c): return Int(c.rawValue) + 8
        case .indexed(let i): return Int(i)
        }
    }

    /// The nearest colour a terminal with `paletteSize` colours can show.
    ///
    /// 256 → unchanged; 16 → cube and grey entries map to the nearest of the
    /// 16 ANSI colours; 8 → bright colours lose their brightness. Fewer than
    /// 8 → `.default`. Indices below 16 come back as `.basic`/`.bright`.
    public func approximated(paletteSize: Int) -> Color {
        guard let index = paletteIndex else { return self }
        if paletteSize < 8 { return .default }
        if paletteSize >= 256 { return self }
        let ansi16 = index < 16 ? index : Color.nearestANSI16(toXterm: index)
        let basic = BasicColor(rawValue: UInt8(ansi16 % 8)) ?? .white
        return paletteSize >= 16 && ansi16 >= 8 ? .bright(basic) : .basic(basic)
    }

    /// RGB of an xterm palette entry 16–255 (6×6×6 cube, then 24 greys).
    static func rgb(ofXterm index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }

    /// Nearest of the 16 ANSI colours (xterm's default RGB values) by squared distance.
    static func nearestANSI16(toXterm index: Int) -> Int {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let (r, g, b) = rgb(ofXterm: index)
        var best = 0
        var bestDistance = Int.max
        for (i, c) in ansi.enumerated() {
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance { (best, bestDistance) = (i, d) }
        }
        return best
    }
}

extension Color: CustomStringConvertible {
    /// A short name used in style maps: `red`, `bright-blue`, `196`, `default`.
    public var description: String {
        switch self {
        case .default: return "default"
        case .basic(let c): return "\(c)"
        case .bright(let c): return "bright-\(c)"
        case .indexed(let i): return "\(i)"
        }
    }
}
