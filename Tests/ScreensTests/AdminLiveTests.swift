import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 15: the Admin area's lists are current too — a user added elsewhere shows on the next
/// tick, not only after switching parts.
@Suite struct AdminLiveTests {
    @Test func aUserAddedElsewhereShowsInTheUsersListOnTheNextTick() throws {
        let database = try Store.inMemory()
        _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: "kamran", institutionCode: nil)
        let caller = Caller(login: "kamran", role: .admin)
        let context = AppContext(language: .en, login: "kamran", role: "admin", databasePath: ":memory:", caller: caller)
        let notice = try ChangeNotice(database: database, countsOwnWrites: true)
        let pane = AdminPane(context: context, service: AdminService(database: database, caller: caller),
                             hasChanged: { (try? notice.hasChanged()) ?? false })
        let app = App(context: context, panes: [pane])
        #expect(!app.render(width: 100, height: 24).lines.contains { $0.contains("nigar") })
        #expect(!app.poll(), "nothing changed: nothing to draw")
        _ = try AdminService(database: database, caller: caller).addUser(AppUser(login: "nigar", role: .ssac))
        #expect(app.poll())
        #expect(app.render(width: 100, height: 24).lines.contains { $0.contains("nigar") && $0.contains("SSAC") })
    }
}
