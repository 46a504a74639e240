/// Decoding of the ASCII control range, shared by backends and testable here.
extension Key {
    /// The key a raw-mode terminal means by a control byte (0–31, 127), or
    /// nil for any other value.
    ///
    /// 10 and 13 are Enter, 8 and 127 Backspace (terminals disagree on which
    /// one Backspace sends, so Ctrl-H is not available as a binding), 9 Tab,
    /// 27 Escape, 0 Ctrl-Space, 1–26 Ctrl-A…Ctrl-Z, 28–31 Ctrl-\ ] ^ _.
    public init?(controlCode code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 27: self = .escape
        case 0: self = .control(" ")
        case 1...26: self = .control(Character(Unicode.Scalar(UInt8(96 + code))))
        case 28...31: self = .control(Character(Unicode.Scalar(UInt8(64 + code))))
        default: return nil
        }
    }
}
