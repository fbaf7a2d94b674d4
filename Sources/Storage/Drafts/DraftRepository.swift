import Foundation

/// A form's unsaved contents, kept when the session ends in the middle of it (SSH drop).
public struct Draft: Sendable, Hashable {
    public let login: String
    /// Which form ("applicant", "inquiry", "record" …).
    public let form: String
    /// What the form was editing (an id as text; empty for a new item).
    public let subject: String
    /// Field name → text as typed.
    public let fields: [String: String]
    public let savedAt: String
}

/// Drafts, one per login, form and subject; each user sees only their own.
public protocol DraftRepository: AnyObject {
    func save(form: String, subject: String, fields: [String: String], by caller: Caller) throws
    func draft(form: String, subject: String, by caller: Caller) throws -> Draft?
    func drafts(by caller: Caller) throws -> [Draft]
    func discard(form: String, subject: String, by caller: Caller) throws
}

/// Drafts in SQLite, fields as a JSON object.
public final class SQLiteDraftRepository: DraftRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func save(form: String, subject: String, fields: [String: String], by caller: Caller) throws {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        try database.write {
            try database.run("""
                INSERT INTO draft(login, form, subject, fields, saved_at) VALUES (?, ?, ?, ?, \(nowSQL))
                ON CONFLICT(login, form, subject) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at
                """, [caller.login, form, subject, json])
        }
    }

    public func draft(form: String, subject: String, by caller: Caller) throws -> Draft? {
        try database.first("SELECT login, form, subject, fields, saved_at FROM draft WHERE login = ? AND form = ? AND subject = ?",
                           [caller.login, form, subject], Self.draft)
    }

    public func drafts(by caller: Caller) throws -> [Draft] {
        try database.rows("SELECT login, form, subject, fields, saved_at FROM draft WHERE login = ? ORDER BY saved_at DESC",
                          [caller.login], Self.draft)
    }

    public func discard(form: String, subject: String, by caller: Caller) throws {
        try database.write {
            try database.run("DELETE FROM draft WHERE login = ? AND form = ? AND subject = ?", [caller.login, form, subject])
        }
    }

    static func draft(_ row: Row) throws -> Draft {
        let text = row.text(3)
        guard let fields = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] else {
            throw StoredValue.corrupt("draft.fields", text)
        }
        return Draft(login: row.text(0), form: row.text(1), subject: row.text(2), fields: fields, savedAt: row.text(4))
    }
}
