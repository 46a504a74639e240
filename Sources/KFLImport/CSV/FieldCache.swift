/// What a few distinct field texts (groups, genders) were looked up as, keyed
/// by their bytes: a row finds its value without making a String. Holds a
/// bounded number of texts; past that a text is looked up every time.
struct FieldCache<Value> {
    static var capacity: Int { 64 }

    private var texts: [[UInt8]] = []
    private var values: [Value] = []

    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for (index, text) in texts.enumerated() where text.elementsEqual(bytes) { return values[index] }
        return nil
    }

    mutating func store(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        guard texts.count < Self.capacity else { return }
        texts.append(Array(bytes))
        values.append(value)
    }
}
