/// The text of a bracketed paste, gathered from the codes the terminal sends
/// between its start and end markers.
///
/// Line breaks (CR, LF, CR LF) become one "\n" and a tab a space; other control
/// codes are dropped, so nothing pasted can act as a key. Where the C library
/// does not decode UTF-8 (`decodesUTF8Bytes`), bytes 0x80–0xFF arrive one by one
/// and are put together here; a broken sequence is dropped.
public struct PasteCollector: Sendable {
    /// At most this many characters: a paste without an end is not read forever.
    public static let limit = 100_000

    public private(set) var text = ""
    public let decodesUTF8Bytes: Bool
    private var pendingBytes: [UInt8] = []
    private var afterCarriageReturn = false
    private var count = 0

    public init(decodesUTF8Bytes: Bool = false) { self.decodesUTF8Bytes = decodesUTF8Bytes }

    public var isFull: Bool { count >= Self.limit }

    public mutating func add(_ code: UInt32) {
        guard !isFull else { return }
        let wasCarriageReturn = afterCarriageReturn
        afterCarriageReturn = code == 13
        if decodesUTF8Bytes, (0x80...0xFF).contains(code) {
            addByte(UInt8(code))
            return
        }
        pendingBytes = []
        switch code {
        case 13: append("\n")
        case 10: if !wasCarriageReturn { append("\n") }
        case 9: append(" ")
        case 0..<32, 127: return
        default:
            if let scalar = Unicode.Scalar(code) { append(Character(scalar)) }
        }
    }

    private mutating func addByte(_ byte: UInt8) {
        if pendingBytes.isEmpty, UTF8Input.length(lead: byte) < 2 { return }
        if !pendingBytes.isEmpty, !(0x80...0xBF).contains(byte) { pendingBytes = [] }
        pendingBytes.append(byte)
        guard let lead = pendingBytes.first, pendingBytes.count == UTF8Input.length(lead: lead) else { return }
        if let character = UTF8Input.character(pendingBytes) { append(character) }
        pendingBytes = []
    }

    private mutating func append(_ character: Character) {
        text.append(character)
        count += 1
    }
}
