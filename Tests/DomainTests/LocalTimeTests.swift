import Foundation
import Testing
@testable import Domain

/// Issue 15, "Time and dates as people read them": stored UTC shown in the server's zone as
/// DD.MM.YYYY HH:MM. Every test names its zone; none depends on the machine's.
@Suite struct LocalTimeTests {
    let baku = TimeZone(identifier: "Asia/Baku")!
    let utc = TimeZone(identifier: "UTC")!

    @Test("the citizen's certificate time is Baku time, not the stored UTC text")
    func bakuIsFourHoursAhead() {
        #expect(LocalTime.shown("2026-11-27T13:45:09.951Z", in: baku) == "27.11.2026 17:45")
        #expect(LocalTime.shown("2026-11-27T13:45:09.951Z", in: utc) == "27.11.2026 13:45")
    }

    @Test("late in the UTC evening it is already the next day (and year) in Baku")
    func crossesMidnightAndYear() {
        #expect(LocalTime.shown("2026-12-31T21:30:00Z", in: baku) == "01.01.2027 01:30")
        #expect(LocalTime.shown("2024-02-28T20:00:00Z", in: baku) == "29.02.2024 00:00")
    }

    @Test("a zone west of Greenwich goes back a day; summer time is followed")
    func westernAndSummerTime() {
        let newYork = TimeZone(identifier: "America/New_York")!
        #expect(LocalTime.shown("2026-01-01T03:00:00Z", in: newYork) == "31.12.2025 22:00")
        #expect(LocalTime.shown("2026-07-01T03:00:00Z", in: newYork) == "30.06.2026 23:00")
    }

    @Test("seconds are dropped, not rounded up to the next minute")
    func secondsDropped() {
        #expect(LocalTime.shown("2026-11-27T13:45:59.999Z", in: utc) == "27.11.2026 13:45")
    }

    @Test("every form the store has written is read", arguments: [
        "2026-11-27T13:45:09.951Z", "2026-11-27T13:45:09Z", "2026-11-27T13:45Z", "2026-11-27 13:45", "2026-11-27T13:45:09",
    ])
    func storedForms(text: String) {
        #expect(LocalTime.shown(text, in: baku) == "27.11.2026 17:45")
    }

    @Test("text that is not a timestamp is shown as it is, never hidden",
          arguments: ["", "yesterday", "2026-11-27", "2026-13-27T10:00:00Z", "2026-11-27T25:00:00Z", "2026-11-27X13:45"])
    func notATimestamp(text: String) {
        #expect(LocalTime.moment(text) == nil)
        #expect(LocalTime.shown(text, in: baku) == text)
    }

    @Test("the moment read is the stored one, to the millisecond")
    func momentIsExact() throws {
        let moment = try #require(LocalTime.moment("1970-01-02T00:00:01.250Z"))
        #expect(moment.timeIntervalSince1970 == 86_401.25)
    }

    @Test("stored dates are shown DD.MM.YYYY; other text is left alone")
    func dates() {
        #expect(LocalTime.date("2008-09-15") == "15.09.2008")
        #expect(LocalTime.date("—") == "—")
        #expect(CivilDate(year: 1990, month: 5, day: 5)?.dotted == "05.05.1990")
    }
}
