#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Timestamps as stored: UTC, whole seconds, ISO 8601.
enum Timestamp {
    static let style = Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0)!)

    static func format(_ date: Date) -> String { date.formatted(style) }

    /// The timestamp in column `name`.
    /// - Throws: `.corrupt` when it is no ISO 8601 timestamp (never a made-up date).
    static func read(_ row: Statement, _ name: String) throws -> Date {
        guard let date = try? Date(try row.string(name), strategy: style) else {
            throw row.unreadable(name, as: "timestamp")
        }
        return date
    }

    static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
