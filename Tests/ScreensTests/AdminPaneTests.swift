import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// The Admin area: users and the audit trail, as an administrator sees them; Storage refuses
/// anyone else.
@Suite struct AdminPaneTests {
    private func fixture(role: UserRole = .admin) throws -> (Database, App, AdminPane) {
        let database = try Store.inMemory()
        try DemoGenerator(seed: 3).populateRegistry(database, persons: 20, thisYear: 2026)
        let users = SQLiteUserRepository(database: database)
        _ = try users.bootstrapAdministrator(login: "kamran", institutionCode: nil)
        let caller = Caller(login: "kamran", role: role)
        let context = AppContext(language: .en, login: "kamran", role: role.rawValue, databasePath: ":memory:", caller: caller,
                                 today: CivilDate(year: 2026, month: 11, day: 27) ?? .today())
        let pane = AdminPane(context: context, service: AdminService(database: database, caller: caller))
        return (database, App(context: context, panes: [pane]), pane)
    }

    private func type(_ app: App, _ text: String) {
        for c in text { _ = app.handle(.character(c)) }
    }

    @Test func anAdministratorAddsAClerkAndTheAuditTrailShowsIt() throws {
        let (database, app, _) = try fixture()
        #expect(app.render(width: 100, height: 24).lines.contains { $0.contains("kamran") && $0.contains("administrator") })
        _ = app.handle(.character("n"))
        type(app, "aysel")
        _ = app.handle(.tab)                 // role: clerk is the first choice
        _ = app.handle(.tab)
        type(app, "BDU")
        _ = app.handle(.enter)
        let users = try SQLiteUserRepository(database: database).user(login: "aysel")
        #expect(users?.role == .clerk)
        #expect(users?.institutionCode == "BDU")
        let screen = app.render(width: 100, height: 24).lines
        #expect(screen.contains { $0.contains("aysel") && $0.contains("clerk") && $0.contains("BDU") })
        #expect(screen.last?.contains("saved aysel") == true)
        _ = app.handle(.character("a"))
        let audit = app.render(width: 120, height: 24).lines.joined(separator: "\n")
        #expect(audit.contains("user changed"), "the action in words (issue 15), not user-change")
        #expect(audit.contains("added aysel as clerk of BDU"))
    }

    /// Issue 14: what a clerk was told as "the error log (entry N)" the administrator reads
    /// under Errors (`e`), with the SQL the clerk never saw.
    @Test func theErrorsViewShowsWhatAClerkWasNotShown() throws {
        let (database, app, _) = try fixture()
        let clerkSide = UserFacing.message(for: try #require(errorOf { try database.run("SELECT x FROM gone_table") }),
                                           log: ErrorLog(database: database, login: "leyla"))
        #expect(clerkSide.phrase.en.contains("error log (entry 1)") && !clerkSide.phrase.en.contains("gone_table"))
        _ = app.handle(.character("e"))
        let screen = app.render(width: 100, height: 24).lines
        #expect(screen.contains { $0.contains(" Users ") && $0.hasSuffix(" Errors") }, "\(screen.prefix(4))")
        let row = try #require(screen.first { $0.contains("leyla") })
        #expect(row.contains("1") && row.contains("SQLITE_ERROR"), "\(row)")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("no such table: gone_table") && text.contains("SELECT x FROM gone_table"), "\(text)")
    }

    private func errorOf(_ body: () throws -> Void) -> Error? {
        do { try body(); return nil } catch { return error }
    }

    @Test func aClerkOfAnUnknownInstitutionIsRefusedAndTheTypingKept() throws {
        let (_, app, _) = try fixture()
        _ = app.handle(.character("n"))
        type(app, "nigar")
        _ = app.handle(.tab)
        _ = app.handle(.tab)
        type(app, "XYZ")
        _ = app.handle(.enter)
        let screen = app.render(width: 100, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("there is no institution \"XYZ\""))
        #expect(screen.contains("nigar"))
        #expect(screen.contains("XYZ"))
    }

    @Test func theAuditFilteredByAPINIsTheCitizensView() throws {
        let (database, app, _) = try fixture()
        let pin = try #require(try database.first("SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1") { $0.text(0) })
        let service = RegistryService(database: database, caller: Caller(login: "nigar", role: .ssac))
        _ = try service.records(pin: PIN(unchecked: pin), purpose: .investigation)
        _ = app.handle(.character("a"))
        _ = app.handle(.character("/"))
        type(app, pin.lowercased())
        _ = app.handle(.enter)
        let screen = app.render(width: 130, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("\(pin): who looked at this person's data, when and why"))
        #expect(screen.contains("nigar"))
        #expect(screen.contains("PIN search"), "the action in words (issue 15), not pin-search")
    }

    @Test("4.12: the administrator adds a holiday year by year, sees the weekday, removes it; each change audited")
    func holidaysYearByYear() throws {
        let (database, app, _) = try fixture()
        _ = app.handle(.character("h"))
        var screen = app.render(width: 100, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("2026: 0 days"))
        #expect(screen.contains("no holidays entered for 2026, 2027"))
        #expect(screen.contains("No days entered for 2026."))
        _ = app.handle(.character("n"))
        type(app, "2026-02-30")
        _ = app.handle(.tab)
        type(app, "x")
        _ = app.handle(.enter)
        #expect(app.render(width: 100, height: 24).lines.joined(separator: "\n").contains("not a date"))
        _ = app.handle(.backTab)
        for _ in 0..<10 { _ = app.handle(.backspace) }
        type(app, "2026-03-20")
        _ = app.handle(.tab)
        _ = app.handle(.backspace)
        type(app, "Novruz bayramı")
        _ = app.handle(.enter)
        screen = app.render(width: 100, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("2026: 1 day "))
        #expect(screen.contains("20.03.2026") && screen.contains("Friday") && screen.contains("Novruz bayramı"))
        #expect(screen.contains("no holidays entered for 2027"))
        _ = app.handle(.right)
        #expect(app.render(width: 100, height: 24).lines.joined(separator: "\n").contains("No days entered for 2027."))
        _ = app.handle(.left)
        _ = app.handle(.delete)
        _ = app.handle(.right)       // the dialog's "Remove" button
        _ = app.handle(.enter)
        #expect(try SQLiteSettingsRepository(database: database).holidays(year: 2026).isEmpty)
        let details = try database.rows("SELECT detail FROM audit_event WHERE action = 'setting-change' ORDER BY id") { $0.text(0) }
        #expect(details == ["holiday 2026-03-20 added: Novruz bayramı (holiday)", "holiday 2026-03-20 removed"])
    }

    @Test("4.12: a holiday file is imported from the Admin screen; a bad line is named and nothing stored")
    func holidaysImported() throws {
        let (database, app, _) = try fixture()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sts-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let bad = directory.appendingPathComponent("bad.csv").path
        let good = directory.appendingPathComponent("good.csv").path
        try "2026-01-01,Yeni il\n2026-01-32,x\n".write(toFile: bad, atomically: true, encoding: .utf8)
        try "2026-01-01,Yeni il\n2026-01-02,Yeni il\n".write(toFile: good, atomically: true, encoding: .utf8)
        _ = app.handle(.character("h"))
        _ = app.handle(.character("i"))
        type(app, bad)
        _ = app.handle(.enter)
        #expect(app.render(width: 120, height: 24).lines.joined(separator: "\n").contains("line 2: \"2026-01-32\" is not a date"))
        #expect(try SQLiteSettingsRepository(database: database).holidays(year: 2026).isEmpty)
        _ = app.handle(.control("u"))
        type(app, good)
        _ = app.handle(.enter)
        let screen = app.render(width: 120, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("imported: 2 added, 0 changed, 0 unchanged"))
        #expect(screen.contains("2026: 2 days"))
    }

    @Test("settings: the 4.8 due day changed on the screen; a bad value is named with the form it takes")
    func settingsChanged() throws {
        let (database, app, _) = try fixture()
        _ = app.handle(.character("s"))
        var screen = app.render(width: 110, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("report.yearly-due-day") && screen.contains("12-31") && screen.contains("(default)"))
        _ = app.handle(.down)
        _ = app.handle(.down)
        _ = app.handle(.enter)
        _ = app.handle(.control("u"))
        type(app, "31-12")
        _ = app.handle(.enter)
        #expect(app.render(width: 110, height: 24).lines.joined(separator: "\n").contains("is not valid: MM-DD, e.g. 12-31"))
        _ = app.handle(.control("u"))
        type(app, "01-31")
        _ = app.handle(.enter)
        screen = app.render(width: 110, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("saved report.yearly-due-day"))
        #expect(screen.contains("kamran") && screen.contains("01-31"))
        #expect(try SQLiteSettingsRepository(database: database).setting(SettingKeys.yearlyReportDueDay).value
                == DayOfYear(unchecked: 1, day: 31))
    }

    @Test func storageRefusesTheAuditTrailAndUserChangesToOthers() throws {
        let (_, app, _) = try fixture(role: .ssac)
        _ = app.handle(.character("a"))
        let screen = app.render(width: 100, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("kamran is not permitted to read the audit trail"))
    }
}
