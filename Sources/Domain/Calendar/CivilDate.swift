import Foundation

/// A calendar date without time or zone — what the regulations and the registry speak in.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Refuses impossible dates (2026-02-30) instead of rolling them over.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or `DD.MM.YYYY` (the form Azerbaijani clerks write).
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts: [Substring]
        let y: Int?, m: Int?, d: Int?
        if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
            (y, m, d) = (Int(parts[0]), Int(parts[1]), Int(parts[2]))
        } else if text.contains(".") {
            parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
                  (1...2).contains(parts[1].count) else { return nil }
            (y, m, d) = (Int(parts[2]), Int(parts[1]), Int(parts[0]))
        } else {
            return nil
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y, let m, let d else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Same day `years` later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CivilDate {
        let y = year + years
        return CivilDate(year: y, month: month, day: min(day, CivilDate.daysIn(month: month, year: y)))
            ?? CivilDate(dayNumber: dayNumber + 365 * years)
    }

    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7 // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `DD.MM.YYYY`, as written on Azerbaijani documents.
    public var dotted: String { String(format: "%02d.%02d.%04d", day, month, year) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
