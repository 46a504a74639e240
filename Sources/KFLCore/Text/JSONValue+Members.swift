extension JSONValue {
    /// A value that is not what a type expects, and where (developer text, like `DecodingError`'s).
    public struct DecodeError: Error, Sendable, CustomStringConvertible {
        public let description: String

        public init(_ description: String) { self.description = description }
    }

    /// An object's members, read by key with the key path in every error. A member
    /// that is absent or `null` is nil for `optional…` and an error otherwise.
    public struct Members: Sendable {
        public let path: String
        private let members: [String: JSONValue]

        public init(_ value: JSONValue, path: String) throws(DecodeError) {
            guard let members = value.object else { throw DecodeError("\(path): expected an object") }
            self.path = path
            self.members = members
        }

        private func missing(_ key: String, _ what: String) -> DecodeError {
            DecodeError("\(path).\(key): expected \(what)")
        }

        /// The member converted by `read`, which returns nil for a value of the wrong kind.
        public func required<T>(_ key: String, _ what: String, _ read: (JSONValue) -> T?) throws(DecodeError) -> T {
            guard let value = members[key], let converted = read(value) else { throw missing(key, what) }
            return converted
        }

        public func optional<T>(_ key: String, _ what: String, _ read: (JSONValue) -> T?) throws(DecodeError) -> T? {
            guard let value = members[key], value != .null else { return nil }
            guard let converted = read(value) else { throw missing(key, what) }
            return converted
        }

        public func string(_ key: String) throws(DecodeError) -> String { try required(key, "a string", \.string) }
        public func int(_ key: String) throws(DecodeError) -> Int { try required(key, "a whole number", \.int) }
        public func double(_ key: String) throws(DecodeError) -> Double { try required(key, "a number", \.double) }
        public func bool(_ key: String) throws(DecodeError) -> Bool { try required(key, "true or false", \.bool) }

        public func ints(_ key: String) throws(DecodeError) -> [Int] {
            try required(key, "whole numbers", Self.each(\.int))
        }

        public func doubles(_ key: String) throws(DecodeError) -> [Double] {
            try required(key, "numbers", Self.each(\.double))
        }

        public func strings(_ key: String) throws(DecodeError) -> [String] {
            try required(key, "strings", Self.each(\.string))
        }

        /// Each element of an array member, read by `read` with its index in the path.
        public func array<T>(
            _ key: String, _ read: (JSONValue, String) throws(DecodeError) -> T
        ) throws(DecodeError) -> [T] {
            let values = try required(key, "an array", \.array)
            var out: [T] = []
            out.reserveCapacity(values.count)
            for (index, value) in values.enumerated() { out.append(try read(value, "\(path).\(key)[\(index)]")) }
            return out
        }

        /// Each member of an object member, by its key, read by `read`.
        public func dictionary<T>(
            _ key: String, _ read: (JSONValue, String) throws(DecodeError) -> T
        ) throws(DecodeError) -> [String: T] {
            let members = try required(key, "an object", \.object)
            var out: [String: T] = [:]
            out.reserveCapacity(members.count)
            for (name, value) in members { out[name] = try read(value, "\(path).\(key).\(name)") }
            return out
        }

        /// The same for an array that may be absent or `null` (nil then).
        public func optionalArray<T>(
            _ key: String, _ read: (JSONValue, String) throws(DecodeError) -> T
        ) throws(DecodeError) -> [T]? {
            guard let value = members[key], value != .null else { return nil }
            return try array(key, read)
        }

        /// An object member read by `read` (nil when absent or `null`).
        public func optionalObject<T>(
            _ key: String, _ read: (JSONValue, String) throws(DecodeError) -> T
        ) throws(DecodeError) -> T? {
            guard let value = members[key], value != .null else { return nil }
            return try read(value, "\(path).\(key)")
        }

        /// The elements of an array, when all of them convert.
        static func each<T>(_ read: @escaping (JSONValue) -> T?) -> (JSONValue) -> [T]? {
            { value in
                guard let values = value.array else { return nil }
                var out: [T] = []
                out.reserveCapacity(values.count)
                for value in values {
                    guard let converted = read(value) else { return nil }
                    out.append(converted)
                }
                return out
            }
        }
    }
}
