/// Working days: Monday to Friday, except the holidays an administrator enters. The dates
/// of Novruz and the religious holidays (Ramazan and Qurban bayramı) move every year, and
/// the Cabinet of Ministers moves days off when a holiday falls on a weekend, so the
/// calendar is data given to this type, not code.
public struct WorkingDayCalendar: Sendable, Hashable {
    /// Days off that would otherwise be working days (holidays, transferred days off).
    public var holidays: Set<CivilDate>
    /// Saturdays or Sundays declared working days (when days off are swapped).
    public var workingWeekendDays: Set<CivilDate>

    public init(holidays: Set<CivilDate> = [], workingWeekendDays: Set<CivilDate> = []) {
        self.holidays = holidays
        self.workingWeekendDays = workingWeekendDays
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if workingWeekendDays.contains(date) { return true }
        return !date.isWeekend && !holidays.contains(date)
    }

    /// The day on which `count` working days after `date` have passed: the date itself is
    /// not counted ("within 3 working days" of a Friday dismissal ends on Wednesday).
    /// With `count` 0, the date itself.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`).
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}
