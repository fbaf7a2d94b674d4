import Domain

/// The application as the clerk builds it before the order (screens 2–6): the applicant's
/// own data, the documents of 3.4, language tests, the fee and payments. Each write is one
/// transaction with its audit row (the repository writes it inside), allowed to a clerk of
/// the applicant's institution or an administrator (checked by the repository and here).
extension DeskService {
    static let deskRoles: Set<UserRole> = [.clerk, .admin]

    // MARK: - The applicant

    /// The applicant as the caller may read it, or nil.
    public func applicant(id: Int64) throws -> Applicant? { try applicants.applicant(id: id, by: caller) }

    /// Stores a new applicant; refused when the same passport already applied for that
    /// institution, major and level.
    public func addApplicant(_ applicant: Applicant) throws -> Applicant {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try applicants.add(applicant, by: caller)
    }

    /// Saves every field of the form (F2); `ConflictError` when another clerk saved first.
    public func updateApplicant(_ applicant: Applicant) throws -> Applicant {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try applicants.update(applicant, by: caller)
    }

    /// Ends the application without an order: refused (3.5, the institution's assessment was
    /// not passed) or withdrawn by the applicant, with the reason the clerk gave.
    public func closeApplication(applicantID: Int64, expectedVersion: Int, as state: ApplicantState, reason: String,
                                 on date: CivilDate) throws -> Applicant {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ValidationError(field: "reason", reason: Phrases.deskRequired) }
        return try applicants.changeState(applicantID: applicantID, to: state, on: date,
                                          paragraph: state == .refused ? "3.5" : "", reason: trimmed,
                                          expectedVersion: expectedVersion, by: caller)
    }

    /// The admission follow-up (order date, residence document, FİN, state of education).
    public func followUp(applicantID: Int64) throws -> AdmissionFollowUp {
        try applicants.followUp(applicantID: applicantID, by: caller)
    }

    // MARK: - Documents (3.4)

    public func documents(applicantID: Int64) throws -> [DocumentRecord] {
        try applicants.documents(applicantID: applicantID, by: caller)
    }

    /// The 3.4 checklist of the applicant's documents on `date`.
    public func checklist(for applicant: Applicant, on date: CivilDate) throws -> DocumentChecklist {
        DocumentChecklist(applicant: applicant, documents: DocumentDetails.documents(try documents(applicantID: applicant.id),
                                                                                    applicant: applicant), on: date)
    }

    /// Stores a received document (new when its id is 0) and, in the same transaction, moves
    /// the applicant between new, documents incomplete and ready as the 3.4 checklist now
    /// stands. Returns the applicant as stored.
    @discardableResult
    public func saveDocument(_ document: DocumentRecord, on date: CivilDate) throws -> Applicant {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try database.write {
            _ = document.id == 0 ? try applicants.add(document, by: caller) : try applicants.update(document, by: caller)
            return try followChecklist(applicantID: document.applicantID, on: date)
        }
    }

    /// Removes a document recorded by mistake, and moves the applicant as the checklist now stands.
    @discardableResult
    public func removeDocument(_ document: DocumentRecord, on date: CivilDate) throws -> Applicant {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try database.write {
            try applicants.removeDocument(id: document.id, expectedVersion: document.version, by: caller)
            return try followChecklist(applicantID: document.applicantID, on: date)
        }
    }

    /// 3.4: an applicant still applying is `ready` when every document is in and valid,
    /// `documents-incomplete` otherwise; admitted, refused and withdrawn ones stay as they are.
    func followChecklist(applicantID: Int64, on date: CivilDate) throws -> Applicant {
        let applicant = try applicants.stored(applicantID)
        guard [.new, .documentsIncomplete, .ready].contains(applicant.state) else { return applicant }
        let checklist = try checklist(for: applicant, on: date)
        let target: ApplicantState = checklist.isComplete ? .ready : .documentsIncomplete
        guard target != applicant.state else { return applicant }
        return try applicants.changeState(applicantID: applicantID, to: target, on: date, paragraph: "3.4",
                                          reason: checklist.problems.map { $0.text(.en) }.joined(separator: "; "),
                                          expectedVersion: applicant.version, by: caller)
    }

    // MARK: - Language tests, fee and payments

    public func languageTests(applicantID: Int64) throws -> [LanguageTestRecord] {
        try applicants.languageTests(applicantID: applicantID, by: caller)
    }

    @discardableResult
    public func addLanguageTest(_ test: LanguageTestRecord) throws -> LanguageTestRecord {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try applicants.add(test, by: caller)
    }

    public func contracts(applicantID: Int64) throws -> [ContractRecord] {
        try applicants.contracts(applicantID: applicantID, by: caller)
    }

    /// The contract in force (the last one not terminated), or nil.
    public func contract(applicantID: Int64) throws -> ContractRecord? {
        try contracts(applicantID: applicantID).last { $0.terminatedOn == nil }
    }

    /// Adds (id 0) or updates (version-checked) the contract: the annual fee, its due day, the payer.
    @discardableResult
    public func saveContract(_ contract: ContractRecord) throws -> ContractRecord {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try applicants.save(contract, by: caller)
    }

    public func payments(applicantID: Int64) throws -> [PaymentRecord] {
        try applicants.payments(applicantID: applicantID, by: caller)
    }

    @discardableResult
    public func addPayment(_ payment: PaymentRecord) throws -> PaymentRecord {
        try caller.require(Self.deskRoles, to: Actions.changeApplicants)
        return try applicants.add(payment, by: caller)
    }
}
