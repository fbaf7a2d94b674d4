import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct MigrationTests {
    static let tables = ["institution", "major", "student_record", "status_change", "diploma", "certificate", "applicant",
                         "applicant_document", "applicant_status_change", "language_test", "payment", "contract",
                         "inquiry", "inquiry_event", "app_user", "holiday", "setting", "audit_event", "draft",
                         "schema_migration"]

    @Test func anEmptyDatabaseGetsEveryTableAndMigration() throws {
        let database = try Store.inMemory()
        let names = Set(try database.rows("SELECT name FROM sqlite_schema WHERE type = 'table'") { $0.text(0) })
        for table in Self.tables { #expect(names.contains(table), "missing table \(table)") }
        #expect(try Migrator.applied(database) == Schema.migrations.map(\.number))
        #expect(try Migrator.version(database) == Store.latestSchemaVersion)
    }

    /// A database made while migration 8 was on main and 7 not yet (numbers are handed out to
    /// parallel work) gets 7 when it is opened, although its highest number is the latest.
    @Test func aMissingEarlierNumberIsAppliedOnOpen() throws {
        let path = try TestSupport.directory().appendingPathComponent("gap.db").path
        do {
            let old = try Database(path: path)
            try Migrator.migrate(old, migrations: Schema.migrations.filter { $0.number != 7 })
            #expect(try !Migrator.applied(old).contains(7))
        }
        let reopened = try Store.open(path: path)
        #expect(try Migrator.applied(reopened) == Schema.migrations.map(\.number).sorted())
        #expect(try reopened.scalarInt("SELECT count(*) FROM pragma_table_info('applicant') WHERE name = 'years_of_study'") == 1)
    }

    @Test func reopeningChangesNothing() throws {
        let path = try TestSupport.directory().appendingPathComponent("a.db").path
        _ = try Store.open(path: path)
        let again = try Store.open(path: path)
        #expect(try again.scalarInt("SELECT count(*) FROM schema_migration") == Schema.migrations.count)
    }

    /// A database made by the skeleton (migration 1 only) with data in it, including two
    /// rows the new natural keys consider the same and keys made by the old folding.
    @Test func theSkeletonSchemaUpgradesWithItsData() throws {
        let path = try TestSupport.directory().appendingPathComponent("old.db").path
        do {
            let old = try Database(path: path)
            try Migrator.migrate(old, migrations: [Schema.migrations[0]])
            #expect(try Migrator.version(old) == 1)
            try old.execute("""
                INSERT INTO institution(code, name) VALUES ('BDU', 'Bakı Dövlət Universiteti');
                INSERT INTO major(code, name) VALUES ('050509', 'Kompüter elmləri');
                INSERT INTO student_record(pin, surname, name, father_name, surname_key, name_key, sort_key, birth_date,
                    admission_year, institution_id, funding, level, years_of_study, major_id, enrollment_status, education_state)
                VALUES ('AB12CD3', 'Məmmədov', 'Əli', 'Hüseyn oğlu', 'stale', 'stale', 'stale', '1990-05-17', 2008, 1,
                        'state', 'bachelor', 4, 1, 'admitted', 'graduated'),
                       (NULL, 'Quliyev', 'Rəşad', 'Elçin oğlu', 'x', 'x', 'x', '1985-01-01', 2002, 1,
                        'paid', 'bachelor', 4, 1, 'admitted', 'graduated'),
                       (NULL, 'Quliyev', 'Rəşad', 'Elçin oğlu', 'x', 'x', 'x', '1985-01-01', 2002, 1,
                        'paid', 'bachelor', 4, 1, 'admitted', 'dismissed');
                INSERT INTO diploma(student_record_id, series, registration_number, issue_date, level)
                VALUES (1, 'BA', '0000001', '2012-06-20', 'ordinary');
                INSERT INTO app_user(login, role) VALUES ('olduser', 'admin');
                """)
        }
        let upgraded = try Store.open(path: path)
        #expect(try Migrator.version(upgraded) == Store.latestSchemaVersion)
        #expect(try upgraded.scalarInt("SELECT count(*) FROM student_record") == 3)
        #expect(try upgraded.scalarText("SELECT surname_key FROM student_record WHERE id = 1") == AzerbaijaniText.searchKey("Məmmədov"))
        #expect(try upgraded.scalarInt("SELECT max(duplicate_number) FROM student_record WHERE surname = 'Quliyev'") == 1)
        let registry = SQLiteRegistryRepository(database: upgraded, browsingAs: TestSupport.admin)
        let found = try registry.search(surnamePrefix: "Mamedov", name: nil, fatherName: nil, born: nil, after: nil, limit: 10)
        #expect(found.map(\.record.id) == [1])
        #expect(try SQLiteUserRepository(database: upgraded).user(login: "olduser")?.role == .admin)
        #expect(try upgraded.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try upgraded.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = try TestSupport.directory().appendingPathComponent("new.db").path
        let database = try Store.open(path: path)
        try database.run("INSERT INTO schema_migration(number, name) VALUES (999, 'from the future')")
        #expect(throws: DatabaseError.self) { try Migrator.migrate(database) }
    }

    @Test func severalProcessesOpeningANewFileMigrateItOnce() throws {
        let path = try TestSupport.directory().appendingPathComponent("race.db").path
        nonisolated(unsafe) var failures: [Error] = []
        let lock = NSLock()
        let threads = (0..<4).map { _ in
            Thread {
                do { _ = try Store.open(path: path) } catch { lock.lock(); failures.append(error); lock.unlock() }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        #expect(failures.isEmpty)
        let database = try Store.open(path: path)
        #expect(try database.scalarInt("SELECT count(*) FROM schema_migration") == Schema.migrations.count)
    }
}
