import Domain
import Testing
@testable import Storage

/// The demo's holiday calendar (4.12) reproduces the Cabinet of Ministers' published days off.
@Suite struct DemoHolidaysTests {
    private func transfers(_ year: Int) -> [String] {
        DemoGenerator.holidays(of: year).filter { $0.name.hasPrefix("İstirahət günü köçürülmüş") }.map(\.day.description)
    }

    @Test("2025 as decided: Novruz 22–23 March on the weekend → 25, 26; Ramazan 30 March a Sunday → 1 April; Qurban 7 June → 9 June")
    func year2025() {
        let transfers = transfers(2025)
        #expect(transfers.contains("2025-03-25") && transfers.contains("2025-03-26") && transfers.contains("2025-04-01"))
        #expect(transfers.contains("2025-06-09"))
    }

    @Test("2026 as announced: Novruz and Ramazan together give 25, 26, 27 and 30 March off; first working day 31 March")
    func year2026() {
        let days = Set(DemoGenerator.holidays(of: 2026).map(\.day.description))
        for day in ["2026-03-20", "2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-30"] {
            #expect(days.contains(day), "\(day) is a day off")
        }
        #expect(!days.contains("2026-03-31"))
        #expect(!days.contains("2026-11-12"), "Constitution Day is not a day off")
        #expect(!days.contains("2026-01-20"), "20 January is a memorial day, not a day off of article 105")
        #expect(!days.contains("2026-10-19") && !days.contains("2026-11-17"), "18 October and 17 November are holidays, not days off")
        let calendar = WorkingDayCalendar(holidays: Set(DemoGenerator.holidays(of: 2026).map(\.day)))
        // 4.12: dismissed on Thursday 19 March 2026, the 3 working days end on 2 April.
        #expect(calendar.adding(workingDays: 3, to: TestSupport.date("2026-03-19")) == TestSupport.date("2026-04-02"))
    }
}
