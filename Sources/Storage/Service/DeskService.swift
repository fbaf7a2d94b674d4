import Domain

/// Why the admission order cannot be given: every reason with its paragraph (2.1.1, 4.4,
/// 4.5, 3.4, 3.5, the programme's years).
public struct AdmissionRefusal: Error, Sendable, Hashable {
    public let reasons: [Phrase]

    /// `Cannot admit: 2.1.1: …; 3.5: …`
    public var phrase: Phrase {
        Phrase.joined([Phrases.deskAdmitRefused, Phrase.joined(reasons, separator: "; ")], separator: " ")
    }
}

/// What the admissions desk does to a foreign student after the application, from the
/// screens and from any command alike: the admission order (2.1.1, 3.4, 3.5, 4.11), the
/// residence document with the FİN (2.2.4), status changes (4.10, 4.12) and graduation
/// (4.9), and the language decision (3.5–3.7). Each is one transaction, allowed to a clerk
/// of the applicant's institution or an administrator, and writes one `audit_event` row in
/// that same transaction.
public final class DeskService {
    public let caller: Caller
    let database: Database
    let applicants: any ApplicantStore
    let registry: any RegistryStore
    let desk: DeskRepository
    let settings: SQLiteSettingsRepository
    let audit: any AuditRepository
    let draftStore: any DraftRepository

    public init(database: Database, caller: Caller) {
        self.caller = caller
        self.database = database
        applicants = SQLiteApplicantRepository(database: database)
        registry = SQLiteRegistryRepository(database: database, browsingAs: caller)
        desk = DeskRepository(database: database)
        settings = SQLiteSettingsRepository(database: database)
        audit = SQLiteAuditRepository(database: database)
        draftStore = SQLiteDraftRepository(database: database)
    }

    /// DESIGN "Roles": a clerk works on their own institution's students, an administrator on
    /// any; SSAC staff read the registry but do not run the desk.
    func requireDesk(_ applicant: Applicant, to action: Phrase) throws {
        try caller.require([.clerk, .admin], to: action)
        if caller.role == .clerk, caller.institutionCode != applicant.institutionCode {
            throw PermissionError(login: caller.login, action: Actions.of(action, institution: applicant.institutionCode))
        }
    }

    /// The applicant as stored, checked against the version the caller read.
    func current(_ applicantID: Int64, expectedVersion: Int?, to action: Phrase) throws -> Applicant {
        let applicant = try applicants.stored(applicantID)
        try requireDesk(applicant, to: action)
        if let expectedVersion, applicant.version != expectedVersion {
            let who = try desk.lastChange(applicantID: applicantID)
            throw ConflictError(table: "applicant", id: String(applicantID), changedBy: who?.by, changedAt: who?.at,
                                stillExists: true)
        }
        return applicant
    }

    // MARK: - The admission order

    /// Whether the order may be given on `date`, with the money decision and every refusal.
    public struct AdmissionCheck: Sendable, Hashable {
        /// The money condition (2.1.1, 4.4 or 4.5); nil under 1.2, where it does not apply.
        public let tuition: TuitionDecision?
        public let academicYearStarts: CivilDate
        /// Every reason the order is refused, each with its paragraph; empty when allowed.
        public let refusals: [Phrase]
        /// The language decision the order rests on (3.5), as recorded.
        public let language: LanguageRecord?
    }

    /// The checks of the order for an applicant on `date` (readable by whoever may read them).
    public func admissionCheck(applicantID: Int64, on date: CivilDate) throws -> AdmissionCheck {
        try database.read {
            guard let applicant = try applicants.applicant(id: applicantID, by: caller) else {
                throw ValidationError(field: "applicant", reason: Phrases.deskNoSuchApplicant(applicantID))
            }
            return try check(applicant, on: date)
        }
    }

    func check(_ applicant: Applicant, on date: CivilDate) throws -> AdmissionCheck {
        let starts = AdmissionRules.academicYearStarts(forOrderOn: date)
        let language = try languageRecord(applicantID: applicant.id)
        switch applicant.state {
        case .admitted:
            return AdmissionCheck(tuition: nil, academicYearStarts: starts, refusals: [Phrases.deskAlreadyAdmitted],
                                  language: language)
        case .refused, .withdrawn:
            return AdmissionCheck(tuition: nil, academicYearStarts: starts,
                                  refusals: [Phrases.deskNotAdmissible(applicant.state)], language: language)
        case .new, .documentsIncomplete, .ready: break
        }
        var reasons: [Phrase] = []
        var tuition: TuitionDecision?
        if !applicant.isOutsideRegulations {
            let contract = try applicants.contracts(applicantID: applicant.id, by: caller).last { $0.terminatedOn == nil }
            let arrangement = TuitionArrangement.of(basis: applicant.basis,
                                                    annualFee: Money(qepik: contract?.annualFeeQepik ?? 0),
                                                    payer: contract?.payer ?? "")
            let payments = try applicants.payments(applicantID: applicant.id, by: caller)
                .map { Payment(amount: Money(qepik: $0.amountQepik), paidOn: $0.paidOn) }
            let decision = TuitionRule.admissionOrder(arrangement, payments: payments, academicYearStarts: starts,
                                                      orderDate: date)
            if !decision.allowed { reasons.append(Phrases.deskParagraphReason(decision.paragraph, decision.why)) }
            tuition = decision
            let records = try applicants.documents(applicantID: applicant.id, by: caller)
            let checklist = DocumentChecklist(applicant: applicant,
                                              documents: DocumentDetails.documents(records, applicant: applicant), on: date)
            if !checklist.isComplete { reasons.append(Phrases.deskDocumentsIncomplete(checklist.problems.map(\.paragraph))) }
        }
        if let problem = try languageProblem(applicantID: applicant.id) { reasons.append(problem) }
        if applicant.yearsOfStudy == nil { reasons.append(Phrases.yearsOfStudyMissing) }
        return AdmissionCheck(tuition: tuition, academicYearStarts: starts, refusals: reasons, language: language)
    }

    /// Whether the applicant's data as it is now (level, languages, previous education, 1.2, the
    /// tests taken by then) gives another decision *on the recorded decision's own date*: then
    /// the data changed after the decision and it must be recorded again. The date is never
    /// today's, so a test that has since turned too old does not undo a decided case.
    func decidesDifferently(_ applicant: Applicant, than record: LanguageRecord) throws -> Bool {
        let tests = try applicants.languageTests(applicantID: applicant.id, by: caller).map(\.result)
            .filter { $0.takenOn <= record.decidedOn }
        let again = ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: tests), on: record.decidedOn,
                                          settings: try exemptionSettings())
        return again.outcome != record.outcome || again.paragraph != record.paragraph
    }

    /// Gives the admission order number `orderNumber` dated `date` (contract 2.1.1 "issues a
    /// decree on the admission"; both as the clerk entered them): the record in the
    /// Student-graduate registry (4.11) with the year of `AdmissionRules`, the programme's years
    /// and the funding the clerk chose; the applicant's state; the start of the 90 days of
    /// 2.2.4. Refused with `AdmissionRefusal` while any check fails, and without a number.
    @discardableResult
    public func admit(applicantID: Int64, expectedVersion: Int, on date: CivilDate, funding: Funding,
                      orderNumber: String) throws -> Applicant {
        try TextGuard.check(orderNumber, field: "order_number")
        let orderNumber = orderNumber.trimmingCharacters(in: .whitespaces)
        guard !orderNumber.isEmpty else { throw ValidationError(field: "order_number", reason: Phrases.orderNumberRequired) }
        return try database.write {
            let applicant = try current(applicantID, expectedVersion: expectedVersion, to: Actions.admitStudents)
            let check = try check(applicant, on: date)
            guard check.refusals.isEmpty, let years = applicant.yearsOfStudy else {
                throw AdmissionRefusal(reasons: check.refusals)
            }
            let followUp = try applicants.followUp(uncheckedApplicantID: applicantID)
            let record = try addRecord(applicant, pin: followUp.pin, admissionYear: check.academicYearStarts.year,
                                       funding: funding, years: years)
            let paragraph = applicant.isOutsideRegulations ? "1.2" : (check.tuition?.paragraph ?? "")
            let reason = applicant.isOutsideRegulations ? Phrases.outsideRegulations12.text(.en)
                : (check.tuition?.why.text(.en) ?? "")
            let admitted = try applicants.changeState(applicantID: applicantID, to: .admitted, on: date,
                                                      paragraph: paragraph, reason: reason,
                                                      expectedVersion: applicant.version, by: caller)
            var next = followUp
            next.admittedOn = date
            next.educationState = .studying
            next.studentRecordID = record.id
            next.admissionOrderNumber = orderNumber
            let stored = try applicants.saveFollowUp(next, applicantID: applicantID, expectedVersion: admitted.version,
                                                     by: caller)
            try audit.record(.admission, pin: followUp.pin, purpose: nil, detail: """
                applicant \(applicantID) admitted by order \(orderNumber) of \(date) for \(check.academicYearStarts.year)/\(check.academicYearStarts.year + 1) \
                (\(paragraph)); registry record \(record.id), \(funding.rawValue), \(years) years
                """, by: caller)
            return stored
        }
    }

    /// 4.11: the student's record in the Student-graduate registry.
    func addRecord(_ applicant: Applicant, pin: PIN?, admissionYear: Int, funding: Funding,
                   years: Int) throws -> StudentRecord {
        let institution = try registry.institution(code: applicant.institutionCode)
        let major = try registry.major(code: applicant.majorCode)
        return try registry.add(StudentRecord(
            id: 0, pin: pin, name: PersonName(surname: applicant.surname, name: applicant.name, fatherName: applicant.fatherName),
            birthDate: applicant.birthDate, admissionYear: admissionYear, institutionCode: applicant.institutionCode,
            institutionName: institution?.name ?? applicant.institutionCode, funding: funding, level: applicant.level,
            yearsOfStudy: years, majorCode: applicant.majorCode, majorName: major?.name ?? applicant.majorCode,
            enrollmentStatus: .admitted, educationState: .studying, diploma: nil), by: caller)
    }

    /// A student admitted before the desk kept the registry (an import, older data) gets the
    /// record 4.11 asks for when the desk next writes about them: the year by `AdmissionRules`
    /// from the order date, the funding offered for the basis, the programme's years (the
    /// level's usual length when the applicant has none).
    func ensureRecord(_ applicant: Applicant, _ followUp: inout AdmissionFollowUp, date: CivilDate) throws {
        guard followUp.studentRecordID == nil else { return }
        followUp.studentRecordID = try addRecord(
            applicant, pin: followUp.pin, admissionYear: AdmissionRules.admissionYear(forOrderOn: followUp.admittedOn ?? date),
            funding: AdmissionRules.defaultFunding(for: applicant.basis),
            years: applicant.yearsOfStudy ?? AdmissionRules.usualYearsOfStudy(applicant.level)).id
    }

    // MARK: - Residence document and FİN (2.2.4)

    /// Records the residence document (2.2.4) submitted on `date` with its number and, when
    /// given, the FİN printed on it: the FİN goes to the student's registry record too, so
    /// the graduate can be found by PIN (seed 000). A FİN already recorded stays when none
    /// is given.
    @discardableResult
    public func recordResidence(applicantID: Int64, expectedVersion: Int, documentNumber: String, on date: CivilDate,
                                pin: PIN?) throws -> Applicant {
        try recordResidence(applicantID: applicantID, expectedVersion: expectedVersion, documentNumber: documentNumber,
                            on: date, pin: pin, numberRequired: true)
    }

    /// `numberRequired` is false only for the deadlines list's mark-done, which records that the
    /// document came without its details.
    func recordResidence(applicantID: Int64, expectedVersion: Int, documentNumber: String, on date: CivilDate,
                         pin: PIN?, numberRequired: Bool) throws -> Applicant {
        try TextGuard.check(documentNumber, field: "number")
        let number = documentNumber.trimmingCharacters(in: .whitespaces)
        if numberRequired, number.isEmpty { throw ValidationError(field: "number", reason: Phrases.deskRequired) }
        return try database.write {
            let applicant = try current(applicantID, expectedVersion: expectedVersion, to: Actions.recordResidenceDocuments)
            guard applicant.state == .admitted else {
                throw ValidationError(field: "applicant", reason: Phrases.deskNotAdmittedYet)
            }
            var followUp = try applicants.followUp(uncheckedApplicantID: applicantID)
            followUp.residenceDocumentOn = date
            if let pin { followUp.pin = pin }
            if pin != nil { try ensureRecord(applicant, &followUp, date: date) }
            if let pin, let id = followUp.studentRecordID, var record = try registry.record(id: id), record.pin != pin {
                record.pin = pin
                _ = try registry.update(record, by: caller)
            }
            let stored = try applicants.saveFollowUp(followUp, applicantID: applicantID,
                                                     expectedVersion: applicant.version, by: caller)
            try desk.addEvent(applicantID: applicantID, institutionCode: applicant.institutionCode, kind: .residence,
                              dueOn: followUp.admittedOn?.adding(days: 90), doneOn: date, detail: number, by: caller)
            try audit.record(.residence, pin: followUp.pin, purpose: nil,
                             detail: "applicant \(applicantID): residence document \(number.isEmpty ? "(no number)" : number) of \(date)"
                                 + (pin == nil ? ", no PIN given" : ", PIN recorded"), by: caller)
            return stored
        }
    }
}
