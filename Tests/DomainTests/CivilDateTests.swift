import Testing
@testable import Domain

@Suite struct CivilDateTests {
    @Test("both written forms are read: YYYY-MM-DD and DD.MM.YYYY")
    func bothFormats() {
        #expect(CivilDate(parsing: "2026-11-23") == CivilDate(year: 2026, month: 11, day: 23))
        #expect(CivilDate(parsing: "23.11.2026") == CivilDate(year: 2026, month: 11, day: 23))
        #expect(CivilDate(parsing: "1.2.2026") == CivilDate(year: 2026, month: 2, day: 1))
        #expect(CivilDate(parsing: " 2026-11-23 ") == CivilDate(year: 2026, month: 11, day: 23))
    }

    @Test("impossible dates are refused, not rolled over",
          arguments: ["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "31.06.2026", "29.02.2100",
                      "0000-01-01"])
    func impossible(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test("malformed text is refused",
          arguments: ["", "2026-1-5", "2026/11/23", "23.11.26", "2026-11-23x", "+202-11-23", "٢٠٢٦-١١-٢٣", "today"])
    func malformed(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test("leap days exist in leap years only")
    func leapDays() {
        #expect(CivilDate(parsing: "29.02.2024") != nil)
        #expect(CivilDate(parsing: "2000-02-29") != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("day numbers, weekdays and arithmetic")
    func arithmetic() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(CivilDate(dayNumber: day("2026-11-23").dayNumber) == day("2026-11-23"))
        #expect(day("2026-11-23").weekday == 1)
        #expect(day("2026-11-22").isWeekend)
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2024-02-29").adding(years: 2) == day("2026-02-28"))
        #expect(day("2026-11-23").adding(years: -2) == day("2024-11-23"))
        #expect(day("2026-11-23").description == "2026-11-23")
        #expect(day("2026-01-05").dotted == "05.01.2026")
    }
}
