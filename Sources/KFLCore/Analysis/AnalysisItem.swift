/// A kind of row inside an analysis: a linked factor, a hypothesis, a tiltak,
/// an indicator. Everything the store and the screens do to items (add,
/// change, remove, edit a text, duplicate with new ids) works through this
/// protocol, so a new kind of item is a new conforming type, its place in
/// `Analysis.itemTypes`, its table in the workbook schema and its view.
public protocol AnalysisItem: Codable, Sendable, Hashable, Identifiable where ID == String {
    var id: String { get set }
    /// Workbook row revision; not part of the content, never exported.
    var revision: Int { get set }

    /// The kind's stable name, used in references and conflicts.
    static var kind: AnalysisItemKind { get }
    /// Where an analysis keeps the items of this kind, in the group's order.
    static var list: WritableKeyPath<Analysis, [Self]> { get }
    /// The item's free-text fields by name, in the order they are shown.
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { get }

    /// Points the item's links to other items at their new ids (after a
    /// duplicate or an import made new ids for every item).
    mutating func remapLinks(_ newIDs: [String: String])
}

extension AnalysisItem {
    public static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { [] }

    /// The names of `textFields`.
    public static var textFieldNames: [String] { textFields.map(\.name) }
    public mutating func remapLinks(_ newIDs: [String: String]) {}

    /// The reference to this item.
    public var ref: ItemRef { ItemRef(kind: Self.kind, id: id) }

    /// The text field called `field`, or nil when the item has none by that name.
    public func text(_ field: String) -> String? {
        Self.textFields.first { $0.name == field }.map { self[keyPath: $0.path] }
    }

    /// The item with `field` set to `value`, or nil when it has no such field.
    public func setting(_ field: String, to value: String) -> Self? {
        guard let path = Self.textFields.first(where: { $0.name == field })?.path else { return nil }
        var copy = self
        copy[keyPath: path] = value
        return copy
    }
}

/// The name of a kind of item ("hypothesis"): stable, never shown to users.
public struct AnalysisItemKind: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }
}

/// One item of an analysis, by kind and id.
public struct ItemRef: Hashable, Sendable {
    public let kind: AnalysisItemKind
    public let id: String

    public init(kind: AnalysisItemKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public init<Item: AnalysisItem>(_ type: Item.Type, id: String) {
        self.init(kind: Item.kind, id: id)
    }
}

/// An item of any kind, as a value that compares and hashes like the item.
public struct AnyAnalysisItem: Hashable, Sendable {
    public let base: any AnalysisItem

    public init<Item: AnalysisItem>(_ item: Item) { base = item }

    public var ref: ItemRef { base.ref }
    public var id: String { base.id }
    public var revision: Int { base.revision }

    /// The item as `type`, or nil when it is another kind.
    public func `as`<Item: AnalysisItem>(_ type: Item.Type) -> Item? { base as? Item }

    /// The text field called `field`.
    public func text(_ field: String) -> String? { base.text(field) }

    /// The names of the item's text fields.
    public var textFieldNames: [String] { type(of: base).textFieldNames }

    /// The item with `field` set to `value`, or nil when it has no such field.
    public func setting(_ field: String, to value: String) -> AnyAnalysisItem? {
        Self.setting(base, field, value)
    }

    /// The item with another revision.
    public func withRevision(_ revision: Int) -> AnyAnalysisItem {
        Self.withRevision(base, revision)
    }

    private static func setting<Item: AnalysisItem>(_ item: Item, _ field: String, _ value: String) -> AnyAnalysisItem?
    {
        item.setting(field, to: value).map(AnyAnalysisItem.init)
    }

    private static func withRevision<Item: AnalysisItem>(_ item: Item, _ revision: Int) -> AnyAnalysisItem {
        var copy = item
        copy.revision = revision
        return AnyAnalysisItem(copy)
    }

    public static func == (a: AnyAnalysisItem, b: AnyAnalysisItem) -> Bool {
        AnyHashable(a.base) == AnyHashable(b.base)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(base)) }
}

extension Analysis {
    /// The item of `type` with `id`, if the analysis has it.
    public func item<Item: AnalysisItem>(_ type: Item.Type, id: String) -> Item? {
        self[keyPath: Item.list].first { $0.id == id }
    }

    /// The item a reference names, if the analysis has it (still).
    public func item(_ ref: ItemRef) -> AnyAnalysisItem? {
        for type in Self.itemTypes where type.kind == ref.kind {
            return anyItem(type, id: ref.id)
        }
        return nil
    }

    private func anyItem<Item: AnalysisItem>(_ type: Item.Type, id: String) -> AnyAnalysisItem? {
        item(type, id: id).map(AnyAnalysisItem.init)
    }

    /// Puts `item` in place of the one with its id.
    /// - Returns: false when the analysis has no such item (nothing changed).
    @discardableResult
    public mutating func replace<Item: AnalysisItem>(_ item: Item) -> Bool {
        guard let index = self[keyPath: Item.list].firstIndex(where: { $0.id == item.id }) else { return false }
        self[keyPath: Item.list][index] = item
        return true
    }

    /// `replace(_:)` for an item of any kind.
    @discardableResult
    public mutating func replace(_ item: AnyAnalysisItem) -> Bool { replace(item.base) }
}
