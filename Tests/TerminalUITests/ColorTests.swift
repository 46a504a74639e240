import KFLTestSupport
import TerminalUI
import Testing

@Suite struct ColorTests {
    @Test func coloursAreKeptWhenThePaletteHasThem() {
        #expect(Color.indexed(196).approximated(paletteSize: 256) == .indexed(196))
        #expect(Color.bright(.red).approximated(paletteSize: 16) == .bright(.red))
        #expect(Color.default.approximated(paletteSize: 8) == .default)
    }

    @Test func coloursDegradeToTheNearestANSIColour() {
        #expect(Color.indexed(196).approximated(paletteSize: 16) == .bright(.red))
        #expect(Color.indexed(196).approximated(paletteSize: 8) == .red)
        #expect(Color.indexed(28).approximated(paletteSize: 8) == .green)
        #expect(Color.bright(.blue).approximated(paletteSize: 8) == .blue)
        #expect(Color.indexed(2).approximated(paletteSize: 8) == .green)
        #expect(Color.red.approximated(paletteSize: 2) == .default)
    }

    @Test func paletteIndices() {
        #expect([Color.default, .red, .bright(.white), .indexed(42)].map(\.paletteIndex) == [nil, 1, 15, 42])
    }
}
