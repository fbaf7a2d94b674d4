import Domain
import Screens
import Storage
import Testing
import TerminalUI

/// Issue 12: opening a record's details in the registry browser is a read of one person's
/// data, audited like a PIN search; with the audit row refused, nothing is shown.
@Suite struct RegistryBrowserAuditTests {
    private func views(_ fixture: ScreenFixture) throws -> [String] {
        try SQLiteAuditRepository(database: fixture.database)
            .events(pin: nil, login: "aygun", since: nil, before: nil, limit: 20, by: Caller(login: "kamran", role: .admin))
            .filter { $0.action == "record-view" }.compactMap(\.detail)
    }

    @Test func eachRecordOpenedInTheDetailPaneIsAuditedOnce() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen(width: 120, height: 30)
        #expect(try views(fixture).isEmpty, "the list alone opens nobody's details")
        fixture.press(.enter)
        let first = try #require(fixture.registry.selectedRecord)
        #expect(try views(fixture) == ["record \(first.id)"])
        _ = fixture.screen(width: 120, height: 30)
        #expect(try views(fixture) == ["record \(first.id)"], "drawing again is not opening again")
        fixture.press(.down)
        let second = try #require(fixture.registry.selectedRecord)
        #expect(fixture.screen(width: 120, height: 30).joined(separator: "\n").contains(second.name.surname))
        #expect(try views(fixture) == ["record \(second.id)", "record \(first.id)"])
        fixture.press(.escape)
        fixture.press(.down)
        #expect(try views(fixture).count == 2, "moving with the details closed opens nothing")
    }

    @Test func detailsWhoseAuditCannotBeWrittenAreNotShown() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen(width: 120, height: 30)
        try fixture.database.execute("""
            CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON main.audit_event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is broken (test)'); END
            """)
        fixture.press(.enter)
        let text = fixture.screen(width: 120, height: 30).joined(separator: "\n")
        #expect(!text.contains("┌─ Details"))
        #expect(text.contains("the audit trail is broken"))
    }
}
