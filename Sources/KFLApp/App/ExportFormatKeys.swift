import KFLCore
import TerminalUI

/// "Markdown or HTML?": the same keys after `E` in the list and in an analysis.
enum ExportFormatKeys {
    static func context<Action: Hashable & Sendable>(
        markdown: Action, html: Action, cancel: Action, quit: Action, section: String
    ) -> KeyContext<Action> {
        typealias B = Keymap<Action>.Binding
        let s = Strings.AnalysisTUI.self
        return KeyContext(
            Keymap([
                B(
                    keys: [.character("m")], action: markdown, help: s.keyExportMarkdown, section: section,
                    hint: s.hintMarkdown),
                B(keys: [.character("h")], action: html, help: s.keyExportHTML, section: section, hint: s.hintHTML),
                B(keys: [.escape], action: cancel, help: s.keyCancel, section: section, hint: s.hintCancel),
                B(keys: [.controlC], action: quit, help: s.keyQuit, section: s.sectionOther),
            ]))
    }
}
