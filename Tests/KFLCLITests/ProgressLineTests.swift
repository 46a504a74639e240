import Foundation
import KFLTestSupport
import Testing

@testable import KFLCLI

@Suite struct ProgressLineTests {
    @Test("a progress line goes back to the line's start, fits the width and erases the rest")
    func rewritesInPlace() {
        #expect(
            ProgressLine.bytes("Leser svarfil 1 av 2 …", columns: 80, isUTF8: true)
                == "\rLeser svarfil 1 av 2 …\u{1B}[K")
        let cut = ProgressLine.bytes("Regner ut og skjermer små grupper: tabell 5 av 18 …", columns: 20, isUTF8: true)
        #expect(cut.hasPrefix("\r") && cut.hasSuffix("\u{1B}[K"))
        #expect(cut.dropFirst().dropLast(3).count <= 19, "one column left free: the cursor never wraps")
        #expect(ProgressLine.bytes(nil, columns: 80, isUTF8: true) == "\r\u{1B}[K")
    }

    @Test("in a locale that is not UTF-8 the line is ASCII")
    func asciiWhereTheLocaleIsNot() {
        let line = ProgressLine.bytes("Regner ut og skjermer små grupper …", columns: 80, isUTF8: false)
        #expect(line.allSatisfy { $0.isASCII })
        #expect(line.contains("smaa grupper"))
    }
}
