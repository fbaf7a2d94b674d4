import CSQLite
import Domain
import Foundation

/// One connection to the store. Opened the same way every time: extended result codes,
/// foreign keys, a busy handler, WAL (checked), synchronous=NORMAL, and memory-mapped reads
/// so that sessions on one server share the operating system's page cache instead of each
/// holding a private one. Not `Sendable`: one connection per thread of work.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var statements: [String: Statement] = [:]
    private var transaction: TransactionKind?
    /// What the busy handler and the WAL hook know: how many tries, and the signals this
    /// connection gives and reads (`WriterSignals`; nil for `:memory:`).
    private let busy: BusyWait
    /// The signals this connection gives other writers (waiting for the lock, a bulk load).
    var waitSignal: WriterSignals? { busy.signal }
    /// How long one BEGIN IMMEDIATE or COMMIT may wait in total, busy timeout and retries
    /// together, before the caller is told the database is busy.
    public var writeWaitLimit: TimeInterval = 120

    private enum TransactionKind { case read, write }

    /// Process-wide settings made once, before the first connection initialises SQLite:
    /// no allocation statistics (a global mutex on every malloc — 3 % of a bulk import).
    private static let configured: Bool = {
        sts_sqlite3_disable_memory_statistics() == SQLITE_OK
    }()

    /// How a connection opens its file.
    public struct OpenOptions: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Create the file when it is missing (a personal database, tests). Without it a
        /// missing file is an error: the shared database is only ever made by `sts init`.
        public static let create = OpenOptions(rawValue: 1)
        /// Refuse a path whose last component is a symbolic link (SQLITE_OPEN_NOFOLLOW).
        public static let noFollow = OpenOptions(rawValue: 2)
        /// Keep the -wal and -shm files when the last connection closes (SQLITE_FCNTL_PERSIST_WAL).
        /// A setgid `sts` gives up its group once the database is open, and without the group
        /// it may not delete files in the database's directory; SQLite would try to at every
        /// last close. Kept, they are checkpointed and reused, never deleted.
        public static let keepWALFiles = OpenOptions(rawValue: 4)
    }

    /// Opens (creating if needed) the database at `path`; `:memory:` for tests.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000,
                options: OpenOptions = [.create]) throws(DatabaseError) {
        _ = Self.configured
        // SQLite creates the -wal and -shm files beside a database with the process's umask
        // and only then widens them to the database's own mode. A second session opening the
        // database in that moment finds the -shm file not writable for its group, falls back
        // to reading it, and every later write of that session fails with "attempt to write
        // a readonly database" (seen with two clerks starting at once). So while this
        // connection opens — the only time it creates them — the group may write what is
        // created beside a database the group may write. The mask is read by setting a
        // stricter one (0077), never 0, so no file made meanwhile is ever more open.
        let groupShared = Self.isGroupWritable(path)
        let previousMask = groupShared ? umask(0o077) : 0
        if groupShared { umask(previousMask & ~0o070) }
        defer { if groupShared { umask(previousMask) } }
        var connection: OpaquePointer?
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        if options.contains(.create) { flags |= SQLITE_OPEN_CREATE }
        if options.contains(.noFollow) { flags |= SQLITE_OPEN_NOFOLLOW }
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError.from(connection, code: code, sql: nil)
            sqlite3_close_v2(connection)
            throw DatabaseError(code: error.code, extendedCode: error.extendedCode,
                                message: "cannot open \(path): \(error.message)", sql: nil)
        }
        self.handle = connection
        self.path = path
        // Opened here, with the connection, while a setgid session still holds its group.
        self.busy = BusyWait(tries: Int(max(busyTimeoutMilliseconds, 1)), signal: WriterSignals(path: path, noFollow: options.contains(.noFollow)))
        sqlite3_extended_result_codes(connection, 1)
        Database.installBusyHandler(connection, busy)
        Database.installCheckpointHook(connection, busy)
        Database.registerFunctions(connection)
        // Any connection to a group's database keeps them (an administrator's `sts demo` as
        // root too), so the sessions, which have no right to make or delete files there once
        // open, always find them.
        if options.contains(.keepWALFiles) || groupShared {
            var persist: Int32 = 1
            sqlite3_file_control(connection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            // A kept WAL is truncated back to this size after a checkpoint resets it, so
            // one busy day does not leave a file of gigabytes behind.
            try execute("PRAGMA journal_size_limit = 67108864")
        }
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" && !path.isEmpty {
            let mode = try switchToWAL()
            guard mode.lowercased() == "wal" else {
                throw DatabaseError(code: SQLITE_CANTOPEN, extendedCode: SQLITE_CANTOPEN,
                                    message: "could not switch \(path) to WAL (journal_mode is \(mode))", sql: nil)
            }
        }
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA mmap_size = 4294967296")
        try execute("PRAGMA cache_size = -2048")
        try execute("PRAGMA temp_store = MEMORY")
        // Reads the schema now, inside the umask above: the first read is what opens (and if
        // need be creates) the -wal and -shm files. A setgid `sts` relies on this: after the
        // connection is open it never needs to open another file.
        _ = try scalarText("PRAGMA schema_version")
    }

    /// Whether `path` is an existing file its group may write (a database shared by a group,
    /// as `sts init --group` makes it).
    private static func isGroupWritable(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG && status.st_mode & S_IWGRP != 0
    }

    /// Switching a new file to WAL needs an exclusive lock, and SQLite answers BUSY there
    /// without consulting the busy handler; several sessions opening a fresh database at
    /// once must wait their turn instead of failing.
    private func switchToWAL() throws(DatabaseError) -> String {
        var attempt = 0
        while true {
            do {
                return try scalarText("PRAGMA journal_mode = WAL")
            } catch {
                attempt += 1
                guard error.isBusy, attempt < 200 else { throw error }
                usleep(10_000 + useconds_t(attempt % 10) * 2_000)
            }
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: - Statements

    /// Runs one or more statements that return nothing (schema, pragmas).
    public func execute(_ sql: String) throws(DatabaseError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        busy.signal?.lower()
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
    /// Rows this connection has changed since it opened (no SQL: a counter SQLite keeps), so a
    /// caller can tell cheaply whether it wrote anything since it last looked.
    public var totalChanges: Int64 { sqlite3_total_changes64(handle) }
    /// True between BEGIN and COMMIT of a `write` or `read` on this connection.
    public var isInTransaction: Bool { transaction != nil }

    // MARK: - Transactions

    /// A write transaction (`BEGIN IMMEDIATE`, so two writers queue at the start instead of
    /// deadlocking half-way). BEGIN and COMMIT are retried while the database stays busy past
    /// the busy timeout, so "database is locked" does not reach a user. A nested call joins
    /// the outer transaction; calling it inside `read` is a programming error and throws.
    public func write<T>(_ body: () throws -> T) throws -> T {
        switch transaction {
        case .write: return try body()
        case .read:
            throw DatabaseError(code: SQLITE_MISUSE, extendedCode: SQLITE_MISUSE,
                                message: "a write was started inside a read transaction", sql: nil)
        case nil: break
        }
        try retryingWhileBusy("BEGIN IMMEDIATE")
        transaction = .write
        defer { transaction = nil }
        do {
            let result = try body()
            try retryingWhileBusy("COMMIT")
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// A read transaction: one consistent snapshot for several queries.
    public func read<T>(_ body: () throws -> T) throws -> T {
        if transaction != nil { return try body() }
        try execute("BEGIN DEFERRED")
        transaction = .read
        defer { transaction = nil }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs BEGIN or COMMIT, waiting again when the database stays busy past the
    /// connection's busy timeout, up to `writeWaitLimit` in all.
    private func retryingWhileBusy(_ sql: String) throws {
        let deadline = Date().addingTimeInterval(writeWaitLimit)
        var attempt = 0
        while true {
            do {
                try execute(sql)
                return
            } catch {
                attempt += 1
                guard error.isBusy, Date() < deadline else { throw error }
                usleep(useconds_t(1_000 * min(attempt, 20) + Int.random(in: 0...2_000)))
            }
        }
    }

    // MARK: - Change notice

    /// Changes whenever another connection commits (`PRAGMA data_version`): the cheap
    /// question a live list asks once a second. This connection's own commits leave it as is.
    public func dataVersion() throws -> Int {
        try scalarInt("PRAGMA data_version")
    }

    // MARK: - Bulk work

    /// Gives this connection a larger page cache while `body` runs (bulk loads touch index
    /// pages all over the file), then returns to the small default.
    public func withLargeCache<T>(megabytes: Int = 256, _ body: () throws -> T) throws -> T {
        try execute("PRAGMA cache_size = -\(megabytes * 1024)")
        defer { try? execute("PRAGMA cache_size = -2048") }
        return try body()
    }

    /// Runs a bulk load whose every value was already checked in Swift by the same rules as
    /// the schema's CHECK and FOREIGN KEY constraints (enumerations bound from fixed lists,
    /// ids just looked up), with those constraints not evaluated again row by row: a CHECK of
    /// the form `x IN (…)` makes SQLite build a temporary index at every insert, which costs
    /// more than the insert. Uniqueness and NOT NULL are still enforced.
    func withoutRowChecks<T>(_ body: () throws -> T) throws -> T {
        try execute("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
        let result = Result { try body() }
        // The checks come back on, or this fails loudly: a connection left without foreign
        // keys would go on storing rows that point nowhere (the pragma does nothing inside a
        // transaction, so it is read back, not trusted).
        try execute("PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON")
        guard try scalarInt("PRAGMA foreign_keys") == 1 else {
            throw DatabaseError(code: SQLITE_MISUSE, extendedCode: SQLITE_MISUSE,
                                message: "foreign keys could not be turned back on after a bulk load", sql: nil)
        }
        return try result.get()
    }

    // MARK: - Opening sequence helpers

    /// Waits for a lock by polling every millisecond (SQLite's own timeout sleeps up to 100 ms
    /// between tries, long enough for a busy importer to take the lock again first; the
    /// importer leaves it free for a moment between its slices, so a session must look that
    /// often). From the first refusal on, the connection raises its waiting signal (`WriterSignals`), so an
    /// importer commits what it has and lets it in; the statement lowers it when it is done.
    private static func installBusyHandler(_ connection: OpaquePointer, _ busy: BusyWait) {
        sqlite3_busy_handler(connection, { context, count in
            guard let context else { return 0 }
            let busy = Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue()
            guard Int(count) < busy.tries else { return 0 }
            if count == 0 { busy.signal?.raise() }
            usleep(1_000)
            return 1
        }, Unmanaged.passUnretained(busy).toOpaque())
    }

    /// SQLite's automatic checkpoint (a PASSIVE one at the commit that finds the log at 1 000
    /// pages or more), except while another connection runs a bulk load (`WriterSignals`):
    /// an import writes with automatic checkpoints off and checkpoints at its end, and the
    /// log stays at more than 1 000 pages meanwhile, so every session's commit — each PIN
    /// search's audit row — copied the import's pages into the database and synced the file
    /// itself (issue 16). A connection that runs the bulk load sets its own checkpoint.
    private static func installCheckpointHook(_ connection: OpaquePointer, _ busy: BusyWait) {
        sqlite3_wal_hook(connection, { context, connection, name, pages in
            guard pages >= 1_000, let context else { return SQLITE_OK }
            let busy = Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue()
            if busy.signal?.othersLoading() == true { return SQLITE_OK }
            sqlite3_wal_checkpoint(connection, name)
            return SQLITE_OK
        }, Unmanaged.passUnretained(busy).toOpaque())
    }

    /// `az_search_key(text)` and `az_sort_key(text)`: the Domain foldings, so migrations can
    /// rebuild stored keys in SQL. Deterministic; never used in a schema definition, so other
    /// tools (the sqlite3 shell) can still read every table and index.
    private static func registerFunctions(_ connection: OpaquePointer) {
        let flags = SQLITE_UTF8 | 0x800 // SQLITE_DETERMINISTIC, a macro in C
        sqlite3_create_function_v2(connection, "az_search_key", 1, flags, nil, { context, _, arguments in
            Database.resultText(context, arguments) { AzerbaijaniText.searchKey($0) }
        }, nil, nil, nil)
        sqlite3_create_function_v2(connection, "az_sort_key", 1, flags, nil, { context, _, arguments in
            Database.resultText(context, arguments) { AzerbaijaniText.sortKey($0) }
        }, nil, nil, nil)
    }

    private static func resultText(_ context: OpaquePointer?, _ arguments: UnsafeMutablePointer<OpaquePointer?>?,
                                   _ transform: (String) -> String) {
        guard let value = arguments?[0], let text = sqlite3_value_text(value) else {
            sqlite3_result_null(context)
            return
        }
        let input = String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value))), as: UTF8.self)
        var output = transform(input)
        if output.isEmpty {
            sqlite3_result_text(context, "", 0, SQLITE_TRANSIENT)
            return
        }
        output.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_result_text(context, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT)
            }
        }
    }
}

/// The busy handler's context: kept alive by the connection it belongs to.
final class BusyWait {
    let tries: Int
    let signal: WriterSignals?

    init(tries: Int, signal: WriterSignals?) {
        self.tries = tries
        self.signal = signal
    }
}
