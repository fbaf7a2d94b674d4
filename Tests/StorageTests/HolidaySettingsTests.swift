import Domain
import Testing
@testable import Storage

/// 4.12's holiday calendar and the settings, as an administrator keeps them: changes are
/// for administrators (checked in Storage), bad input names the field or line, every change
/// is audited in its own transaction.
@Suite struct HolidaySettingsTests {
    private func audit(_ database: Database) throws -> [String] {
        try database.rows("SELECT detail FROM audit_event WHERE action = 'setting-change' ORDER BY id") { $0.text(0) }
    }

    @Test func onlyAnAdministratorChangesHolidaysOrSettings() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        for caller in [TestSupport.clerkBDU, TestSupport.ssac] {
            #expect(TestSupport.error { try settings.addHoliday(TestSupport.date("2026-03-20"), name: "Novruz", by: caller) } is PermissionError)
            #expect(TestSupport.error { _ = try settings.importHolidays("2026-03-20,Novruz\n", by: caller) } is PermissionError)
            #expect(TestSupport.error { try settings.removeHoliday(TestSupport.date("2026-03-20"), by: caller) } is PermissionError)
            // Refused before the value is looked at: a clerk learns nothing about valid values.
            #expect(TestSupport.error { try settings.set(named: "report.yearly-due-day", to: "13-45", by: caller) } is PermissionError)
        }
        #expect(try settings.holidays(year: 2026).isEmpty)
        #expect(try audit(database).isEmpty)
        try settings.addHoliday(TestSupport.date("2026-03-20"), name: "Novruz bayramı", by: TestSupport.admin)
        #expect(try settings.holidays(year: 2026).map(\.name) == ["Novruz bayramı"])
        #expect(try audit(database) == ["holiday 2026-03-20 added: Novruz bayramı (holiday)"])
    }

    @Test func aDayAlreadyEnteredOrAWorkingWeekdayIsRefusedAsBadInput() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        try settings.addHoliday(TestSupport.date("2026-05-28"), name: "Müstəqillik günü", by: TestSupport.admin)
        let again = TestSupport.error { try settings.addHoliday(TestSupport.date("2026-05-28"), name: "x", by: TestSupport.admin) }
        #expect((again as? ValidationError)?.reason.en == "2026-05-28 is already in the calendar as Müstəqillik günü (remove it first)")
        let weekday = TestSupport.error {
            try settings.addHoliday(TestSupport.date("2026-05-27"), name: "x", kind: .workingDay, by: TestSupport.admin)
        }
        #expect((weekday as? ValidationError)?.field == "DATE")
        #expect(try settings.removeHoliday(TestSupport.date("2026-05-28"), by: TestSupport.admin))
        #expect(try !settings.removeHoliday(TestSupport.date("2026-05-28"), by: TestSupport.admin))
        #expect(try audit(database).last == "holiday 2026-05-28 removed")
    }

    @Test func anImportWithOneBadLineStoresNothingAndAGoodOneUpdatesWhatIsThere() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        try settings.addHoliday(TestSupport.date("2026-01-01"), name: "Yeni il?", by: TestSupport.admin)
        let bad = TestSupport.error {
            _ = try settings.importHolidays("2026-01-02,Yeni il\n2026-02-30,Bad\n", by: TestSupport.admin)
        } as? ValidationError
        #expect(bad?.field == "line 2")
        #expect(try settings.holidays(year: 2026).count == 1)
        let result = try settings.importHolidays("date,name\n2026-01-01,Yeni il\n2026-01-02,Yeni il\n2026-03-07,İş günü,working-day\n",
                                                 by: TestSupport.admin)
        #expect(result == HolidayImportResult(added: 2, changed: 1, unchanged: 0))
        let calendar = try settings.workingDayCalendar(from: TestSupport.date("2026-01-01"), to: TestSupport.date("2026-12-31"))
        #expect(calendar.isWorkingDay(TestSupport.date("2026-03-07")))       // a Saturday made a working day
        #expect(!calendar.isWorkingDay(TestSupport.date("2026-01-02")))
        #expect(try audit(database).count == 4)
    }

    @Test("4.12: the warning names the year (this or next) that has no holidays")
    func theWarningFollowsWhatIsEntered() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        let today = TestSupport.date("2026-11-27")
        #expect(try settings.holidayWarning(on: today)?.en.hasPrefix("no holidays entered for 2026, 2027") == true)
        try settings.addHoliday(TestSupport.date("2026-12-31"), name: "Həmrəylik günü", by: TestSupport.admin)
        #expect(try settings.holidayWarning(on: today)?.en.hasPrefix("no holidays entered for 2027:") == true)
        // A working weekend day alone is not a year's holidays.
        try settings.addHoliday(TestSupport.date("2027-01-09"), name: "İş günü", kind: .workingDay, by: TestSupport.admin)
        #expect(try settings.holidayWarning(on: today) != nil)
        try settings.addHoliday(TestSupport.date("2027-01-01"), name: "Yeni il", by: TestSupport.admin)
        #expect(try settings.holidayWarning(on: today) == nil)
    }

    @Test("4.8: the due day is a setting; a bad value or an unknown key is refused naming it")
    func settingsByName() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        #expect(try settings.setting(SettingKeys.yearlyReportDueDay).value == DayOfYear(unchecked: 12, day: 31))
        let bad = TestSupport.error { try settings.set(named: "report.yearly-due-day", to: "02-30", by: TestSupport.admin) }
        #expect((bad as? ValidationError)?.reason.en == "\"02-30\" is not valid: MM-DD, e.g. 12-31")
        let unknown = TestSupport.error { try settings.set(named: "report.due", to: "01-31", by: TestSupport.admin) }
        #expect((unknown as? ValidationError)?.field == "KEY")
        let stored = try settings.set(named: "report.yearly-due-day", to: "01-31", by: TestSupport.admin)
        #expect(stored.value == "01-31" && !stored.isDefault && stored.updatedBy == "admin1")
        #expect(try settings.setting(SettingKeys.yearlyReportDueDay).value == DayOfYear(unchecked: 1, day: 31))
        _ = try settings.set(named: "report.yearly-due-day", to: "02-15", by: TestSupport.admin)
        #expect(try settings.listedSettings().first { $0.name == "report.yearly-due-day" }?.value == "02-15")
        #expect(try audit(database) == ["setting report.yearly-due-day = 01-31", "setting report.yearly-due-day = 02-15"])
    }
}
