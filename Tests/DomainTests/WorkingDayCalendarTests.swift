import Testing
@testable import Domain

@Suite struct WorkingDayCalendarTests {
    @Test("4.12: 3 working days after a Friday skip the weekend (Fri 20 Nov → Wed 25 Nov 2026)")
    func acrossWeekend() {
        let calendar = WorkingDayCalendar()
        #expect(day("2026-11-20").weekday == 5)
        #expect(calendar.adding(workingDays: 3, to: day("2026-11-20")) == day("2026-11-25"))
    }

    @Test("4.12: 3 working days across a weekend and a holiday (Thu 5 Nov, Mon 9 Nov off → Wed 11 Nov)")
    func acrossWeekendAndHoliday() {
        let withHoliday = WorkingDayCalendar(holidays: [day("2026-11-09")])
        #expect(withHoliday.adding(workingDays: 3, to: day("2026-11-05")) == day("2026-11-11"))
        #expect(WorkingDayCalendar().adding(workingDays: 3, to: day("2026-11-05")) == day("2026-11-10"))
    }

    @Test("4.12: a week of Novruz holidays is skipped (holidays are data: 20 and 23–26 March 2026)")
    func novruz() {
        let novruz = WorkingDayCalendar(holidays: Set(["2026-03-20", "2026-03-23", "2026-03-24", "2026-03-25",
                                                       "2026-03-26"].map(day)))
        #expect(novruz.adding(workingDays: 3, to: day("2026-03-19")) == day("2026-03-31"))
        #expect(!novruz.isWorkingDay(day("2026-03-24")))
    }

    @Test("a Saturday declared a working day counts")
    func workingSaturday() {
        let swapped = WorkingDayCalendar(workingWeekendDays: [day("2026-11-07")])
        #expect(swapped.adding(workingDays: 3, to: day("2026-11-05")) == day("2026-11-09"))
    }

    @Test("a dismissal on a Saturday: the count starts on Monday")
    func startOnWeekend() {
        #expect(WorkingDayCalendar().adding(workingDays: 3, to: day("2026-11-21")) == day("2026-11-25"))
    }

    @Test("zero working days is the day itself")
    func zero() {
        #expect(WorkingDayCalendar().adding(workingDays: 0, to: day("2026-11-21")) == day("2026-11-21"))
    }

    @Test("counting working days between two dates")
    func counting() {
        let calendar = WorkingDayCalendar(holidays: [day("2026-11-09")])
        #expect(calendar.workingDays(after: day("2026-11-05"), through: day("2026-11-11")) == 3)
        #expect(calendar.workingDays(after: day("2026-11-11"), through: day("2026-11-05")) == 0)
        #expect(calendar.isWorkingDay(day("2026-11-23")))
        #expect(!calendar.isWorkingDay(day("2026-11-22")))
    }
}
