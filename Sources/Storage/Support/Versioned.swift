import Domain

/// SQL for "now" as stored in `*_at` columns: UTC, ISO 8601, milliseconds.
let nowSQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

extension Database {
    /// The current time as `*_at` columns hold it; bulk writers bind it once per batch
    /// instead of asking SQLite to format it for every row.
    func now() throws -> String {
        try scalarText("SELECT \(nowSQL)")
    }

    /// Runs an `UPDATE … WHERE <key> = ? AND version = ?` (optimistic concurrency). When it
    /// changes nothing, the row is newer than the caller's copy (or gone): reads who changed
    /// it and when, and throws `ConflictError`. Nothing is overwritten silently.
    func updateVersioned(_ sql: String, _ arguments: [SQLBindable], table: String, keyColumn: String,
                         key: SQLBindable, keyText: String) throws {
        try run(sql, arguments)
        guard changes == 0 else { return }
        throw try conflict(table: table, keyColumn: keyColumn, key: key, keyText: keyText)
    }

    /// The conflict error for a row whose version did not match.
    func conflict(table: String, keyColumn: String, key: SQLBindable, keyText: String) throws -> ConflictError {
        let found = try first("SELECT updated_by, updated_at FROM \(table) WHERE \(keyColumn) = ?", [key]) {
            ($0.optionalText(0), $0.optionalText(1))
        }
        guard let found else {
            return ConflictError(table: table, id: keyText, changedBy: nil, changedAt: nil, stillExists: false)
        }
        return ConflictError(table: table, id: keyText, changedBy: found.0, changedAt: found.1)
    }
}

/// Reading typed values back from text columns; a value the schema should have refused
/// is reported with its column rather than crashing.
enum StoredValue {
    static func date(_ text: String, column: String) throws(DatabaseError) -> CivilDate {
        var stored = text
        if let date = stored.withUTF8(isoDate) { return date }
        guard let date = CivilDate(parsing: text) else { throw corrupt(column, text) }
        return date
    }

    /// `YYYY-MM-DD` read straight from its bytes (every stored date has this form; the
    /// general parser is kept for anything else).
    private static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    static func optionalDate(_ text: String?, column: String) throws(DatabaseError) -> CivilDate? {
        guard let text else { return nil }
        return try date(text, column: column)
    }

    static func decode<T: RawRepresentable>(_ type: T.Type, _ text: String, column: String) throws(DatabaseError) -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else { throw corrupt(column, text) }
        return value
    }

    static func corrupt(_ column: String, _ text: String) -> DatabaseError {
        DatabaseError(code: 11, extendedCode: 11, message: "unexpected value \"\(text)\" in \(column)", sql: nil)
    }
}
