import Domain
import Foundation
import Testing
@testable import Storage

/// Two sessions on one database: the second save of a row read before the first save is
/// refused, with who changed it and when, and nothing is overwritten.
@Suite struct ConflictTests {
    @Test func aStaleSaveIsRefusedAndSaysWhoChangedIt() throws {
        let path = try TestSupport.directory().appendingPathComponent("c.db").path
        let first = try Store.open(path: path)
        try TestSupport.seedReference(first)
        let second = try Store.open(path: path)
        let created = try SQLiteRegistryRepository(database: first, browsingAs: TestSupport.admin).add(TestSupport.record(), by: TestSupport.admin)

        var mine = try #require(try SQLiteRegistryRepository(database: first, browsingAs: TestSupport.admin).record(id: created.id))
        var theirs = try #require(try SQLiteRegistryRepository(database: second, browsingAs: TestSupport.admin).record(id: created.id))
        theirs.funding = .paid
        _ = try SQLiteRegistryRepository(database: second, browsingAs: TestSupport.admin).update(theirs, by: Caller(login: "aliyeva", role: .ssac))

        mine.yearsOfStudy = 5
        let conflict = try #require(TestSupport.error {
            _ = try SQLiteRegistryRepository(database: first, browsingAs: TestSupport.admin).update(mine, by: TestSupport.admin)
        } as? ConflictError)
        #expect(conflict.table == "student_record")
        #expect(conflict.changedBy == "aliyeva")
        #expect(conflict.changedAt?.hasPrefix(String(CivilDate.today().year)) == true)
        #expect(conflict.phrase.en.contains("changed by aliyeva"))
        #expect(conflict.stillExists)
        let stored = try #require(try SQLiteRegistryRepository(database: first, browsingAs: TestSupport.admin).record(id: created.id))
        #expect(stored.funding == .paid)
        #expect(stored.yearsOfStudy == 4)
        #expect(stored.version == 2)
    }

    @Test func savingARemovedRowSaysItIsGone() throws {
        let database = try TestSupport.database()
        let users = SQLiteUserRepository(database: database)
        let user = try users.add(AppUser(login: "gone", role: .ssac), by: TestSupport.admin)
        try users.remove(login: "gone", expectedVersion: user.version, by: TestSupport.admin)
        let conflict = try #require(TestSupport.error { _ = try users.update(user, by: TestSupport.admin) } as? ConflictError)
        #expect(!conflict.stillExists)
        #expect(conflict.phrase.en.contains("removed"))
    }
}
