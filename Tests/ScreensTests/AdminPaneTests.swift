import Domain
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
        let context = AppContext(language: .en, login: "kamran", role: role.rawValue, databasePath: ":memory:", caller: caller)
        let pane = AdminPane(context: context, database: database)
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
        #expect(audit.contains("user-change"))
        #expect(audit.contains("added aysel as clerk of BDU"))
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
        #expect(screen.contains("pin-search"))
    }

    @Test func storageRefusesTheAuditTrailAndUserChangesToOthers() throws {
        let (_, app, _) = try fixture(role: .ssac)
        _ = app.handle(.character("a"))
        let screen = app.render(width: 100, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("kamran is not permitted to read the audit trail"))
    }
}
