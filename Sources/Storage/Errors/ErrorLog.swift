import Domain
import Foundation

/// One entry of the administrators' error log.
public struct ErrorLogEntry: Sendable, Hashable {
    public let id: Int64
    /// When (UTC, ISO 8601).
    public let at: String
    /// Whose session or command met the failure.
    public let login: String
    /// `SQLITE_CONSTRAINT`, or the Swift type of an unforeseen error.
    public let kind: String
    /// Everything known: the database's message and the SQL (never shown to the person who met it).
    public let detail: String
}

/// The administrators' error log (the `error_log` table, migration 11): failures that are not
/// the user's to act on, with their details, written by `UserFacing.message(for:log:)` while
/// the person who met them is told only the entry's number.
public final class ErrorLog {
    let database: Database
    let login: String

    public init(database: Database, login: String) {
        self.database = database
        self.login = login
    }

    /// Writes the error in its own short transaction and returns the entry's number; nil when
    /// it cannot be written — inside another transaction (it would be rolled back with it), or
    /// when the database is failing too — or is not worth an entry (busy: nothing to repair).
    func record(_ error: Error) -> Int64? {
        let kind: String
        let detail: String
        if let error = error as? DatabaseError {
            if error.isBusy { return nil }
            kind = error.result?.name ?? "SQLite \(error.code)"
            detail = error.description
        } else {
            kind = String(reflecting: type(of: error))
            detail = String(describing: error)
        }
        guard !database.isInTransaction else { return nil }
        // One line, as every stored text (SQL spans lines).
        let line = detail.split(whereSeparator: \.isNewline).joined(separator: " ")
        // A screen re-reads on every key: the same failure again within a minute is the same
        // entry, not a new one each time.
        let now = Date()
        recent = recent.filter { now.timeIntervalSince($0.value.at) < 60 }
        if let seen = recent[line] { return seen.id }
        do {
            let id = try database.write {
                try database.run("INSERT INTO error_log(login, kind, detail) VALUES (?, ?, ?)", [login, kind, line])
                return try Int64(database.scalarInt("SELECT last_insert_rowid()"))
            }
            recent[line] = (id, now)
            return id
        } catch {
            return nil
        }
    }

    /// The entries this session wrote in the last minute, by their details.
    private var recent: [String: (id: Int64, at: Date)] = [:]

    /// The newest entries first, a page before the entry `before`; for administrators only
    /// (the details hold SQL and the data it carried).
    public func entries(before: Int64?, limit: Int, by caller: Caller) throws -> [ErrorLogEntry] {
        try caller.require([.admin], to: Actions.readErrorLog)
        let filter = before == nil ? "" : " WHERE id < ?"
        let arguments: [SQLBindable] = (before.map { [$0] } ?? []) + [limit]
        return try database.rows("SELECT id, at, login, kind, detail FROM error_log" + filter + " ORDER BY id DESC LIMIT ?",
                                 arguments) { row in
            ErrorLogEntry(id: row.int64(0), at: row.text(1), login: row.text(2), kind: row.text(3), detail: row.text(4))
        }
    }
}
