import Domain

/// The "Feedback" inquiry steps, each also written to the audit trail.
extension RegistryService {
    // Each step writes its audit row itself, in the step's own transaction
    // (`SQLiteInquiryRepository`): a step whose audit row cannot be written does not happen.

    public func openInquiry(_ inquiry: Inquiry) throws -> Inquiry {
        try inquiries.open(inquiry, by: caller)
    }

    /// One inquiry, checked like the list: a clerk sees only those addressed to their institution.
    public func inquiry(id: Int64) throws -> Inquiry? { try inquiries.inquiry(id: id, by: caller) }

    /// A page of the queue, newest first; a clerk sees only their institution's inquiries.
    public func inquiries(state: InquiryState?, institutionCode: String?, before: Int64?, limit: Int) throws -> [Inquiry] {
        try inquiries.inquiries(state: state, institutionCode: institutionCode, before: before, limit: limit, by: caller)
    }

    public func history(inquiryID: Int64) throws -> [InquiryEvent] { try inquiries.events(inquiryID: inquiryID, by: caller) }

    public func supply(inquiryID: Int64, record: StudentRecord, expectedVersion: Int) throws -> Inquiry {
        var record = record
        guard let major = try registry.major(code: record.majorCode) else {
            throw ValidationError(field: "major_code", reason: Phrase(
                az: "\"\(record.majorCode)\" kodlu ixtisas yoxdur", en: "there is no major \"\(record.majorCode)\""))
        }
        record.majorName = major.name
        record.institutionName = try registry.institution(code: record.institutionCode)?.name ?? record.institutionName
        return try inquiries.answer(id: inquiryID, proposedRecord: record, expectedVersion: expectedVersion, by: caller)
    }

    /// Approves with the inquiry's PIN, a PIN given now, or the statement that the record
    /// predates PINs (`InquiryApproval`); the choice is in the inquiry's history, and the
    /// repository audits the step in its own transaction.
    public func approve(inquiryID: Int64, expectedVersion: Int,
                        statement: InquiryApproval.Statement = InquiryApproval.Statement()) throws -> Inquiry {
        try inquiries.approve(id: inquiryID, expectedVersion: expectedVersion, statement: statement, by: caller)
    }

    public func reject(inquiryID: Int64, reason: String, expectedVersion: Int) throws -> Inquiry {
        try inquiries.reject(id: inquiryID, reason: reason, expectedVersion: expectedVersion, by: caller)
    }

    /// Institutions for the inquiry form (code and name).
    public func institutions() throws -> [Institution] { try registry.institutions() }
    public func majors() throws -> [Major] { try registry.majors() }
}

/// Unsaved inquiry forms kept when a session ends mid-form (SSH drop), offered back next time.
extension RegistryService {
    public func saveDraft(form: String, subject: String, fields: [String: String]) throws {
        try SQLiteDraftRepository(database: database).save(form: form, subject: subject, fields: fields, by: caller)
    }

    /// The draft of this form, removed from the store as it is handed back.
    public func takeDraft(form: String, subject: String) throws -> Draft? {
        let drafts = SQLiteDraftRepository(database: database)
        guard let draft = try drafts.draft(form: form, subject: subject, by: caller) else { return nil }
        try drafts.discard(form: form, subject: subject, by: caller)
        return draft
    }
}
