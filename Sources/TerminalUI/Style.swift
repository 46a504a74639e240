/// Text attributes a terminal can render without colour.
///
/// Meaning must never rest on colour alone (NO_COLOR, monochrome terminals):
/// these still work there.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Names in a fixed order, for style maps.
    var names: [String] {
        var result: [String] = []
        if contains(.bold) { result.append("bold") }
        if contains(.dim) { result.append("dim") }
        if contains(.reverse) { result.append("reverse") }
        if contains(.underline) { result.append("underline") }
        if contains(.italic) { result.append("italic") }
        return result
    }
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()
    public static let bold = Style(attributes: .bold)
    public static let dim = Style(attributes: .dim)
    public static let reverse = Style(attributes: .reverse)
    public static let underline = Style(attributes: .underline)

    /// A style with only a foreground colour.
    public static func fg(_ color: Color) -> Style { Style(foreground: color) }

    /// This style with another foreground.
    public func foreground(_ color: Color) -> Style {
        var s = self
        s.foreground = color
        return s
    }
    /// This style with another background.
    public func background(_ color: Color) -> Style {
        var s = self
        s.background = color
        return s
    }
    /// This style with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
    /// This style without `removed` attributes.
    public func removing(_ removed: TextAttributes) -> Style {
        var s = self
        s.attributes.subtract(removed)
        return s
    }
}

extension Style: CustomStringConvertible {
    /// `plain`, or e.g. `bold reverse fg=red bg=bright-blue`, for style maps.
    public var description: String {
        var parts = attributes.names
        if foreground != .default { parts.append("fg=\(foreground)") }
        if background != .default { parts.append("bg=\(background)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
