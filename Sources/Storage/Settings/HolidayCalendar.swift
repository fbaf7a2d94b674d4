import Foundation
import Domain

/// What an import of a holiday file did.
public struct HolidayImportResult: Sendable, Hashable {
    public let added: Int
    public let changed: Int
    public let unchanged: Int
}

/// The holiday calendar as the administrator keeps it (4.12 counts working days on it):
/// year by year, adding and removing a day, importing a file; and what the desk needs from
/// it — the working-day calendar and whether this year and the next have been entered.
/// Every change goes through `save`/`remove`, which check that the caller is an
/// administrator.
extension SQLiteSettingsRepository {
    /// The days entered for `year`, in date order.
    public func holidays(year: Int) throws -> [HolidayEntry] {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31) else {
            return []
        }
        return try holidays(from: first, to: last)
    }

    /// The entry for one day, if there is one.
    public func holiday(on day: CivilDate) throws -> HolidayEntry? {
        try holidays(from: day, to: day).first
    }

    /// Adds a day; a day already in the calendar or an empty name is refused as bad input.
    @discardableResult
    public func addHoliday(_ day: CivilDate, name: String, kind: DayKind = .holiday, by caller: Caller) throws -> HolidayEntry {
        try caller.require([.admin], to: Actions.changeHolidayCalendar)
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw ValidationError(field: "--name", reason: Phrase(az: "günün adı boşdur", en: "the day's name is empty"))
        }
        try TextGuard.check(trimmed, field: "--name")
        if kind == .workingDay, !day.isWeekend {
            throw ValidationError(field: "DATE", reason: Phrase(
                az: "\(day) şənbə və ya bazar deyil: yalnız istirahət günü iş günü elan oluna bilər",
                en: "\(day) is not a Saturday or Sunday: only a weekend day can be declared a working day"))
        }
        return try database.write {
            if let existing = try holiday(on: day) {
                throw ValidationError(field: "DATE", reason: Phrase(
                    az: "\(day) artıq təqvimdədir: \(existing.name) (əvvəlcə silin)",
                    en: "\(day) is already in the calendar as \(existing.name) (remove it first)"))
            }
            return try save(HolidayEntry(day: day, name: trimmed, kind: kind), by: caller)
        }
    }

    /// Removes a day; false when the calendar does not have it.
    @discardableResult
    public func removeHoliday(_ day: CivilDate, by caller: Caller) throws -> Bool {
        try caller.require([.admin], to: Actions.changeHolidayCalendar)
        return try database.write {
            guard let existing = try holiday(on: day) else { return false }
            try remove(day: day, expectedVersion: existing.version, by: caller)
            return true
        }
    }

    /// Imports a holiday file (`HolidayCSV`) in one transaction: every line is checked first
    /// and a bad line stores nothing; a day already entered takes the file's name and kind.
    public func importHolidays(_ text: String, by caller: Caller) throws -> HolidayImportResult {
        try caller.require([.admin], to: Actions.changeHolidayCalendar)
        let lines: [HolidayCSV.Line]
        switch HolidayCSV.parse(text) {
        case .success(let parsed): lines = parsed
        case .failure(let refusal):
            let problems = refusal.problems
            let first = problems[0]
            let more = problems.count > 1 ? Phrase(az: " (və daha \(problems.count - 1) sətir)",
                                                   en: " (and \(problems.count - 1) more lines)") : Phrase(az: "", en: "")
            throw ValidationError(field: "line \(first.line)", reason: Phrase(az: first.reason.az + more.az,
                                                                              en: first.reason.en + more.en))
        }
        for line in lines {
            do { try TextGuard.check(line.name, field: "line \(line.line)") } catch { throw error }
        }
        for line in lines where line.workingDay && !line.day.isWeekend {
            throw ValidationError(field: "line \(line.line)", reason: Phrase(
                az: "\(line.day) şənbə və ya bazar deyil: yalnız istirahət günü iş günü elan oluna bilər",
                en: "\(line.day) is not a Saturday or Sunday: only a weekend day can be declared a working day"))
        }
        var added = 0, changed = 0, unchanged = 0
        try database.write {
            for line in lines {
                let kind: DayKind = line.workingDay ? .workingDay : .holiday
                if var existing = try holiday(on: line.day) {
                    guard existing.name != line.name || existing.kind != kind else { unchanged += 1; continue }
                    existing.name = line.name
                    existing.kind = kind
                    _ = try save(existing, by: caller)
                    changed += 1
                } else {
                    _ = try save(HolidayEntry(day: line.day, name: line.name, kind: kind), by: caller)
                    added += 1
                }
            }
        }
        return HolidayImportResult(added: added, changed: changed, unchanged: unchanged)
    }

    /// The years among `years` with at least one day off entered.
    public func yearsWithHolidays(_ years: [Int]) throws -> Set<Int> {
        var found: Set<Int> = []
        for year in years {
            let count = try database.scalarInt("SELECT count(*) FROM holiday WHERE kind = 'holiday' AND day GLOB ?",
                                               [String(format: "%04d", year) + "-*"])
            if count > 0 { found.insert(year) }
        }
        return found
    }

    /// 4.12: the warning to show on `today` when this year or the next has no holidays
    /// entered (then working days are counted with weekends only), or nil.
    public func holidayWarning(on today: CivilDate) throws -> Phrase? {
        HolidayCoverage.warning(on: today, yearsWithHolidays: try yearsWithHolidays(HolidayCoverage.yearsToCheck(on: today)))
    }

    /// The working-day calendar from `from` to `to` (4.12).
    public func workingDayCalendar(from: CivilDate, to: CivilDate) throws -> WorkingDayCalendar {
        let entries = try holidays(from: from, to: to)
        return WorkingDayCalendar(holidays: Set(entries.filter { $0.kind == .holiday }.map(\.day)),
                                  workingWeekendDays: Set(entries.filter { $0.kind == .workingDay }.map(\.day)))
    }
}
