#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A moment as a clock in Norway shows it: CET (UTC+1), and CEST (UTC+2) from the last
/// Sunday of March to the last Sunday of October, changing at 01:00 UTC (the EU rule, in
/// force since 1996; the survey's rounds are from 2016). Worked out here because the time
/// zone database comes with ICU, which kfl does not link (only FoundationEssentials).
public struct NorwegianTime: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int

    public init(_ date: Date) {
        let utc = Int(date.timeIntervalSince1970.rounded(.down))
        let local = utc + Self.offsetSeconds(utc: utc)
        let days = Self.floorDivide(local, 86_400)
        (year, month, day) = Self.civil(days: days)
        let second = local - days * 86_400
        hour = second / 3600
        minute = second % 3600 / 60
    }

    /// Seconds ahead of UTC at `utc` seconds after 1970: 7 200 in summer time, else 3 600.
    static func offsetSeconds(utc: Int) -> Int {
        let year = civil(days: floorDivide(utc, 86_400)).year
        let start = lastSunday(year: year, month: 3) * 86_400 + 3600
        let end = lastSunday(year: year, month: 10) * 86_400 + 3600
        return (start..<end).contains(utc) ? 7200 : 3600
    }

    /// Days after 1970-01-01 of the last Sunday of `month` (1970-01-01 was a Thursday).
    private static func lastSunday(year: Int, month: Int) -> Int {
        let last = days(year: year, month: month + 1, day: 1) - 1
        return last - floorModulo(last + 4, 7)
    }

    /// Days after 1970-01-01 of a date in the proleptic Gregorian calendar (month 13 is
    /// January of the next year). After Howard Hinnant's `days_from_civil`.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let m = month > 12 ? month - 12 : month
        let y = (month > 12 ? year + 1 : year) - (m <= 2 ? 1 : 0)
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }
}
