import KFLApp
import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl.1`, the man page in the language of the moment (`doc/kfl.1` in bokmål,
/// `doc/nn/kfl.1` in nynorsk), written from the help texts the commands print,
/// the keymaps the screens use and the tables of environment variables,
/// files and exit codes, so that it cannot say something the program does not
/// do. `Tests/KFLCLITests/Documentation` keeps the shipped file equal to it.
enum ManPage {
    static var text: String {
        let m = Strings.Manual.self
        let overview = HelpText(CommandTable.browse.help)
        var out = Roff()
        out.request("TH", "KFL", "1", "", "kfl \(BuildInfo.version)", m.manualName)
        out.section(m.headingName)
        out.text("kfl \\- " + Roff.escape(overview.summary))
        out.section(m.headingSynopsis)
        // `kfl analyse` lists its subcommands' usage itself.
        out.preformatted(CommandTable.all.filter { $0.path.count <= 1 }.flatMap { HelpText($0.help).usage })
        out.section(m.headingDescription)
        for paragraph in m.description { out.paragraph(paragraph) }
        paragraphs(of: overview, into: &out)
        out.section(m.headingOptions)
        rows(overview.rows(under: m.helpOptionsHeading), into: &out)
        out.section(m.headingCommands)
        for spec in CommandTable.all where !spec.path.isEmpty { command(spec, into: &out) }
        keys(into: &out)
        out.section(m.headingEnvironment)
        for entry in m.environment {
            out.taggedParagraph(entry.names.map { Roff.bold(Roff.escape($0)) }.joined(separator: ", "), entry.text)
        }
        out.section(m.headingFiles)
        for file in m.files { out.taggedParagraph(Roff.italic(Roff.escape(file.path)), file.text) }
        out.section(m.headingExitCodes)
        for exit in m.exitCodes { out.taggedParagraph(Roff.bold(String(exit.code)), exit.text) }
        out.section(m.headingSeeAlso)
        out.text(Roff.escape(m.seeAlso))
        return out.text
    }

    /// One command: its title, usage, paragraphs, tables and options.
    private static func command(_ spec: CommandSpec, into out: inout Roff) {
        let help = HelpText(spec.help)
        out.subsection("kfl " + spec.path.joined(separator: " "))
        out.paragraph(help.summary.prefix(1).uppercased() + help.summary.dropFirst() + ".")
        out.preformatted(help.usage)
        for block in help.blocks {
            switch block {
            case .paragraph(let text): out.paragraph(text)
            case .usage: break
            case .table(let heading, let rows):
                if let heading { out.paragraph(heading + ":") }
                self.rows(rows, into: &out)
            }
        }
    }

    private static func paragraphs(of help: HelpText, into out: inout Roff) {
        for case .paragraph(let text) in help.blocks { out.paragraph(text) }
    }

    private static func rows(_ rows: [HelpText.Row], into out: inout Roff) {
        for row in rows { out.taggedParagraph(term(row.term), Roff.escape(row.text)) }
    }

    /// `-o, --output FIL`: options bold, their values italic.
    static func term(_ term: String) -> String {
        term.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let comma = word.hasSuffix(",") ? "," : ""
            let bare = String(comma.isEmpty ? word : word.dropLast())
            let styled =
                bare.hasPrefix("-") || bare.allSatisfy(\.isLowercase)
                ? Roff.bold(Roff.escape(bare))
                : Roff.italic(Roff.escape(bare))
            return styled + comma
        }.joined(separator: " ")
    }

    /// The keys of each screen, from the keymaps that handle them.
    private static func keys(into out: inout Roff) {
        let m = Strings.Manual.self
        out.section(m.headingKeys)
        out.text(Roff.escape(m.keysIntro))
        out.subsection(m.keysBrowser)
        keymap(BrowserKeymap.keymap.helpSections(), into: &out)
        out.subsection(m.keysAnalysisList)
        keymap(AnalysisListKeymap.keymap.helpSections(), into: &out)
        out.subsection(m.keysAnalysis)
        let stepSection = Strings.AnalysisTUI.sectionStep
        keymap(AnalysisKeymap.helpKeymap(for: .challenge).helpSections(), into: &out)
        for kind in AnalysisStepKind.allCases {
            let own = AnalysisKeymap.keymap(for: kind).helpSections().filter { $0.section == stepSection }
            guard !own.isEmpty else { continue }
            out.paragraph(m.keysStep(kind.number, AnalysisSteps.builtIn.step(kind).title) + ":")
            for section in own { keyRows(section.entries, into: &out) }
        }
    }

    private static func keymap<A: Hashable & Sendable>(
        _ sections: [(section: String, entries: [Keymap<A>.HelpEntry])], into out: inout Roff
    ) {
        for section in sections {
            out.paragraph(section.section + ":")
            keyRows(section.entries, into: &out)
        }
    }

    private static func keyRows<A: Hashable & Sendable>(_ entries: [Keymap<A>.HelpEntry], into out: inout Roff) {
        for entry in entries {
            out.taggedParagraph(
                Roff.bold(Roff.escape(entry.keys.replacingEvery(" ", with: ", "))),
                Roff.escape(entry.help))
        }
    }
}
