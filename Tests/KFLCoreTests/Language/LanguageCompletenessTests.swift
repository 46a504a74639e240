import Foundation
import Testing

@testable import KFLCore

/// Every text exists in bokmål and nynorsk. The strings table is checked from
/// its source, so a text added later in plain bokmål (`static let x = "…"`)
/// fails here until it has its nynorsk beside it (`scripts/nynorsk-strings`
/// pairs them); the data files are checked against their bokmål originals.
@Suite struct LanguageCompletenessTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func stringsFiles() throws -> [(name: String, text: String)] {
        let folder = root.appendingPathComponent("Sources/KFLCore/Strings")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        return try names.sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func everyTextInTheStringsTableHasBothLanguages() throws {
        let files = try Self.stringsFiles()
        #expect(files.count >= 10, "the scan found the strings table")
        var paired = 0
        for (name, text) in files {
            let literals = SwiftLiterals.scan(text)
            for literal in literals where literal.needsTwoLanguages {
                if literal.isBokmal || literal.isNynorsk {
                    paired += 1
                } else {
                    let message =
                        "\(name):\(literal.line): \(literal.source.prefix(70)) has no nynorsk; "
                        + "write nb(\"…\", nn: \"…\")"
                    Issue.record(Comment(rawValue: message))
                }
            }
            // Each bokmål half is followed by its nynorsk half, and neither is empty.
            for (index, literal) in literals.enumerated() where literal.isBokmal {
                let next = literals.index(after: index)
                guard next < literals.count, literals[next].isNynorsk else {
                    Issue.record("\(name):\(literal.line): nb(…) without nn:")
                    continue
                }
                #expect(
                    literals[next].needsTwoLanguages == literal.needsTwoLanguages,
                    "\(name):\(literals[next].line): the nynorsk of \(literal.source.prefix(50)) is empty")
            }
        }
        #expect(paired > 1_000)
    }

    /// Words that are bokmål and never nynorsk, as whole words. Option names
    /// (`--skole`), identifiers (`skole_id`), option values (`alle|gutter|jenter`)
    /// and quoted names or codes («skole») are the same in both languages and are
    /// removed first.
    static let bokmalOnly: Set<String> = [
        "ikke", "hva", "hvem", "hvor", "hvordan", "hvilke", "hvilken", "hver", "hvert", "noe", "noen", "mye", "bare",
        "være", "fra", "hele", "skole", "skolen", "skoler", "elever", "elevene", "lærere", "lærerne",
        "kommuner", "enhet", "enheten", "enheter", "ennå", "nå", "uten", "samme", "sammen", "sammenlignes", "bedre",
        "svakere", "høyere", "lavere", "deres", "dere", "selv", "egen", "eget", "egne", "mer", "flere", "gutter",
        "resultatene", "resultater", "faktorer", "analyser", "hypoteser", "verdier", "tall", "navn", "filen",
        "mappen", "linjen", "skjermet", "endret", "lagret", "lages", "vises", "finnes", "mangler", "gjelder",
        "forskjell", "undersøkelsen", "spørreskjema", "vinduet", "velg", "tegn", "høsten", "sier",
    ]

    static func bokmalWords(in text: String) -> [String] {
        var text = text
        for pattern in [#"--?[\wæøå-]+"#, #"\w+_\w+"#, #"[\w-]+(\|[\w-]+)+"#, #"«[^»]*»"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = text.lowercased().components(separatedBy: CharacterSet.letters.inverted)
        return words.filter { bokmalOnly.contains($0) }
    }

    @Test func theNynorskOfTheStringsTableHasNoBokmalWords() throws {
        for (name, text) in try Self.stringsFiles() {
            for literal in SwiftLiterals.scan(text) where literal.isNynorsk {
                let found = Self.bokmalWords(in: literal.words)
                #expect(found.isEmpty, "\(name):\(literal.line): bokmål \(found) in \(literal.source.prefix(70))")
            }
        }
    }

    @Test func theInstrumentHasNynorskForEveryGroupAreaAndFactor() throws {
        let instrument = Instrument.builtIn
        let nynorsk = InstrumentTexts.nynorsk
        #expect(Set(nynorsk.groups.keys) == Set(instrument.groups.map(\.id)))
        #expect(Set(nynorsk.factors.keys) == Set(instrument.factors.map(\.id)))
        #expect(Set(nynorsk.areas.keys) == Set(instrument.groups.flatMap(\.areas).map(\.storedName)))
        var texts = [nynorsk.name, nynorsk.instrumentNote] + nynorsk.areas.values
        texts += nynorsk.groups.values.flatMap { [$0.name, $0.shortName] }
        texts += nynorsk.factors.values.flatMap { [$0.name, $0.description, $0.shareLabel ?? ""] }
        for text in texts {
            #expect(!text.isEmpty)
            #expect(Self.bokmalWords(in: text).isEmpty, "bokmål \(Self.bokmalWords(in: text)) in «\(text)»")
        }
    }

    @Test func theStepsAndGuidesHaveTheSameShapeInBothLanguages() throws {
        let (steps, stepsNN) = (AnalysisSteps.builtIn(.bokmal), AnalysisSteps.builtIn(.nynorsk))
        #expect(steps.phases.map(\.id) == stepsNN.phases.map(\.id))
        #expect(steps.steps.map(\.kind) == stepsNN.steps.map(\.kind))
        #expect(steps.steps.map(\.phase) == stepsNN.steps.map(\.phase))
        #expect(steps.steps.map(\.questions.count) == stepsNN.steps.map(\.questions.count))
        var texts = stepsNN.phases.map(\.name)
        texts += stepsNN.steps.flatMap { [$0.title, $0.shortTitle, $0.explanation] + $0.questions }

        let (guides, guidesNN) = (FactorGuides.builtIn(.bokmal), FactorGuides.builtIn(.nynorsk))
        #expect(guides.guides.map(\.factor) == guidesNN.guides.map(\.factor))
        #expect(guides.guides.map(\.sources) == guidesNN.guides.map(\.sources))
        #expect(
            guides.guides.map { $0.commonlyDiscussed.map(\.perspective) }
                == guidesNN.guides.map { $0.commonlyDiscussed.map(\.perspective) })
        texts += [guidesNN.note] + guidesNN.guides.flatMap { [$0.measures] + $0.commonlyDiscussed.map(\.text) }
        for text in texts {
            #expect(!text.isEmpty)
            #expect(Self.bokmalWords(in: text).isEmpty, "bokmål \(Self.bokmalWords(in: text)) in «\(text)»")
        }
        // Not the bokmål file under another name: all but a few texts (that read
        // the same in both, like "Lite systematisk evaluering av tiltak") differ.
        let bokmalTexts = Set(guides.guides.flatMap { [$0.measures] + $0.commonlyDiscussed.map(\.text) })
        #expect(texts.filter { bokmalTexts.contains($0) }.count * 10 < texts.count)
    }

    /// The check itself: a plain bokmål text is found, a pair is not.
    @Test func theScanFindsAnUnpairedText() {
        let source = """
            public static let a = "Hele skolen"
            public static var b: String { nb("Hele skolen", nn: "Heile skulen") }
            public static var c: String { "Esc" } // a key name
            // "en kommentar"
            """
        let literals = SwiftLiterals.scan(source).filter(\.needsTwoLanguages)
        #expect(literals.map(\.source) == [#""Hele skolen""#, #""Hele skolen""#, #""Heile skulen""#])
        #expect(literals.map { $0.isBokmal || $0.isNynorsk } == [false, true, true])
        #expect(Self.bokmalWords(in: "Ikke hele skolen --skole alle|gutter|jenter") == ["ikke", "hele", "skolen"])
    }
}
