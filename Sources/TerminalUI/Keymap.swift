/// Keys bound to actions, with the help text for each binding.
///
/// The same value answers "what does this key do?" for input handling and
/// renders the help overlay (``HelpView``), so the help can never drift from
/// what the keys actually do. Bindings are ordered: the first match wins and
/// help lists them in the order given, grouped by section.
public struct Keymap<Action: Hashable & Sendable>: Hashable, Sendable {
    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var action: Action
        /// What the binding does, in the user's language. Empty hides it from help.
        public var help: String
        /// The help heading it is listed under.
        public var section: String
        /// The word in the status line ("skriv"); empty keeps it out of the status line.
        public var hint: String
        /// The keys the status line names for it; nil names the first of `keys`.
        public var hintKeys: [Key]?

        public init(
            keys: [Key], action: Action, help: String, section: String, hint: String = "", hintKeys: [Key]? = nil
        ) {
            self.keys = keys
            self.action = action
            self.help = help
            self.section = section
            self.hint = hint
            self.hintKeys = hintKeys
        }
    }

    /// One row of the help: the keys' names and the description.
    public struct HelpEntry: Hashable, Sendable {
        public var keys: String
        public var help: String
    }

    public var bindings: [Binding]

    public init(_ bindings: [Binding] = []) { self.bindings = bindings }

    /// The same keys and texts with the actions numbered in order: for a view
    /// (the help) that shows keymaps of different action types in one place.
    public var numbered: Keymap<Int> {
        var next = 0
        return mapActions { _ in
            defer { next += 1 }
            return next
        }
    }

    /// The same keys and texts with each action translated (one table read as another type).
    public func mapActions<Other>(_ translate: (Action) -> Other) -> Keymap<Other> {
        Keymap<Other>(
            bindings.map { binding in
                Keymap<Other>.Binding(
                    keys: binding.keys, action: translate(binding.action), help: binding.help,
                    section: binding.section, hint: binding.hint, hintKeys: binding.hintKeys)
            })
    }

    /// The action of the first binding that lists `key`.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The keys bound to `action` (for hints such as "? hjelp").
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.action == action }.flatMap(\.keys)
    }

    /// This keymap followed by `other`'s bindings (a screen's keys over global ones).
    public func merged(with other: Keymap) -> Keymap { Keymap(bindings + other.bindings) }

    /// Sections in first-seen order, each with its entries.
    public func helpSections(ascii: Bool = false) -> [(section: String, entries: [HelpEntry])] {
        var result: [(section: String, entries: [HelpEntry])] = []
        for binding in bindings where !binding.help.isEmpty {
            let entry = HelpEntry(keys: Key.names(binding.keys, ascii: ascii, separator: " "), help: binding.help)
            if let i = result.firstIndex(where: { $0.section == binding.section }) {
                result[i].entries.append(entry)
            } else {
                result.append((binding.section, [entry]))
            }
        }
        return result
    }

    /// The status line's entries, in binding order: every binding with a hint,
    /// named by its `hintKeys` (or its first key).
    public func statusHints(ascii: Bool = false) -> [KeyHint] {
        bindings.filter { !$0.hint.isEmpty }.map { binding in
            KeyHint(
                keys: Key.names(binding.hintKeys ?? Array(binding.keys.prefix(1)), ascii: ascii),
                // Spelled as shown ("soek"), so the bar measures what it draws.
                label: ascii ? ASCIIFallback.text(binding.hint) : binding.hint)
        }
    }

    /// The help as plain lines: a section heading, then "  keys  help" rows
    /// with the key column as wide as the widest keys, a blank line between sections.
    public func helpLines(ascii: Bool = false) -> [String] {
        let sections = helpSections(ascii: ascii)
        let keyWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines: [String] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { lines.append("") }
            lines.append(section.section)
            for entry in section.entries {
                lines.append("  " + TextLayout.pad(entry.keys, toWidth: keyWidth) + "  " + entry.help)
            }
        }
        return lines
    }
}
