import CSQLite
import Domain
import Foundation

/// The administrator's care of the file itself: an online backup and a health check.
/// Both are for administrators (checked here, below every command); the backup is audited,
/// since a copy of the whole registry is the largest read there is.
public final class Maintenance {
    let database: Database
    public let caller: Caller

    public init(database: Database, caller: Caller) {
        self.database = database
        self.caller = caller
    }

    // MARK: - Backup

    /// What a finished backup holds.
    public struct BackupResult: Sendable {
        public let pages: Int
        public let bytes: Int
        /// `PRAGMA integrity_check` of the copy: "ok" or the first problems found.
        public let integrity: [String]
        public var isIntact: Bool { integrity == ["ok"] }
    }

    /// Copies the whole database into the empty file at `destination` with SQLite's online
    /// backup API while other sessions keep working: the copy is read in one read transaction
    /// (one snapshot, so it is consistent and never restarts; in WAL mode writers are not held
    /// up by it), step by step so `progress(done, total)` can be shown. The copy is then
    /// checked with `integrity_check` and made a single file (journal mode DELETE), so it can
    /// be copied away or restored as it is. The caller creates `destination` (mode 0600, with
    /// their own rights) and decides what to do when the copy is not intact.
    public func backup(to destination: String, progress: (Int, Int) -> Void = { _, _ in }) throws -> BackupResult {
        try caller.require([.admin], to: Actions.backUpDatabase)
        var target: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        let opened = sqlite3_open_v2(destination, &target, flags, nil)
        guard opened == SQLITE_OK, let target else {
            let error = DatabaseError.from(target, code: opened, sql: nil)
            sqlite3_close_v2(target)
            throw DatabaseError(code: error.code, extendedCode: error.extendedCode,
                                message: "cannot open \(destination): \(error.message)", sql: nil)
        }
        defer { sqlite3_close_v2(target) }
        guard let backup = sqlite3_backup_init(target, "main", database.handle, "main") else {
            throw DatabaseError.from(target, code: sqlite3_errcode(target), sql: nil)
        }
        var total = 0
        let code: Int32 = try database.read {
            // BEGIN DEFERRED takes its snapshot at the first read: take it now, so every step
            // reads the same one instead of opening (and restarting on) a new one each time.
            _ = try database.scalarInt("SELECT count(*) FROM sqlite_schema")
            var code: Int32 = SQLITE_OK
            repeat {
                code = sqlite3_backup_step(backup, 2_048)
                total = Int(sqlite3_backup_pagecount(backup))
                progress(total - Int(sqlite3_backup_remaining(backup)), total)
                if code == SQLITE_BUSY || code == SQLITE_LOCKED { usleep(5_000) }
            } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
            return code
        }
        let finished = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finished == SQLITE_OK else {
            throw DatabaseError.from(target, code: code == SQLITE_DONE ? finished : code, sql: nil)
        }
        let integrity = try Self.strings(target, "PRAGMA integrity_check")
        _ = try Self.strings(target, "PRAGMA journal_mode = DELETE")
        let pageSize = try Self.strings(target, "PRAGMA page_size").first.flatMap { Int($0) } ?? 4_096
        try database.write {
            try SQLiteAuditRepository(database: database).record(
                .backup, pin: nil, purpose: nil,
                detail: "\(destination): \(total) pages, integrity \(integrity == ["ok"] ? "ok" : "FAILED")", by: caller)
        }
        return BackupResult(pages: total, bytes: total * pageSize, integrity: integrity)
    }

    // MARK: - Check

    /// What `sts check` found.
    public struct Health: Sendable {
        public let integrity: [String]
        /// `table rowid parent` for each row whose foreign key has no parent.
        public let foreignKeyProblems: [String]
        public let schemaVersion: Int
        public let expectedSchemaVersion: Int
        public let rowCounts: [(table: String, rows: Int)]
        public var isHealthy: Bool {
            integrity == ["ok"] && foreignKeyProblems.isEmpty && schemaVersion == expectedSchemaVersion
        }
    }

    /// `integrity_check`, `foreign_key_check`, the schema version against this build's, and
    /// how many rows each table holds.
    /// `progress(done, total)` is told after each step: the integrity check, the foreign-key
    /// check, and the count of each table.
    public func check(progress: (Int, Int) -> Void = { _, _ in }) throws -> Health {
        try caller.require([.admin], to: Actions.checkDatabase)
        return try database.read {
            let tables = try database.rows(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") { $0.text(0) }
            let steps = 2 + tables.count
            progress(0, steps)
            let integrity = try database.rows("PRAGMA integrity_check") { $0.text(0) }
            progress(1, steps)
            let foreignKeys = try database.rows("PRAGMA foreign_key_check") {
                "\($0.text(0)) row \($0.int64(1)) → \($0.text(2))"
            }
            progress(2, steps)
            var counts: [(table: String, rows: Int)] = []
            for (index, table) in tables.enumerated() {
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                counts.append((table, try database.scalarInt("SELECT count(*) FROM \(quoted)")))
                progress(3 + index, steps)
            }
            return Health(integrity: integrity, foreignKeyProblems: foreignKeys,
                          schemaVersion: try Migrator.version(database), expectedSchemaVersion: Store.latestSchemaVersion,
                          rowCounts: counts)
        }
    }

    private static func strings(_ connection: OpaquePointer, _ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK, let statement else { throw DatabaseError.from(connection, code: prepared, sql: sql) }
        defer { sqlite3_finalize(statement) }
        var values: [String] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return values }
            guard code == SQLITE_ROW else { throw DatabaseError.from(connection, code: code, sql: sql) }
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }
}
