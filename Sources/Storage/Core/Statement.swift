import CSQLite

/// SQLite's "copy this buffer now" destructor; a macro in C, so defined here.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A prepared statement: prepared in `init`, finalized in `deinit`. Not `Sendable` —
/// it belongs to the connection that made it.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String

    init(database: Database, sql: String) throws(DatabaseError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError.from(database.handle, code: code, sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds the arguments in order (1-based in SQL).
    public func bind(_ arguments: [SQLBindable]) throws(DatabaseError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch argument.sqlValue {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let v): code = bindText(index, v)
            case .blob(let v):
                code = v.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT) }
            }
            guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: sql) }
        }
    }

    /// Binds text by its exact UTF-8 bytes (a NUL inside stays; an empty string stays empty
    /// rather than becoming NULL, which a nil base address would bind).
    func bindText(_ index: Int32, _ value: String) -> Int32 {
        var value = value
        return value.withUTF8 { bindText(index, $0) }
    }

    func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT)
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SQLITE_TRANSIENT)
        }
    }

    /// Bulk loaders: binds bytes that stay where they are until the statement has run (a
    /// batch's buffer, the mapped file, a static string), so SQLite does not copy them
    /// (SQLITE_STATIC). The caller clears the bindings before the bytes go away.
    func bindTextInPlace(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT)
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), nil)
        }
    }

    /// Forgets every bound value (bytes bound in place must not outlive their buffer).
    func clearBindings() { sqlite3_clear_bindings(handle) }

    func bindInt(_ index: Int32, _ value: Int64) -> Int32 { sqlite3_bind_int64(handle, index, value) }
    func bindNull(_ index: Int32) -> Int32 { sqlite3_bind_null(handle, index) }

    /// Bulk loaders: binds one value without the array of existentials `bind(_:)` takes.
    func bind(_ index: Int32, _ value: SQLValue) throws(DatabaseError) {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
        case .real(let v): code = sqlite3_bind_double(handle, index, v)
        case .text(let v): code = bindText(index, v)
        case .blob(let v):
            code = v.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT) }
        }
        guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: sql) }
    }

    /// Runs the statement with whatever is bound, then resets it (bindings stay).
    func execute() throws(DatabaseError) {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Advances to the next row; false when done.
    public func step() throws(DatabaseError) -> Bool {
        let code = sqlite3_step(handle)
        database.waitSignal?.lower()
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError.from(database.handle, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    public func reset() { sqlite3_reset(handle) }

    /// Runs a statement that returns no rows.
    public func run(_ arguments: [SQLBindable] = []) throws(DatabaseError) {
        try bind(arguments)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Runs a query and maps every row.
    public func rows<T>(_ arguments: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        var out: [T] = []
        let row = Row(statement: self)
        while try step() { out.append(try map(row)) }
        return out
    }

    /// The first row mapped, or nil.
    public func first<T>(_ arguments: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> T? {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        guard try step() else { return nil }
        return try map(Row(statement: self))
    }
}

/// The current row of a statement; valid only inside the mapping closure.
public struct Row {
    let statement: Statement

    public func isNull(_ index: Int32) -> Bool { sqlite3_column_type(statement.handle, index) == SQLITE_NULL }
    public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(statement.handle, index)) }
    public func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.handle, index) }
    public func double(_ index: Int32) -> Double { sqlite3_column_double(statement.handle, index) }
    public func text(_ index: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement.handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement.handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
    public func optionalText(_ index: Int32) -> String? { isNull(index) ? nil : text(index) }
    public func optionalInt(_ index: Int32) -> Int? { isNull(index) ? nil : int(index) }
    public func optionalInt64(_ index: Int32) -> Int64? { isNull(index) ? nil : int64(index) }
    public func optionalDouble(_ index: Int32) -> Double? { isNull(index) ? nil : double(index) }
    public func bool(_ index: Int32) -> Bool { int64(index) != 0 }
}
