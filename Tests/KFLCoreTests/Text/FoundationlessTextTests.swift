import Foundation
import Testing

@testable import KFLCore

/// kfl links only FoundationEssentials (start-up, issue 13), so it trims, replaces, takes paths
/// apart and tells Norwegian time with its own small helpers. The tests link all of Foundation:
/// each helper gives Foundation's answer for the same input.
@Suite struct FoundationlessTextTests {
    static let texts = [
        "", " ", "\t", "a", " a ", "\t a b \t", "\n a \n", " \u{00A0}æøå\u{2003}", "\r\n x\r\n", "\u{2028}y\u{2029}",
        "\u{85}z\u{85}", " \u{301}e", "e\u{301} ", "--navn--", "-", "a&b<c>d", "&\u{301}", "|x|", "\"sitat\"",
        "  mange   mellomrom  ", "\u{FEFF}bom", "x\u{200B}",
    ]

    @Test func trimmingIsFoundationsTrimming() {
        for text in Self.texts {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "«\(text)»")
            #expect(
                text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "«\(text)»")
            #expect(
                text.trimmingScalars { $0 == "-" } == text.trimmingCharacters(in: CharacterSet(charactersIn: "-")),
                "«\(text)»")
        }
    }

    @Test func replacingIsFoundationsReplacing() {
        for text in Self.texts {
            for (target, replacement) in [
                ("&", "&amp;"), ("<", "&lt;"), ("|", "\\|"), ("  ", " "), ("-", ""), ("ab", "x"),
            ] {
                #expect(
                    text.replacingEvery(target, with: replacement)
                        == text.replacingOccurrences(of: target, with: replacement), "«\(text)» \(target)")
            }
        }
    }

    @Test("containsText finds what contains(_:) finds, character by character")
    func containsTextIsContains() {
        let parts = ["a", "e", "e\u{301}", "nynorsk", "UTF-8", "æøå", "--", " a ", "&", "x\u{200B}"]
        for text in Self.texts + ["nn_no.utf-8", "no_NO@nynorsk", "C.UTF-8", "en_US.UTF8"] {
            for part in parts {
                #expect(text.containsText(part) == text.contains(part), "«\(text)» «\(part)»")
            }
        }
        // Where Foundation's NSString search (linked by the tests) differs from what kfl's
        // FoundationEssentials `contains(_:)` answered: a lone combining mark is no character of
        // the text, and the empty text is in every text.
        #expect(!" \u{301}e".containsText("\u{301}"))
        #expect("abc".containsText("") && "".containsText(""))
    }

    @Test func pathsComeApartAsNSStringTakesThem() {
        let paths = [
            // Not "//", "a" or "a/": corelibs Foundation's NSString traps on them.
            "", "/", "/a", "/a/", "/a/b", "/a/b/", "a/b", "./a", "../a/b.md", "notat.md",
            ".skjult", "mappe/.skjult", "a.b.c", "a/b.c/d", "/home/rektor/Dokumenter/analyse-1a2b3c4d.html",
            "/tmp/æøå/fil.sqlite",
        ]
        for path in paths {
            let ns = path as NSString
            #expect(PathText.lastComponent(path) == ns.lastPathComponent, "«\(path)»")
            #expect(PathText.deletingLastComponent(path) == ns.deletingLastPathComponent, "«\(path)»")
            #expect(PathText.fileExtension(path) == ns.pathExtension, "«\(path)»")
            #expect(PathText.deletingExtension(path) == ns.deletingPathExtension, "«\(path)»")
        }
        for folder in ["", "a", "a/", "/", "/a/b"] {
            #expect(
                PathText.appending("fil.md", to: folder) == (folder as NSString).appendingPathComponent("fil.md"),
                "«\(folder)»")
        }
    }

    @Test func norwegianTimeIsOslosTimeZone() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/Oslo"))
        // Every half hour around each change of 2015–2031, and noon of every tenth day.
        var moments: [Date] = []
        for year in 2015...2031 {
            for month in [3, 10] {
                let first = try #require(
                    calendar.date(from: DateComponents(year: year, month: month, day: 24, hour: 0)))
                moments += (0..<(8 * 48)).map { first.addingTimeInterval(Double($0) * 1800 + 0.5) }
            }
            let january = try #require(calendar.date(from: DateComponents(year: year, month: 1, day: 1, hour: 12)))
            moments += (0..<37).map { january.addingTimeInterval(Double($0) * 10 * 86_400) }
        }
        moments.append(Date(timeIntervalSince1970: -1))
        for moment in moments {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
            let time = NorwegianTime(moment)
            #expect(
                [time.year, time.month, time.day, time.hour, time.minute]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute], "\(moment)")
        }
    }
}
