import CSQLite
import Foundation

/// One connection to the store. Opened the same way every time: extended result codes,
/// foreign keys, a busy timeout, WAL (checked), synchronous=NORMAL, and memory-mapped reads
/// so that sessions on one server share the operating system's page cache instead of each
/// holding a private one. Not `Sendable`: one connection per thread of work.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var statements: [String: Statement] = [:]
    private var transactionDepth = 0

    /// Opens (creating if needed) the database at `path`; `:memory:` for tests.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws(DatabaseError) {
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError.from(connection, code: code, sql: nil)
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" && !path.isEmpty {
            let mode = try scalarText("PRAGMA journal_mode = WAL")
            guard mode.lowercased() == "wal" else {
                throw DatabaseError(code: SQLITE_CANTOPEN, extendedCode: SQLITE_CANTOPEN,
                                    message: "could not switch \(path) to WAL (journal_mode is \(mode))", sql: nil)
            }
        }
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA mmap_size = 4294967296")
        try execute("PRAGMA cache_size = -2048")
        try execute("PRAGMA temp_store = MEMORY")
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return nothing (schema, pragmas).
    public func execute(_ sql: String) throws(DatabaseError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if let errorMessage { sqlite3_free(errorMessage) }
        guard code == SQLITE_OK else { throw DatabaseError.from(handle, code: code, sql: sql) }
    }

    /// A cached prepared statement for this SQL text.
    public func statement(_ sql: String) throws(DatabaseError) -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs a statement that returns no rows.
    public func run(_ sql: String, _ arguments: [SQLBindable] = []) throws(DatabaseError) {
        try statement(sql).run(arguments)
    }

    public func rows<T>(_ sql: String, _ arguments: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        try statement(sql).rows(arguments, map)
    }

    public func first<T>(_ sql: String, _ arguments: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> T? {
        try statement(sql).first(arguments, map)
    }

    public func scalarInt(_ sql: String, _ arguments: [SQLBindable] = []) throws -> Int {
        try first(sql, arguments) { $0.int(0) } ?? 0
    }

    public func scalarText(_ sql: String, _ arguments: [SQLBindable] = []) throws(DatabaseError) -> String {
        let statement = try Statement(database: self, sql: sql)
        try statement.bind(arguments)
        guard try statement.step() else { return "" }
        return Row(statement: statement).text(0)
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// A write transaction (`BEGIN IMMEDIATE`, so two writers queue at the start instead of
    /// deadlocking half-way). Retried when the database stays busy past the busy timeout,
    /// so "database is locked" does not reach a user. Nested calls join the outer one.
    public func write<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        try retryingWhileBusy("BEGIN IMMEDIATE")
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            let result = try body()
            try retryingWhileBusy("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// A read transaction: one consistent snapshot for several queries.
    public func read<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        try execute("BEGIN DEFERRED")
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs BEGIN or COMMIT, waiting again (up to about 20 s more) when the database stays
    /// busy past the connection's busy timeout.
    private func retryingWhileBusy(_ sql: String) throws {
        for attempt in 1...20 {
            do {
                try execute(sql)
                return
            } catch {
                guard error.isBusy, attempt < 20 else { throw error }
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// Changes whenever another connection commits (`PRAGMA data_version`): the cheap
    /// question a live list asks once a second.
    public func dataVersion() throws -> Int {
        try scalarInt("PRAGMA data_version")
    }
}
