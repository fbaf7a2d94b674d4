import Domain

/// Which kind of recorded row a correction is about.
public enum CorrectableRecord: String, Sendable, CaseIterable {
    /// 3.6: a language test result.
    case languageTest = "language_test"
    /// 2.1.1, 2.2.2: a tuition payment.
    case payment
    /// 3.4: a document as it arrived.
    case document = "applicant_document"
}

/// What a correction changed besides the row: the decisions worked out again from the rows
/// that still count.
public struct CorrectionOutcome: Sendable, Hashable {
    /// The row that replaced the corrected one (nil for a voiding).
    public let replacement: Int64?
    /// The language decision recorded again (3.5–3.7) when the remaining tests decide otherwise.
    public let languageDecision: LanguageRecord?
    /// The applicant's new state when the documents (3.4) now say otherwise.
    public let applicantState: ApplicantState?
}

/// Mistakes corrected on the record (issue 15): a mistyped test result, payment or document
/// date is voided — or voided and replaced by the corrected row — never deleted. The voided
/// row keeps who voided it, when and why (the reason is required) and which row replaced it;
/// it stays in the history, marked, and no longer counts. In the same transaction, audited,
/// the decisions that rest on such rows are worked out again from what remains: the
/// document checklist and the applicant's state (3.4), a recorded language decision (3.5–3.7,
/// on its own date); tuition (2.1.1, 4.4, 4.5) and deadlines (2.2.2) are computed from the
/// remaining payments whenever they are read. An admission order already given stands: it
/// is an act of its day, and correcting it is a matter for a new order.
extension DeskService {
    /// Voids a row: it stays, marked, and no longer counts. `expectedVersion` is checked for
    /// documents (the only versioned rows of the three).
    @discardableResult
    public func void(_ kind: CorrectableRecord, id: Int64, expectedVersion: Int? = nil, reason: String,
                     on date: CivilDate) throws -> CorrectionOutcome {
        let reason = try checkedReason(reason)
        return try database.write {
            let applicant = try voidableRow(kind, id: id, expectedVersion: expectedVersion)
            try markVoided(kind, id: id, reason: reason, replacedBy: nil)
            try database.audit(.recordVoid, "applicant \(applicant.id): \(kind.rawValue) \(id) (\(try describeRow(kind, id))) "
                               + "voided: \(reason)", by: caller)
            return try recompute(applicant, kind, replacement: nil, on: date)
        }
    }

    /// Corrects a payment: the old row is voided with the reason and the corrected one added.
    @discardableResult
    public func correct(paymentID id: Int64, to corrected: PaymentRecord, reason: String,
                        on date: CivilDate) throws -> CorrectionOutcome {
        try correct(.payment, id: id, expectedVersion: nil, reason: reason, on: date) { applicantID in
            var row = corrected
            row.applicantID = applicantID
            return try applicants.add(row, by: caller).id
        }
    }

    /// Corrects a language test result (3.6).
    @discardableResult
    public func correct(languageTestID id: Int64, to corrected: LanguageTestRecord, reason: String,
                        on date: CivilDate) throws -> CorrectionOutcome {
        try correct(.languageTest, id: id, expectedVersion: nil, reason: reason, on: date) { applicantID in
            var row = corrected
            row.applicantID = applicantID
            return try applicants.add(row, by: caller).id
        }
    }

    /// Corrects a document's date or details (3.4), version-checked.
    @discardableResult
    public func correct(documentID id: Int64, expectedVersion: Int, to corrected: DocumentRecord, reason: String,
                        on date: CivilDate) throws -> CorrectionOutcome {
        try correct(.document, id: id, expectedVersion: expectedVersion, reason: reason, on: date) { applicantID in
            var row = corrected
            row.id = 0
            row.applicantID = applicantID
            return try applicants.add(row, by: caller).id
        }
    }

    private func correct(_ kind: CorrectableRecord, id: Int64, expectedVersion: Int?, reason: String, on date: CivilDate,
                         add: (Int64) throws -> Int64) throws -> CorrectionOutcome {
        let reason = try checkedReason(reason)
        return try database.write {
            let applicant = try voidableRow(kind, id: id, expectedVersion: expectedVersion)
            let before = try describeRow(kind, id)
            let replacement = try add(applicant.id)
            try markVoided(kind, id: id, reason: reason, replacedBy: replacement)
            try database.audit(.recordCorrection, "applicant \(applicant.id): \(kind.rawValue) \(id) (\(before)) corrected "
                               + "as \(replacement) (\(try describeRow(kind, replacement))): \(reason)", by: caller)
            return try recompute(applicant, kind, replacement: replacement, on: date)
        }
    }

    // MARK: - Support

    private func checkedReason(_ reason: String) throws -> String {
        try TextGuard.check(reason, field: "reason")
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ValidationError(field: "reason", reason: Phrases.correctionReasonRequired) }
        return trimmed
    }

    /// The applicant of a row the caller may correct: it exists, still counts, and (for a
    /// document) is the version the caller read.
    private func voidableRow(_ kind: CorrectableRecord, id: Int64, expectedVersion: Int?) throws -> Applicant {
        let versioned = kind == .document ? "version" : "1"
        guard let row = try database.first("""
            SELECT applicant_id, voided_by, voided_at, \(versioned) FROM \(kind.rawValue) WHERE id = ?
            """, [id], { ($0.int64(0), $0.optionalText(1), $0.optionalText(2), $0.int(3)) }) else {
            throw ConflictError(table: kind.rawValue, id: String(id), changedBy: nil, changedAt: nil, stillExists: false)
        }
        let applicant = try applicants.stored(row.0)
        try requireDesk(applicant, to: Actions.correctRecords)
        if row.2 != nil || (expectedVersion != nil && expectedVersion != row.3) {
            throw ConflictError(table: kind.rawValue, id: String(id), changedBy: row.1, changedAt: row.2, stillExists: true)
        }
        return applicant
    }

    private func markVoided(_ kind: CorrectableRecord, id: Int64, reason: String, replacedBy: Int64?) throws {
        let bump = kind == .document ? ", version = version + 1, updated_at = \(nowSQL), updated_by = ?" : ""
        try database.run("""
            UPDATE \(kind.rawValue) SET voided_at = \(nowSQL), voided_by = ?, void_reason = ?, replaced_by = ?\(bump)
            WHERE id = ? AND voided_at IS NULL
            """, [caller.login, reason, replacedBy] + (kind == .document ? [caller.login] : []) + [id])
    }

    /// The row in a few words for the audit trail (what it said before it was voided).
    private func describeRow(_ kind: CorrectableRecord, _ id: Int64) throws -> String {
        let sql: String
        switch kind {
        case .payment: sql = "SELECT amount_qepik || ' qəpik paid ' || paid_on || ' for ' || academic_year FROM payment WHERE id = ?"
        case .languageTest: sql = "SELECT test || ' ' || score || ' taken ' || taken_on FROM language_test WHERE id = ?"
        case .document:
            sql = "SELECT paragraph || ' received ' || received_on || coalesce(' valid until ' || valid_until, '') FROM applicant_document WHERE id = ?"
        }
        return try database.first(sql, [id]) { $0.text(0) } ?? "?"
    }

    /// Works out again what rested on the corrected rows.
    private func recompute(_ applicant: Applicant, _ kind: CorrectableRecord, replacement: Int64?,
                           on date: CivilDate) throws -> CorrectionOutcome {
        var decision: LanguageRecord?
        var state: ApplicantState?
        switch kind {
        case .languageTest:
            // 3.5: the order reads the recorded decision; one recorded before the correction is
            // recorded again on its own date from the remaining results, unless the order is given.
            if applicant.state != .admitted, !applicant.isOutsideRegulations,
               let record = try languageRecord(applicantID: applicant.id), try decidesDifferently(applicant, than: record) {
                let tests = try applicants.languageTests(applicantID: applicant.id, by: caller).map(\.result)
                    .filter { $0.takenOn <= record.decidedOn }
                let again = ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: tests), on: record.decidedOn,
                                                  settings: try exemptionSettings())
                decision = try recordDecision(again, applicantID: applicant.id, note: "recomputed after a correction")
            }
        case .document:
            // 3.4: the checklist moves a not-yet-admitted applicant between incomplete and ready.
            guard [.new, .documentsIncomplete, .ready].contains(applicant.state) else { break }
            let records = try applicants.documents(applicantID: applicant.id, by: caller)
            let checklist = DocumentChecklist(applicant: applicant,
                                              documents: DocumentDetails.documents(records, applicant: applicant), on: date)
            let target: ApplicantState = checklist.isComplete ? .ready : .documentsIncomplete
            if target != applicant.state {
                _ = try applicants.changeState(applicantID: applicant.id, to: target, on: date, paragraph: "3.4",
                                               reason: checklist.problems.map { $0.text(.en) }.joined(separator: "; "),
                                               expectedVersion: applicant.version, by: caller)
                state = target
            }
        case .payment:
            break
        }
        return CorrectionOutcome(replacement: replacement, languageDecision: decision, applicantState: state)
    }
}

// MARK: - The reads and the undo the screens use

extension DeskService {
    /// The documents with (`includingVoided`) the voided and corrected ones, marked.
    public func documents(applicantID: Int64, includingVoided: Bool) throws -> [DocumentRecord] {
        try applicants.documents(applicantID: applicantID, includingVoided: includingVoided, by: caller)
    }

    /// The test results with (`includingVoided`) the voided and corrected ones, marked.
    public func languageTests(applicantID: Int64, includingVoided: Bool) throws -> [LanguageTestRecord] {
        try applicants.languageTests(applicantID: applicantID, includingVoided: includingVoided, by: caller)
    }

    /// The payments with (`includingVoided`) the voided and corrected ones, marked.
    public func payments(applicantID: Int64, includingVoided: Bool) throws -> [PaymentRecord] {
        try applicants.payments(applicantID: applicantID, includingVoided: includingVoided, by: caller)
    }

    /// What was marked done at the caller's institution, newest first.
    public func doneDeadlines() throws -> [DoneDeadline] { try DeskDeadlines(database: database).done(by: caller) }

    /// Undoes a deadline marked done (audited); see `DeskDeadlines.undo`.
    public func undoDeadline(eventID: Int64) throws { try DeskDeadlines(database: database).undo(eventID: eventID, by: caller) }
}

extension Actions {
    public static let correctRecords = Phrase(az: "qeydləri düzəltmək və ya ləğv etmək", en: "correct or void records")
    public static let undoDeadlines = Phrase(az: "müddətlərin icrasını geri almaq", en: "undo deadlines")
}
