import Domain

/// What an audit event records (DESIGN "Roles": every PIN search, certificate view or
/// issue, diploma check and record change).
public enum AuditAction: String, Sendable, CaseIterable {
    case pinSearch = "pin-search"
    case nameSearch = "name-search"
    case recordView = "record-view"
    case recordAdd = "record-add"
    case recordChange = "record-change"
    case certificateView = "certificate-view"
    case certificateIssue = "certificate-issue"
    case certificateVerify = "certificate-verify"
    case diplomaCheck = "diploma-check"
    case importFile = "import"
    case applicantChange = "applicant-change"
    case inquiryChange = "inquiry-change"
    case userChange = "user-change"
    case settingChange = "setting-change"
    case backup = "backup"
    /// The desk (`DeskService`): the admission order (4.11), a status change (4.10), a
    /// graduation with its diploma (4.9), a residence document with its FİN (2.2.4), a
    /// language decision or assessment (3.5–3.7).
    case admission
    case statusChange = "status-change"
    case graduation
    case residence
    case languageDecision = "language-decision"
    // Added for issue 12 ("Audit that proves something"); the raw strings above are stored
    // in existing trails and never change.
    case recordStateChange = "record-state-change"
    case documentChange = "document-change"
    case languageTestAdd = "language-test-add"
    case paymentAdd = "payment-add"
    case contractChange = "contract-change"
    case userBootstrap = "user-bootstrap"
    case referenceChange = "reference-change"
    case deadlineDone = "deadline-done"
    // Issue 15: corrections on the record and undone deadlines.
    case recordVoid = "record-void"
    case recordCorrection = "record-correction"
    case deadlineUndone = "deadline-undone"
}

/// One audit event: who, when, what, whose PIN, why.
public struct AuditEvent: Sendable, Hashable {
    public let id: Int64
    public let at: String
    public let login: String
    public let action: String
    public let pin: String?
    public let purpose: String?
    public let detail: String?
}

/// The append-only audit trail (the table refuses UPDATE and DELETE by trigger). Reading it is
/// for administrators only: the trail is itself personal data (issue 12: no caller-less read).
public protocol AuditRepository: AnyObject {
    func record(_ action: AuditAction, pin: PIN?, purpose: String?, detail: String?, by caller: Caller) throws
    /// Events filtered by any of person, user and start time, newest first.
    func events(pin: PIN?, login: String?, since: String?, before: Int64?, limit: Int,
                by caller: Caller) throws -> [AuditEvent]
    /// The same events read the other way: newer than `after` (from the oldest when nil),
    /// oldest first — what a screen shows above a page, and the last page (issue 15: End).
    func events(pin: PIN?, login: String?, since: String?, after: Int64?, limit: Int,
                by caller: Caller) throws -> [AuditEvent]
}

/// The audit trail in SQLite.
public final class SQLiteAuditRepository: AuditRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let columns = "SELECT id, at, login, action, pin, purpose, detail FROM audit_event"

    /// Appends one event. Inside a `database.write` it joins that transaction, so the action
    /// and its event commit together or not at all (no audit row, no action); outside one it
    /// is its own short write (the audit of a read, written before the read's result is
    /// handed back).
    public func record(_ action: AuditAction, pin: PIN?, purpose: String?, detail: String?, by caller: Caller) throws {
        try TextGuard.check(purpose ?? "", field: "purpose")
        try database.write {
            try database.run("INSERT INTO audit_event(login, action, pin, purpose, detail) VALUES (?, ?, ?, ?, ?)",
                             [caller.login, action.rawValue, pin?.value, purpose, detail])
        }
    }

    // The reads below have no caller: for Storage's own use and its tests, not for screens or
    // commands (they use the administrator's `events(pin:login:since:before:limit:by:)`).

    /// Events about one person, newest first.
    func events(pin: PIN, limit: Int) throws -> [AuditEvent] {
        try database.rows(Self.columns + " WHERE pin = ? ORDER BY at DESC, id DESC LIMIT ?", [pin.value, limit], Self.event)
    }

    /// Events by one login since a moment (ISO 8601, UTC), newest first.
    func events(login: String, since: String, limit: Int) throws -> [AuditEvent] {
        try database.rows(Self.columns + " WHERE login = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT ?",
                          [login, since, limit], Self.event)
    }

    /// The whole trail newest first, a page before the event with id `before`.
    func events(before: Int64?, limit: Int) throws -> [AuditEvent] {
        if let before {
            return try database.rows(Self.columns + " WHERE id < ? ORDER BY id DESC LIMIT ?", [before, limit], Self.event)
        }
        return try database.rows(Self.columns + " ORDER BY id DESC LIMIT ?", [limit], Self.event)
    }

    /// Events filtered by any of person, user and start time, newest first, for an
    /// administrator (the audit trail is itself personal data: only admins read it).
    public func events(pin: PIN?, login: String?, since: String?, before: Int64?, limit: Int,
                       by caller: Caller) throws -> [AuditEvent] {
        try events(pin: pin, login: login, since: since, beyond: before.map { ("id < ?", $0) }, newestFirst: true,
                   limit: limit, by: caller)
    }

    public func events(pin: PIN?, login: String?, since: String?, after: Int64?, limit: Int,
                       by caller: Caller) throws -> [AuditEvent] {
        try events(pin: pin, login: login, since: since, beyond: after.map { ("id > ?", $0) }, newestFirst: false,
                   limit: limit, by: caller)
    }

    private func events(pin: PIN?, login: String?, since: String?, beyond: (String, Int64)?, newestFirst: Bool,
                        limit: Int, by caller: Caller) throws -> [AuditEvent] {
        try caller.require([.admin], to: Actions.readAuditTrail)
        var conditions: [String] = []
        var arguments: [SQLBindable] = []
        if let pin { conditions.append("pin = ?"); arguments.append(pin.value) }
        if let login { conditions.append("login = ?"); arguments.append(login) }
        if let since { conditions.append("at >= ?"); arguments.append(since) }
        if let beyond { conditions.append(beyond.0); arguments.append(beyond.1) }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.rows(Self.columns + filter + " ORDER BY id \(newestFirst ? "DESC" : "ASC") LIMIT ?",
                                 arguments + [limit], Self.event)
    }

    static func event(_ row: Row) -> AuditEvent {
        AuditEvent(id: row.int64(0), at: row.text(1), login: row.text(2), action: row.text(3), pin: row.optionalText(4),
                   purpose: row.optionalText(5), detail: row.optionalText(6))
    }
}

extension Database {
    /// The audit event of an action, written by the repository that performs the action,
    /// inside that action's `write` (DESIGN "Roles": in the same transaction as the action).
    func audit(_ action: AuditAction, pin: PIN? = nil, purpose: String? = nil, _ detail: String?, by caller: Caller) throws {
        try SQLiteAuditRepository(database: self).record(action, pin: pin, purpose: purpose, detail: detail, by: caller)
    }
}
