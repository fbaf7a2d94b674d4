import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct DatabaseTests {
    @Test func opensInWALWithForeignKeysAndNormalSync() throws {
        let directory = try TestSupport.directory()
        let database = try Database(path: directory.appendingPathComponent("a.db").path)
        #expect(try database.scalarText("PRAGMA journal_mode") == "wal")
        #expect(try database.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try database.scalarInt("PRAGMA synchronous") == 1)
    }

    @Test func errorsCarryCodesMessageAndSQL() throws {
        let database = try Store.inMemory()
        let error = try #require(TestSupport.error { try database.run("SELECT * FROM no_such_table") } as? DatabaseError)
        #expect(error.code == 1)
        #expect(error.message.contains("no_such_table"))
        #expect(error.sql == "SELECT * FROM no_such_table")
    }

    @Test func uniqueViolationIsRecognisedByExtendedCode() throws {
        let database = try TestSupport.database()
        let error = try #require(TestSupport.error {
            try database.run("INSERT INTO institution(code, name) VALUES ('BDU', 'again')")
        } as? DatabaseError)
        #expect(error.isUniqueViolation)
        #expect(error.isConstraint)
    }

    @Test func writeRollsBackWhenTheBodyThrows() throws {
        let database = try TestSupport.database()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try database.write {
                try database.run("INSERT INTO major(code, name) VALUES ('1', 'x')")
                throw Stop()
            }
        }
        #expect(try database.scalarInt("SELECT count(*) FROM major WHERE code = '1'") == 0)
        #expect(!database.isInTransaction)
    }

    @Test func nestedWritesJoinTheOuterTransaction() throws {
        let database = try TestSupport.database()
        try database.write {
            try database.write { try database.run("INSERT INTO major(code, name) VALUES ('1', 'x')") }
            #expect(database.isInTransaction)
        }
        #expect(try database.scalarInt("SELECT count(*) FROM major WHERE code = '1'") == 1)
    }

    @Test func aWriteInsideAReadIsRefused() throws {
        let database = try TestSupport.database()
        #expect(throws: DatabaseError.self) {
            try database.read { try database.write { try database.run("DELETE FROM major") } }
        }
        #expect(try database.scalarInt("SELECT count(*) FROM major") == 2)
    }

    @Test func statementsAreCachedBySQL() throws {
        let database = try Store.inMemory()
        let first = try database.statement("SELECT 1")
        let second = try database.statement("SELECT 1")
        #expect(first === second)
    }

    @Test func emptyTextStaysEmptyAndNotNull() throws {
        let database = try TestSupport.database()
        try database.run("INSERT INTO major(code, name) VALUES (?, ?)", ["E", ""])
        #expect(try database.scalarInt("SELECT count(*) FROM major WHERE code = 'E' AND name = ''") == 1)
    }

    @Test func aWriterWaitsForAnotherConnectionInsteadOfFailing() throws {
        let path = try TestSupport.directory().appendingPathComponent("busy.db").path
        let first = try Store.open(path: path)
        let second = try Store.open(path: path)
        try TestSupport.seedReference(first)
        try first.execute("BEGIN IMMEDIATE")
        try first.run("INSERT INTO major(code, name) VALUES ('W1', 'first')")
        let started = Date()
        // Release the lock from another thread after a moment; the second writer must wait.
        nonisolated(unsafe) let holder = first
        let release = Thread {
            usleep(300_000)
            try? holder.execute("COMMIT")
        }
        release.start()
        try second.write { try second.run("INSERT INTO major(code, name) VALUES ('W2', 'second')") }
        #expect(Date().timeIntervalSince(started) >= 0.25)
        #expect(try second.scalarInt("SELECT count(*) FROM major WHERE code IN ('W1', 'W2')") == 2)
    }
}
