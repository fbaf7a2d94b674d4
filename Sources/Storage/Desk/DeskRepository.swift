import Domain

/// What the applicant list is narrowed to (all optional).
public struct ApplicantFilter: Sendable, Hashable {
    public var state: ApplicantState?
    /// ISO 3166-1 alpha-2.
    public var citizenship: String?
    public var level: EducationLevel?
    /// The start of a surname, a name or a passport number.
    public var text: String?

    public init(state: ApplicantState? = nil, citizenship: String? = nil, level: EducationLevel? = nil, text: String? = nil) {
        self.state = state
        self.citizenship = citizenship
        self.level = level
        self.text = text
    }
}

/// The order of the applicant list.
public enum ApplicantOrder: String, Sendable, CaseIterable {
    case name
    /// By the date the application was entered.
    case date
}

/// Something done (or to be done) at the admissions desk about a deadline.
public enum DeskEventKind: String, Sendable, CaseIterable {
    /// 4.12: the notice to the Ministry of Education.
    case noticeMinistry = "notice-ministry"
    /// 4.12: the notice to the State Migration Service.
    case noticeMigration = "notice-migration"
    /// 2.2.4: the residence document (number in `detail`).
    case residence
    /// 2.2.2: a year's tuition (year in `subject`).
    case annualPayment = "annual-payment"
    /// 4.8: the yearly report to the Ministry of Education (year in `subject`).
    case yearlyReport = "yearly-report"
    /// 4.8: the yearly report to the State Statistics Committee (year in `subject`).
    case yearlyReportStatistics = "yearly-report-statistics"
    /// 4.7: the Ministry of Education (and the founder body, if another) informed of a
    /// student admitted on 3.1.2, 3.1.3 or 3.1.4 (the basis in `subject`).
    case activityNotice = "activity-notice"
}

/// One desk event: a deadline's notice, with who marked it done and when.
public struct DeskEvent: Sendable, Hashable {
    public let id: Int64
    public let applicantID: Int64?
    public let institutionCode: String
    public let kind: DeskEventKind
    public let subject: String
    public let dueOn: CivilDate?
    public let doneOn: CivilDate?
    public let detail: String
    public let doneBy: String?
    public let doneAt: String?
}

/// The admissions desk's queries: the filtered applicant list by keyset, and desk events.
public final class DeskRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Which institution a caller works for; nil (every institution) only for an
    /// administrator without one.
    public static func institution(of caller: Caller) -> String? {
        caller.role == .clerk ? (caller.institutionCode ?? "") : caller.institutionCode
    }

    // MARK: - Applicant list

    static let columns = ApplicantSQL.columns.replacingOccurrences(of: "FROM applicant", with: ", created_at FROM applicant")

    /// A page of applicants after (or before) `cursor` in `order`, narrowed by `filter`.
    /// Keyset on (sort key, id) or (created_at, id); never an OFFSET.
    public func applicants(filter: ApplicantFilter, order: ApplicantOrder, after cursor: ApplicantCursor?,
                           backwards: Bool = false, limit: Int, by caller: Caller) throws -> [ApplicantRow] {
        try caller.require([.clerk, .admin, .ssac], to: Actions.seeApplicants)
        let key = order == .name ? "sort_key" : "created_at"
        var conditions: [String] = []
        var arguments: [SQLBindable] = []
        if let institution = Self.institution(of: caller) {
            conditions.append("institution_code = ?")
            arguments.append(institution)
        }
        if let state = filter.state {
            conditions.append("state = ?")
            arguments.append(state.rawValue)
        }
        if let citizenship = filter.citizenship, !citizenship.isEmpty {
            conditions.append("citizenship = ?")
            arguments.append(citizenship.uppercased())
        }
        if let level = filter.level {
            conditions.append("level = ?")
            arguments.append(level.rawValue)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let folded = AzerbaijaniText.searchKey(text).filter { !"*?[]".contains($0) }
            let passport = text.uppercased().filter { !"*?[]".contains($0) }
            conditions.append("(surname_key GLOB ? OR name_key GLOB ? OR upper(passport_number) GLOB ?)")
            arguments += [folded + "*", folded + "*", passport + "*"]
        }
        if let cursor {
            conditions.append("(\(key), id) \(backwards ? "<" : ">") (?, ?)")
            arguments += [cursor.sortKey, cursor.id]
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let direction = backwards ? "DESC" : "ASC"
        let rows = try database.rows(Self.columns + whereClause + " ORDER BY \(key) \(direction), id \(direction) LIMIT ?",
                                     arguments + [limit]) { row in
            let applicant = try ApplicantSQL.applicant(row)
            return ApplicantRow(cursor: ApplicantCursor(sortKey: order == .name ? row.text(24) : row.text(ApplicantSQL.columnCount),
                                                        id: applicant.id), applicant: applicant)
        }
        return backwards ? rows.reversed() : rows
    }

    /// The date an applicant was entered (UTC day).
    public func enteredOn(applicantID: Int64) throws -> String {
        try database.first("SELECT substr(created_at, 1, 10) FROM applicant WHERE id = ?", [applicantID]) { $0.text(0) } ?? ""
    }

    /// Who changed the applicant last and when (for the review of two versions).
    public func lastChange(applicantID: Int64) throws -> (by: String, at: String)? {
        try database.first("SELECT coalesce(updated_by, created_by), coalesce(updated_at, created_at) FROM applicant WHERE id = ?",
                           [applicantID]) { ($0.text(0), $0.text(1)) }
    }

    // MARK: - Desk events

    static let eventColumns = """
        SELECT id, applicant_id, institution_code, kind, subject, due_on, done_on, detail, done_by, done_at FROM desk_event
        """

    static func event(_ row: Row) throws -> DeskEvent {
        DeskEvent(id: row.int64(0), applicantID: row.optionalInt64(1), institutionCode: row.text(2),
                  kind: try StoredValue.decode(DeskEventKind.self, row.text(3), column: "desk_event.kind"),
                  subject: row.text(4), dueOn: try StoredValue.optionalDate(row.optionalText(5), column: "desk_event.due_on"),
                  doneOn: try StoredValue.optionalDate(row.optionalText(6), column: "desk_event.done_on"),
                  detail: row.text(7), doneBy: row.optionalText(8), doneAt: row.optionalText(9))
    }

    /// An applicant's deadlines and notices, as the caller may see them (a clerk: only those
    /// of their own institution).
    public func events(applicantID: Int64, by caller: Caller) throws -> [DeskEvent] {
        try caller.require([.clerk, .admin], to: Actions.seeDeadlines)
        let events = try database.rows(Self.eventColumns + " WHERE applicant_id = ? AND undone_at IS NULL ORDER BY id",
                                       [applicantID], Self.event)
        guard caller.role == .clerk else { return events }
        return events.filter { $0.institutionCode == caller.institutionCode }
    }

    /// Events of an institution, not done yet (or all). Internal: outside Storage, deadlines
    /// are read through `DeskDeadlines`, which scopes them to the caller.
    func events(institutionCode: String?, pendingOnly: Bool) throws -> [DeskEvent] {
        var sql = Self.eventColumns + " WHERE undone_at IS NULL"
        var arguments: [SQLBindable] = []
        if let institutionCode {
            sql += " AND institution_code = ?"
            arguments.append(institutionCode)
        }
        if pendingOnly { sql += " AND done_on IS NULL" }
        return try database.rows(sql + " ORDER BY due_on, id", arguments, Self.event)
    }

    /// An event of a kind and subject for the institution (a year's report, a year's payment).
    func event(institutionCode: String, kind: DeskEventKind, subject: String, applicantID: Int64?) throws -> DeskEvent? {
        try database.first(Self.eventColumns + " WHERE institution_code = ? AND kind = ? AND subject = ? AND applicant_id IS ? "
                           + "AND undone_at IS NULL",
                           [institutionCode, kind.rawValue, subject, applicantID], Self.event)
    }

    @discardableResult
    public func addEvent(applicantID: Int64?, institutionCode: String, kind: DeskEventKind, subject: String = "",
                         dueOn: CivilDate?, doneOn: CivilDate? = nil, detail: String = "", by caller: Caller) throws -> Int64 {
        try TextGuard.check(["subject": subject, "detail": detail])
        try caller.require([.clerk, .admin], to: Actions.recordDeadlines)
        if caller.role == .clerk, caller.institutionCode != institutionCode {
            throw PermissionError(login: caller.login, action: Actions.of(Actions.recordDeadlines, institution: institutionCode))
        }
        return try database.write {
            try database.run("""
                INSERT INTO desk_event(applicant_id, institution_code, kind, subject, due_on, done_on, detail, done_by, done_at,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? IS NULL THEN NULL ELSE \(nowSQL) END, ?)
                """, [applicantID, institutionCode, kind.rawValue, subject, dueOn?.description, doneOn?.description, detail,
                      doneOn == nil ? nil : caller.login, doneOn?.description, caller.login])
            let id = database.lastInsertRowID
            // A deadline marked done by a person is audited with it (issue 12); the notices an
            // action schedules are audited by that action.
            if let doneOn {
                try database.audit(.deadlineDone, "\(kind.rawValue) \(subject) of \(institutionCode)"
                                   + (applicantID.map { ", applicant \($0)" } ?? "") + " done \(doneOn)", by: caller)
            }
            return id
        }
    }

    /// Marks an event done on `date`, recording who and when; refused when it already is.
    public func markDone(eventID: Int64, on date: CivilDate, by caller: Caller) throws {
        try caller.require([.clerk, .admin], to: Actions.recordDeadlines)
        if caller.role == .clerk {
            let owner = try database.first("SELECT institution_code FROM desk_event WHERE id = ?", [eventID]) { $0.text(0) }
            if let owner, owner != caller.institutionCode {
                throw PermissionError(login: caller.login, action: Actions.markDeadlinesDone(of: owner))
            }
        }
        try database.write {
            try database.run("""
                UPDATE desk_event SET done_on = ?, done_by = ?, done_at = \(nowSQL) WHERE id = ? AND done_on IS NULL
                """, [date.description, caller.login, eventID])
            if database.changes == 0 {
                let who = try database.first("SELECT done_by, done_at FROM desk_event WHERE id = ?", [eventID]) {
                    ($0.optionalText(0), $0.optionalText(1))
                }
                throw ConflictError(table: "desk_event", id: String(eventID), changedBy: who?.0 ?? nil,
                                    changedAt: who?.1 ?? nil, stillExists: who != nil)
            }
            let what = try database.first("SELECT kind, subject, applicant_id FROM desk_event WHERE id = ?", [eventID]) {
                "\($0.text(0)) \($0.text(1))" + ($0.optionalInt64(2).map { ", applicant \($0)" } ?? "")
            }
            try database.audit(.deadlineDone, "deadline \(eventID) (\(what ?? "?")) done \(date)", by: caller)
        }
    }

    // MARK: - Students

    /// The caller's foreign students: a clerk's own institution, an administrator's (or all).
    public func students(by caller: Caller) throws -> [(applicant: Applicant, followUp: AdmissionFollowUp)] {
        try caller.require([.clerk, .admin], to: Actions.seeForeignStudents)
        return try students(institutionCode: Self.institution(of: caller))
    }

    /// The admitted applicants of an institution with their follow-up, in name order.
    /// Internal: callers outside Storage go through `students(by:)`.
    /// One query for the list, the follow-up read with each applicant's row.
    func students(institutionCode: String?) throws -> [(applicant: Applicant, followUp: AdmissionFollowUp)] {
        var sql = "SELECT \(ApplicantSQL.columnList), \(ApplicantSQL.followUpColumns) FROM applicant WHERE state = 'admitted'"
        var arguments: [SQLBindable] = []
        if let institutionCode {
            sql += " AND institution_code = ?"
            arguments.append(institutionCode)
        }
        return try database.rows(sql + " ORDER BY sort_key, id", arguments) { row in
            (try ApplicantSQL.applicant(row), try ApplicantSQL.followUp(row, from: ApplicantSQL.columnCount))
        }
    }
}

extension DeskEventKind {
    /// The same kind as the phrases name it.
    public var name: DeskEventKindName { DeskEventKindName(rawValue: rawValue) ?? .yearlyReport }
}
