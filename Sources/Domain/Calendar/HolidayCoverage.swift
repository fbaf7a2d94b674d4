/// Whether the holiday calendar that 4.12's "3 (three) working days" count on has been
/// entered for the years a deadline may fall in.
///
/// 4.12 counts working days; Azerbaijan's days off (Novruz, Ramazan and Qurban bayramı, the
/// transfers the Cabinet of Ministers decides each year) are data an administrator enters.
/// A year with no day entered is almost certainly a year nobody has entered yet, not a year
/// without holidays: until it is, only Saturdays and Sundays are days off, a 4.12 due date
/// can come a day or more early, and the desk says so instead of trusting it silently.
public enum HolidayCoverage {
    /// The years checked on `today`: this one and the next (a dismissal late in December has
    /// its three working days in January).
    public static func yearsToCheck(on today: CivilDate) -> [Int] {
        [today.year, today.year + 1]
    }

    /// The years among `yearsToCheck(on:)` that have no holiday entered.
    public static func missingYears(on today: CivilDate, yearsWithHolidays: Set<Int>) -> [Int] {
        yearsToCheck(on: today).filter { !yearsWithHolidays.contains($0) }
    }

    /// The warning for the missing years, or nil when both years have holidays.
    public static func warning(on today: CivilDate, yearsWithHolidays: Set<Int>) -> Phrase? {
        let missing = missingYears(on: today, yearsWithHolidays: yearsWithHolidays)
        return missing.isEmpty ? nil : Phrases.holidaysMissing(missing)
    }
}
