import Domain

/// A save against a stale version: someone else changed (or removed) the row after it was
/// read. Nothing was written; the user reloads and makes the change again.
public struct ConflictError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table of the row (`student_record`, `applicant` …).
    public let table: String
    /// The row's key as text (an id, a login, a setting key, a date).
    public let id: String
    /// Who saved the newer version; nil when the row is gone or the writer is unknown.
    public let changedBy: String?
    /// When (UTC, ISO 8601); nil when unknown.
    public let changedAt: String?
    /// False when the row no longer exists.
    public let stillExists: Bool

    public init(table: String, id: String, changedBy: String?, changedAt: String?, stillExists: Bool = true) {
        self.table = table
        self.id = id
        self.changedBy = changedBy
        self.changedAt = changedAt
        self.stillExists = stillExists
    }

    public var phrase: Phrase {
        guard stillExists else {
            return Phrase(az: "Bu qeyd (\(table) \(id)) siz açandan sonra silinib; dəyişiklik yazılmadı.",
                          en: "This record (\(table) \(id)) was removed after you opened it; nothing was saved.")
        }
        let who = changedBy.flatMap { $0.isEmpty ? nil : $0 }
        let when = changedAt.map { LocalTime.shown($0) }
        let byAz = who.map { "\($0) tərəfindən " } ?? ""
        let atAz = when.map { "\($0) tarixində " } ?? ""
        let byEn = who.map { " by \($0)" } ?? " by another user"
        let atEn = when.map { " at \($0)" } ?? ""
        return Phrase(
            az: "Bu qeyd (\(table) \(id)) siz açandan sonra \(atAz)\(byAz)dəyişdirilib; dəyişiklik yazılmadı. Qeydi yenidən açın və dəyişikliyi təkrarlayın.",
            en: "This record (\(table) \(id)) was changed\(byEn)\(atEn) after you opened it; nothing was saved. Reload it and make your change again.")
    }

    public var description: String { phrase.en }
}

/// A caller asked for something their role does not allow.
public struct PermissionError: Error, Sendable, Equatable, CustomStringConvertible {
    public let login: String
    /// What was refused (`Actions`), completing "… is not permitted to".
    public let action: Phrase

    public init(login: String, action: Phrase) {
        self.login = login
        self.action = action
    }

    public var phrase: Phrase {
        Phrase(az: "\(login) istifadəçisinin \(action.az) üçün icazəsi yoxdur",
               en: "\(login) is not permitted to \(action.en)")
    }

    public var description: String { phrase.en }
}

/// A value refused before it reached the database (a form field, an argument), with the
/// field it belongs to and the reason in both languages.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let reason: Phrase

    public init(field: String, reason: Phrase) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason.en)" }
}
