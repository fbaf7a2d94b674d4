import Domain

/// Inquiries in SQLite.
public final class SQLiteInquiryRepository: InquiryRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let columns = """
        SELECT q.id, q.pin, q.surname, q.name, q.father_name, q.birth_date, i.code, q.admission_year, q.message,
               q.state, q.proposed_record, q.student_record_id, q.created_at, q.created_by, q.version
        FROM inquiry q JOIN institution i ON i.id = q.institution_id
        """

    public func open(_ inquiry: Inquiry, by caller: Caller) throws -> Inquiry {
        try inquiry.checkStoredText()
        try caller.require([.ssac, .admin, .clerk], to: Actions.openInquiries)
        let id: Int64 = try database.write {
            guard let institutionID = try database.first("SELECT id FROM institution WHERE code = ?",
                                                         [inquiry.institutionCode], { $0.int64(0) }) else {
                throw ValidationError(field: "institution_code", reason: Phrase(
                    az: "\"\(inquiry.institutionCode)\" kodlu müəssisə yoxdur",
                    en: "there is no institution \"\(inquiry.institutionCode)\""))
            }
            let name = inquiry.name
            try database.run("""
                INSERT INTO inquiry(pin, surname, name, father_name, surname_key, name_key, birth_date, institution_id,
                    admission_year, message, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(nowSQL), ?)
                """, [inquiry.pin?.value, name.surname, name.name, name.fatherName, name.surnameSearchKey,
                      name.nameSearchKey, inquiry.birthDate.description, institutionID, inquiry.admissionYear,
                      inquiry.message, caller.login, caller.login])
            let id = database.lastInsertRowID
            try event(id, .opened, inquiry.message, caller)
            try database.audit(.inquiryChange, pin: inquiry.pin, "inquiry \(id) opened for \(inquiry.institutionCode)",
                               by: caller)
            return id
        }
        return try stored(id)
    }

    /// One inquiry, held to the rule of the list (issue 12): a clerk sees only the inquiries
    /// addressed to their institution, SSAC staff and administrators any. An id that does not
    /// exist is nil for everyone.
    public func inquiry(id: Int64, by caller: Caller) throws -> Inquiry? {
        guard let found = try fetch(id) else { return nil }
        try checkReading(found, caller)
        return found
    }

    private func checkReading(_ inquiry: Inquiry, _ caller: Caller) throws {
        try caller.require([.ssac, .admin, .clerk], to: Actions.readInquiries)
        if caller.role == .clerk && caller.institutionCode != inquiry.institutionCode {
            throw PermissionError(login: caller.login, action: Actions.readInquiries(addressedTo: inquiry.institutionCode))
        }
    }

    private func fetch(_ id: Int64) throws -> Inquiry? {
        try database.first(Self.columns + " WHERE q.id = ?", [id], Self.inquiry)
    }

    public func inquiries(state: InquiryState?, institutionCode: String?, before: Int64?, limit: Int,
                          by caller: Caller) throws -> [Inquiry] {
        let institution = caller.role == .clerk ? caller.institutionCode ?? "" : institutionCode
        var conditions: [String] = []
        var arguments: [SQLBindable] = []
        if let institution {
            conditions.append("q.institution_id = (SELECT id FROM institution WHERE code = ?)")
            arguments.append(institution)
        }
        if let state {
            conditions.append("q.state = ?")
            arguments.append(state.rawValue)
        }
        if let before {
            conditions.append("q.id < ?")
            arguments.append(before)
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.rows(Self.columns + whereClause + " ORDER BY q.id DESC LIMIT ?", arguments + [limit], Self.inquiry)
    }

    /// The history of one inquiry, for whoever may read the inquiry.
    public func events(inquiryID: Int64, by caller: Caller) throws -> [InquiryEvent] {
        try database.read {
            guard let found = try fetch(inquiryID) else { return [] }
            try checkReading(found, caller)
            return try history(inquiryID)
        }
    }

    private func history(_ inquiryID: Int64) throws -> [InquiryEvent] {
        try database.rows("SELECT id, inquiry_id, at, login, kind, detail FROM inquiry_event WHERE inquiry_id = ? ORDER BY id",
                          [inquiryID]) { row in
            InquiryEvent(id: row.int64(0), inquiryID: row.int64(1), at: row.text(2), login: row.text(3),
                         kind: try StoredValue.decode(InquiryEventKind.self, row.text(4), column: "inquiry_event.kind"),
                         detail: row.text(5))
        }
    }

    public func answer(id: Int64, proposedRecord: StudentRecord, expectedVersion: Int, by caller: Caller) throws -> Inquiry {
        try proposedRecord.checkStoredText()
        try database.write {
            let current = try stored(id)
            if caller.role == .clerk {
                guard caller.institutionCode == current.institutionCode else {
                    throw PermissionError(login: caller.login, action: Actions.answerInquiries(addressedTo: current.institutionCode))
                }
            } else {
                try caller.require([.admin], to: Actions.answerInquiriesForInstitution)
            }
            try transition(id, to: .answered, from: [.open, .answered], current: current,
                           extra: ", proposed_record = ?", extraArguments: [try ProposedRecordJSON.encode(proposedRecord)],
                           expectedVersion: expectedVersion, caller: caller)
            let r = proposedRecord
            let summary = "\(r.admissionYear) \(r.level.rawValue) \(r.majorCode) \(r.educationState.rawValue)"
                + (r.diploma.map { ", diploma \($0.series) \($0.registrationNumber) \($0.issueDate)" } ?? "")
            try event(id, .answered, summary, caller)
            try database.audit(.inquiryChange, pin: current.pin, "inquiry \(id) supplied: \(summary)", by: caller)
        }
        return try stored(id)
    }

    public func approve(id: Int64, expectedVersion: Int, statement: InquiryApproval.Statement,
                        by caller: Caller) throws -> Inquiry {
        try caller.require([.admin], to: Actions.approveInquiries)
        try database.write {
            let current = try stored(id)
            guard var proposed = current.proposedRecord else {
                throw ValidationError(field: "proposed_record", reason: Phrase(
                    az: "müəssisə hələ qeydi təqdim etməyib", en: "the institution has not supplied the record yet"))
            }
            proposed.pin = proposed.pin ?? current.pin
            let approved: StudentRecord
            switch InquiryApproval.record(proposed, statement: statement) {
            case .success(let record): approved = record
            case .failure(let refusal): throw ValidationError(field: refusal.field, reason: refusal.reason)
            }
            let registry = SQLiteRegistryRepository(database: database, browsingAs: caller)
            let added = try registry.add(approved, by: caller)
            let pinUpdate = current.pin == nil && approved.pin != nil ? ", pin = ?" : ""
            try transition(id, to: .approved, from: [.answered], current: current, extra: ", student_record_id = ?" + pinUpdate,
                           extraArguments: [added.id] + (pinUpdate.isEmpty ? [] : [approved.pin?.value]),
                           expectedVersion: expectedVersion, caller: caller)
            try event(id, .approved, InquiryApproval.historyDetail(recordID: added.id, record: approved), caller)
            let how = approved.pin == nil ? " without a PIN (predates PINs)" : ""
            try database.audit(.inquiryChange, pin: approved.pin, "inquiry \(id) approved as record \(added.id)\(how)",
                               by: caller)
        }
        return try stored(id)
    }

    public func reject(id: Int64, reason: String, expectedVersion: Int, by caller: Caller) throws -> Inquiry {
        try TextGuard.check(reason, field: "reason")
        try caller.require([.admin], to: Actions.rejectInquiries)
        try database.write {
            let current = try stored(id)
            try transition(id, to: .rejected, from: [.open, .answered], current: current, extra: "", extraArguments: [],
                           expectedVersion: expectedVersion, caller: caller)
            try event(id, .rejected, reason, caller)
            try database.audit(.inquiryChange, pin: current.pin, "inquiry \(id) rejected: \(reason)", by: caller)
        }
        return try stored(id)
    }

    public func comment(id: Int64, text: String, by caller: Caller) throws {
        try TextGuard.check(text, field: "comment")
        try database.write {
            let current = try stored(id)
            try checkReading(current, caller)
            try event(id, .comment, text, caller)
            try database.audit(.inquiryChange, pin: current.pin, "inquiry \(id) comment", by: caller)
        }
    }

    // MARK: - Support

    private func transition(_ id: Int64, to state: InquiryState, from allowed: Set<InquiryState>, current: Inquiry,
                            extra: String, extraArguments: [SQLBindable], expectedVersion: Int, caller: Caller) throws {
        guard allowed.contains(current.state) else {
            throw ValidationError(field: "state", reason: Phrase(
                az: "sorğu \"\(current.state.phrase.az)\" vəziyyətindədir", en: "the inquiry is \(current.state.phrase.en)"))
        }
        try database.updateVersioned("""
            UPDATE inquiry SET state = ?\(extra), version = version + 1, updated_at = \(nowSQL), updated_by = ?
            WHERE id = ? AND version = ?
            """, [state.rawValue] + extraArguments + [caller.login, id, expectedVersion],
            table: "inquiry", keyColumn: "id", key: id, keyText: String(id))
    }

    private func event(_ id: Int64, _ kind: InquiryEventKind, _ detail: String, _ caller: Caller) throws {
        try database.run("INSERT INTO inquiry_event(inquiry_id, login, kind, detail) VALUES (?, ?, ?, ?)",
                         [id, caller.login, kind.rawValue, detail])
    }

    private func stored(_ id: Int64) throws -> Inquiry {
        guard let found = try fetch(id) else {
            throw ConflictError(table: "inquiry", id: String(id), changedBy: nil, changedAt: nil, stillExists: false)
        }
        return found
    }

    static func inquiry(_ row: Row) throws -> Inquiry {
        Inquiry(id: row.int64(0), pin: row.optionalText(1).map(PIN.init(unchecked:)),
                name: PersonName(surname: row.text(2), name: row.text(3), fatherName: row.text(4)),
                birthDate: try StoredValue.date(row.text(5), column: "inquiry.birth_date"), institutionCode: row.text(6),
                admissionYear: row.optionalInt(7), message: row.text(8),
                state: try StoredValue.decode(InquiryState.self, row.text(9), column: "inquiry.state"),
                proposedRecord: try row.optionalText(10).map(ProposedRecordJSON.decode),
                studentRecordID: row.optionalInt64(11), createdAt: row.text(12), createdBy: row.text(13),
                version: row.int(14))
    }
}
