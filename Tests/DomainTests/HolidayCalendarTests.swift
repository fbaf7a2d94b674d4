import Testing
@testable import Domain

/// 4.12 counts "3 (three) working days"; the holiday calendar it counts on is data an
/// administrator enters year by year, read from a file and checked for missing years.
@Suite struct HolidayCalendarTests {
    @Test("4.12: a dismissal on the Thursday before Novruz is due after the holidays only when they are entered")
    func novruzMovesTheDueDay() {
        // 2026-03-19 is a Thursday; Novruz is 20–24 March 2026 (20 Fri, 23 Mon, 24 Tue off).
        let dismissed = day("2026-03-19")
        let weekendsOnly = WorkingDayCalendar()
        #expect(Deadline.dismissalNotice(dismissedOn: dismissed, calendar: weekendsOnly).due == day("2026-03-24"))
        let novruz = WorkingDayCalendar(holidays: [day("2026-03-20"), day("2026-03-23"), day("2026-03-24")])
        #expect(Deadline.dismissalNotice(dismissedOn: dismissed, calendar: novruz).due == day("2026-03-27"))
    }

    @Test("4.12: a year without holidays entered is warned about, this year and the next")
    func missingYearsAreNamed() {
        let today = day("2026-12-28")
        #expect(HolidayCoverage.missingYears(on: today, yearsWithHolidays: [2026]) == [2027])
        #expect(HolidayCoverage.missingYears(on: today, yearsWithHolidays: [2026, 2027]).isEmpty)
        #expect(HolidayCoverage.warning(on: today, yearsWithHolidays: [2026, 2027]) == nil)
        let warning = HolidayCoverage.warning(on: today, yearsWithHolidays: [2025])
        #expect(warning?.en.contains("no holidays entered for 2026, 2027") == true)
        #expect(warning?.en.contains("only Saturdays and Sundays") == true)
    }

    @Test func aFileWithAHeaderQuotesAndBothKindsIsRead() throws {
        let text = "\u{FEFF}date,name,kind\r\n2026-03-20,Novruz bayramı\r\n\r\n# transfers\r\n"
            + "\"07.03.2026\",\"İş günü, köçürmə\",working-day\r\n"
        let lines = try HolidayCSV.parse(text).get()
        #expect(lines.map(\.day) == [day("2026-03-20"), day("2026-03-07")])
        #expect(lines[1].name == "İş günü, köçürmə")
        #expect(lines.map(\.workingDay) == [false, true])
        #expect(lines.map(\.line) == [2, 5])
    }

    @Test func everyBadLineIsNamedWithItsNumberAndReason() {
        let text = "2026-01-01,Yeni il\n2026-02-30,Bad\n2026-01-02,\n2026-01-01,Again\n2026-05-28,Müstəqillik,day-off\n\"2026-06-15,x\n"
        guard case .failure(let refusal) = HolidayCSV.parse(text) else {
            Issue.record("a bad file was accepted")
            return
        }
        #expect(refusal.problems.map(\.line) == [2, 3, 4, 5, 6])
        #expect(refusal.problems[0].reason.en == "\"2026-02-30\" is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        #expect(refusal.problems[1].reason.en == "the day's name is empty")
        #expect(refusal.problems[2].reason.en == "2026-01-01 is already on line 1")
        #expect(refusal.problems[3].reason.en.contains("holiday or working-day"))
        #expect(refusal.problems[4].reason.en == "a quote is not closed")
    }
}
