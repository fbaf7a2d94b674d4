import Domain
import Testing
@testable import Storage

/// The registry list's keyset paging, straight against SQLite.
@Suite struct RegistryPagingTests {
    private func registry(persons: Int) throws -> (Database, SQLiteRegistryRepository) {
        let database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        try DemoGenerator(seed: 11).populateRegistry(database, persons: persons, thisYear: 2026)
        return (database, SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin))
    }

    @Test func walkingForwardPageByPageVisitsEveryRecordOnceInOrder() throws {
        let (database, repository) = try registry(persons: 400)
        let total = try database.scalarInt("SELECT count(*) FROM student_record")
        var seen: [Int64] = []
        var keys: [String] = []
        var cursor: RegistryCursor?
        while true {
            let page = try repository.rows(after: cursor, limit: 37)
            guard let last = page.last else { break }
            seen += page.map(\.record.id)
            keys += page.map(\.cursor.sortKey)
            cursor = last.cursor
        }
        #expect(seen.count == total)
        #expect(Set(seen).count == total)
        #expect(keys == keys.sorted())
    }

    @Test func walkingBackwardFromTheEndGivesTheSameRowsReversed() throws {
        let (_, repository) = try registry(persons: 120)
        let forward = try repository.rows(after: nil, limit: 10_000).map(\.record.id)
        var backward: [Int64] = []
        var cursor: RegistryCursor?
        repeat {
            let page = try repository.rows(before: cursor, limit: 25)
            guard let first = page.first else { break }
            backward = page.map(\.record.id) + backward
            cursor = first.cursor
        } while true
        #expect(backward == forward)
    }

    @Test func pagingUsesTheOrderIndexNotAScanOrASort() throws {
        let (database, _) = try registry(persons: 10)
        let plan = try database.rows("""
            EXPLAIN QUERY PLAN SELECT id FROM student_record r
            WHERE (r.sort_key, r.id) > ('X', 0) ORDER BY r.sort_key, r.id LIMIT 20
            """) { $0.text(3) }.joined(separator: "\n")
        #expect(plan.contains("student_record_order"))
        #expect(!plan.contains("TEMP B-TREE"))
    }

    @Test func recordsOfOnePINComeNewestFirstWithDiplomas() throws {
        let (database, repository) = try registry(persons: 300)
        let pin = try #require(try database.first("""
            SELECT pin FROM student_record WHERE pin IS NOT NULL GROUP BY pin HAVING count(*) > 1 LIMIT 1
            """) { $0.text(0) })
        let records = try repository.records(pin: PIN(unchecked: pin))
        #expect(records.count >= 2)
        #expect(records.map(\.admissionYear) == records.map(\.admissionYear).sorted(by: >))
        #expect(records.allSatisfy { $0.pin?.value == pin })
        let graduated = records.filter { $0.educationState == .graduated }
        #expect(graduated.allSatisfy { $0.diploma != nil })
    }

    @Test func migratingTwiceChangesNothing() throws {
        let database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        let first = try Migrator.applied(database)
        try Migrator.migrate(database)
        #expect(try Migrator.applied(database) == first)
        #expect(first.first == 1)
    }
}

/// Browsing the registry is for SSAC staff and administrators, checked in Storage.
@Suite struct RegistryBrowsingPermissionTests {
    @Test func aClerkMayNotBrowseTheRegistryButSSACAndAdminMay() throws {
        let database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        try DemoGenerator(seed: 5).populateRegistry(database, persons: 30, thisYear: 2026)
        let pin = try #require(try database.first("SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1") { $0.text(0) })
        let clerk = SQLiteRegistryRepository(database: database, browsingAs: Caller(login: "aysel", role: .clerk, institutionCode: "BDU"))
        #expect(throws: PermissionError.self) { _ = try clerk.rows(after: nil, limit: 10) }
        #expect(throws: PermissionError.self) { _ = try clerk.rows(before: nil, limit: 10) }
        #expect(throws: PermissionError.self) { _ = try clerk.records(pin: PIN(unchecked: pin)) }
        #expect(throws: PermissionError.self) { _ = try clerk.record(id: 1) }
        for role in [UserRole.ssac, .admin] {
            let repository = SQLiteRegistryRepository(database: database, browsingAs: Caller(login: "x", role: role))
            #expect(try repository.rows(after: nil, limit: 10).count == 10)
            #expect(try !repository.records(pin: PIN(unchecked: pin)).isEmpty)
        }
    }
}
