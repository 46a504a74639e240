import Testing

@testable import TerminalUI

/// Sequences ncurses did not know (TERM names another terminal): keys when common, never text.
@Suite struct EscapeSequenceTests {
    func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test(
        "common keys from tmux, xterm, vt220 and rxvt",
        arguments: [
            ("[4~", Key.end), ("[1~", .home), ("[7~", .home), ("[8~", .end), ("[H", .home), ("[F", .end),
            ("OH", .home), ("OF", .end), ("[A", .up), ("OB", .down), ("[C", .right), ("OD", .left),
            ("[5~", .pageUp), ("[6~", .pageDown), ("[3~", .delete), ("[3;5~", .controlDelete),
            ("[1;5C", .controlRight), ("[1;3D", .controlLeft), ("[1;2C", .right), ("[Z", .backTab),
            ("OM", .enter), ("OP", .function(1)), ("OS", .function(4)), ("[15~", .function(5)),
            ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)),
        ])
    func known(sequence: String, key: Key) {
        #expect(EscapeSequence.reading(codes(sequence)) == .complete)
        #expect(EscapeSequence.key(codes(sequence)) == key, "\(sequence)")
    }

    @Test("a whole sequence kfl does not use is no key, and never text")
    func unknown() {
        for sequence in ["[2~", "[99~", "[?1;2c", "[200x", "Ox"] {
            #expect(EscapeSequence.reading(codes(sequence)) == .complete, "\(sequence)")
            #expect(EscapeSequence.key(codes(sequence)) == nil, "\(sequence)")
        }
    }

    @Test("the start of a sequence needs more; a byte that cannot be in one ends it")
    func partial() {
        #expect(EscapeSequence.reading(codes("[")) == .incomplete)
        #expect(EscapeSequence.reading(codes("O")) == .incomplete)
        #expect(EscapeSequence.reading(codes("[1;5")) == .incomplete)
        #expect(EscapeSequence.reading(codes("x")) == .invalid)
        #expect(EscapeSequence.reading(codes("[1\u{7}")) == .invalid)
        #expect(EscapeSequence.reading(codes("O1")) == .invalid)
        #expect(EscapeSequence.reading(codes("[" + String(repeating: "1", count: 20))) == .invalid)
        #expect(EscapeSequence.key(codes("[1;5")) == nil)
    }
}
