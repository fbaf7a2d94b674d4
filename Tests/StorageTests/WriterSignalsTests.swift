import Foundation
import Testing
@testable import Storage

/// The flag by which a session waiting for the write lock tells an import to let it in
/// (issue 16): raised by the busy handler of a connection whose write is refused, lowered
/// when its statement is done, and seen from another connection.
@Suite struct WriterSignalsTests {
    /// A value the test thread and the writer thread both read and write.
    final class Shared: @unchecked Sendable { // guarded by `lock`
        private let lock = NSLock()
        private var value = ""
        var text: String {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }

    @Test func aSessionWaitingForTheWriteLockIsSeenByTheWriterThatHoldsIt() throws {
        let path = try TestSupport.directory().appendingPathComponent("wait.db").path
        let importer = try Store.open(path: path)
        let signal = try #require(importer.waitSignal)
        #expect(!signal.othersWaiting(), "nobody waits at first")

        try importer.execute("BEGIN IMMEDIATE")
        let outcome = Shared()
        let clerk = Thread {
            do {
                let session = try Database(path: path)
                try session.write { try session.run("INSERT INTO institution(code, name) VALUES ('XYZ', 'Waiting')") }
                outcome.text = session.waitSignal?.raised == false ? "saved" : "saved, but the signal is still raised"
            } catch {
                outcome.text = "\(error)"
            }
        }
        clerk.start()
        // The clerk's BEGIN IMMEDIATE is refused while the import holds the lock: it raises
        // its signal at the first refusal. Looked at up to 2 000 times (a few seconds at most).
        var seen = false
        for _ in 0..<2_000 where !seen {
            seen = signal.othersWaiting()
            if !seen { usleep(1_000) }
        }
        #expect(seen, "the import sees that a session waits")
        #expect(outcome.text == "", "the clerk is still waiting")
        try importer.execute("COMMIT")

        for _ in 0..<5_000 where outcome.text.isEmpty { usleep(1_000) }
        #expect(outcome.text == "saved")
        #expect(!signal.othersWaiting(), "the signal is lowered once the clerk got the lock")
        #expect(try importer.scalarInt("SELECT count(*) FROM institution WHERE code = 'XYZ'") == 1)
    }

    @Test func aConnectionDoesNotSeeItsOwnWaitAndAMemoryDatabaseHasNoSignal() throws {
        let path = try TestSupport.directory().appendingPathComponent("own.db").path
        let database = try Store.open(path: path)
        let signal = try #require(database.waitSignal)
        signal.raise()
        #expect(signal.raised)
        #expect(!signal.othersWaiting(), "its own flag is not someone else waiting")
        let other = try Store.open(path: path)
        #expect(other.waitSignal?.othersWaiting() == true, "another connection sees it")
        signal.lower()
        #expect(other.waitSignal?.othersWaiting() == false)
        #expect(try Store.inMemory().waitSignal == nil)
    }

    /// An import holds the bulk-load signal and writes with automatic checkpoints off; a
    /// clerk's small save meanwhile must not copy the import's pages into the database (the
    /// file does not grow), and once the import is over the next save checkpoints as before.
    @Test func whileAnImportRunsOtherSessionsLeaveTheCheckpointToIt() throws {
        let path = try TestSupport.directory().appendingPathComponent("load.db").path
        let importer = try Store.open(path: path)
        let clerk = try Store.open(path: path)
        let size = { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        try importer.execute("PRAGMA wal_autocheckpoint = 100000")
        importer.waitSignal?.bulkLoad(true)
        try importer.write {
            try importer.execute("CREATE TABLE bulk(x BLOB)")
            try importer.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO bulk SELECT randomblob(4000) FROM n")
        }
        let before = size()
        try clerk.write { try clerk.run("INSERT INTO institution(code, name) VALUES ('XYZ', 'During')") }
        #expect(size() == before, "the clerk's commit did not checkpoint the import's 2 000 pages")

        importer.waitSignal?.bulkLoad(false)
        try clerk.write { try clerk.run("INSERT INTO institution(code, name) VALUES ('XYW', 'After')") }
        #expect(size() > before + 2_000 * 4_000, "with the import over, the clerk's commit checkpoints as SQLite does")
    }
}
