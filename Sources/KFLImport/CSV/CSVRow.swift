/// One record's fields, reused from row to row so that reading a row allocates
/// nothing: the record's bytes (UTF-8, quotes removed) and where each field
/// starts and ends in them.
struct CSVRow {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    /// Empties the row, keeping its storage.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Takes a line of unquoted bytes, splitting it at every `delimiter`.
    mutating func take(_ line: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        clear()
        bytes.append(contentsOf: line)
        starts.append(0)
        for (index, byte) in line.enumerated() where byte == delimiter {
            ends.append(index)
            starts.append(index + 1)
        }
        ends.append(line.count)
    }

    /// Takes fields already split (and unquoted) by `CSVLineReader.split`.
    mutating func take(_ fields: [ArraySlice<UInt8>]) {
        clear()
        for field in fields {
            starts.append(bytes.count)
            bytes.append(contentsOf: field)
            ends.append(bytes.count)
        }
    }

    /// The fields as slices (for the rare row that needs a closer look).
    var slices: [ArraySlice<UInt8>] { (0..<count).map { bytes[starts[$0]..<ends[$0]] } }

    /// Calls `body` with a view of the fields that costs nothing per field.
    func withFields<Result>(_ body: (Fields) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try starts.withUnsafeBufferPointer { starts in
                try ends.withUnsafeBufferPointer { ends in
                    try body(Fields(bytes: bytes, starts: starts, ends: ends))
                }
            }
        }
    }

    /// The fields of a row, valid inside `withFields`.
    struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>
        let ends: UnsafeBufferPointer<Int>

        var count: Int { ends.count }

        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]])
        }
    }
}
