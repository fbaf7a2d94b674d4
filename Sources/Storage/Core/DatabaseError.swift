import CSQLite

/// The one error type of the SQLite boundary: result code, extended code, message and SQL.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, extendedCode: Int32, message: String, sql: String?) {
        self.code = code
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Built in one place from a connection's state after a failed call.
    static func from(_ handle: OpaquePointer?, code: Int32, sql: String?) -> DatabaseError {
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        return DatabaseError(code: code & 0xFF, extendedCode: extended, message: message, sql: sql)
    }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isConstraint: Bool { code == SQLITE_CONSTRAINT }
    /// SQLITE_CONSTRAINT_UNIQUE (2067) or SQLITE_CONSTRAINT_PRIMARYKEY (1555); macros in C.
    public var isUniqueViolation: Bool { extendedCode == 2067 || extendedCode == 1555 }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " — in: \(sql.prefix(200))" }
        return text
    }
}
