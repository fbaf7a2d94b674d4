import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 15: the audit trail is a list like the others — End/G reach its oldest event, g/Home
/// its newest, PgUp/PgDn page — read a page at a time by keyset, never whole.
@Suite struct AdminAuditListTests {
    @Test func endReachesTheOldestEventAndGTheNewest() throws {
        let database = try Store.inMemory()
        _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: "kamran", institutionCode: nil)
        let caller = Caller(login: "kamran", role: .admin)
        let audit = SQLiteAuditRepository(database: database)
        for n in 1...60 { try audit.record(.settingChange, pin: nil, purpose: nil, detail: "event \(n)", by: caller) }
        let context = AppContext(language: .en, login: "kamran", role: "admin", databasePath: ":memory:", caller: caller)
        let app = App(context: context, panes: [AdminPane(context: context, service: AdminService(database: database, caller: caller))])
        _ = app.handle(.character("a"))
        func selected() -> String { app.render(width: 132, height: 24).lines.first { $0.hasPrefix("▶ ") } ?? "" }
        #expect(selected().hasSuffix("event 60"), "the newest first: \(selected())")
        #expect(app.handle(.end) == .redraw)
        let lines = app.render(width: 132, height: 24).lines
        // The oldest event is the administrator's own creation, before the sixty.
        let oldest = try database.scalarText("SELECT detail FROM audit_event ORDER BY id LIMIT 1")
        #expect(lines[22].hasPrefix("▶ ") && lines[22].contains(" " + String(oldest.prefix(20))), "the oldest on the list's last row: \(lines[22])")
        #expect(lines[21].hasSuffix(" event 1") && lines[20].hasSuffix(" event 2"))
        #expect(app.handle(.character("G")) == .handled && app.handle(.pageDown) == .handled, "nothing older")
        #expect(app.handle(.pageUp) == .redraw)
        #expect(!selected().contains(String(oldest.prefix(20))))
        #expect(app.handle(.character("g")) == .redraw)
        #expect(selected().hasSuffix("event 60"))
        #expect(app.handle(.home) == .handled)
    }
}
