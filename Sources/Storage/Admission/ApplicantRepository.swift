import Domain

/// Where a page of the applicant list starts or ends: (sort key, id).
public struct ApplicantCursor: Sendable, Hashable {
    public let sortKey: String
    public let id: Int64

    public init(sortKey: String, id: Int64) {
        self.sortKey = sortKey
        self.id = id
    }
}

/// One line of the applicant list.
public struct ApplicantRow: Sendable, Hashable {
    public let cursor: ApplicantCursor
    public let applicant: Applicant
}

/// What happened after admission, for the deadlines of 2.2.4 and 4.12 and the registry (4.11).
public struct AdmissionFollowUp: Sendable, Hashable {
    /// 2.1.1: the admission order's date; the 90 days of 2.2.4 count from it.
    public var admittedOn: CivilDate?
    /// 2.2.4: when the copy of the residence document was submitted.
    public var residenceDocumentOn: CivilDate?
    public var pin: PIN?
    /// 4.10: the student's current state of education.
    public var educationState: EducationState?
    /// 4.12: dismissal, and when the Ministry and the Migration Service were told.
    public var dismissedOn: CivilDate?
    public var dismissalNoticeOn: CivilDate?
    /// 4.11: the student's record in the registry.
    public var studentRecordID: Int64?
    /// 2.1.1: the admission order's number as the clerk entered it (its date is `admittedOn`).
    public var admissionOrderNumber: String?

    public init(admittedOn: CivilDate? = nil, residenceDocumentOn: CivilDate? = nil, pin: PIN? = nil,
                educationState: EducationState? = nil, dismissedOn: CivilDate? = nil,
                dismissalNoticeOn: CivilDate? = nil, studentRecordID: Int64? = nil, admissionOrderNumber: String? = nil) {
        self.admissionOrderNumber = admissionOrderNumber
        self.admittedOn = admittedOn
        self.residenceDocumentOn = residenceDocumentOn
        self.pin = pin
        self.educationState = educationState
        self.dismissedOn = dismissedOn
        self.dismissalNoticeOn = dismissalNoticeOn
        self.studentRecordID = studentRecordID
    }
}

/// A change of an applicant's state, with the paragraph it rests on.
public struct ApplicantStateChange: Sendable, Hashable {
    public let id: Int64
    public let applicantID: Int64
    public let changedOn: CivilDate
    public let from: String
    public let to: String
    public let paragraph: String
    public let reason: String
    public let recordedAt: String
    public let recordedBy: String
}

/// One document as it arrived: `paragraph` is "3.4.1" … "3.4.7" (or "3.2", "3.3" for the
/// documents the SSAC or the doctoral rules ask for); `details` holds what the checklist
/// needs to know about it (authentication, translation, what a health certificate covers …)
/// as name → value text, so the Domain checklist can grow without a schema change.
public struct DocumentRecord: Sendable, Hashable {
    public var id: Int64
    public var applicantID: Int64
    public var paragraph: String
    public var receivedOn: CivilDate
    public var validUntil: CivilDate?
    public var note: String
    public var details: [String: String]
    public var recordedBy: String
    public var version: Int
    /// Set when the clerk voided or corrected this document (issue 15); it no longer counts.
    public var voided: VoidMark? = nil

    public init(id: Int64 = 0, applicantID: Int64, paragraph: String, receivedOn: CivilDate, validUntil: CivilDate? = nil,
                note: String = "", details: [String: String] = [:], recordedBy: String = "", version: Int = 1) {
        self.id = id
        self.applicantID = applicantID
        self.paragraph = paragraph
        self.receivedOn = receivedOn
        self.validUntil = validUntil
        self.note = note
        self.details = details
        self.recordedBy = recordedBy
        self.version = version
    }
}

/// Why a recorded row no longer counts: who voided it, when, why, and the row that
/// corrected it (nil when it was voided without a replacement).
public struct VoidMark: Sendable, Hashable {
    public let at: String
    public let by: String
    public let reason: String
    public let replacedBy: Int64?
}

/// A language test result (3.6) as recorded.
public struct LanguageTestRecord: Sendable, Hashable {
    public var id: Int64
    public var applicantID: Int64
    public var result: LanguageTestResult
    public var certificateNumber: String
    public var recordedBy: String
    /// Set when the clerk voided or corrected this result (issue 15); it no longer counts.
    public var voided: VoidMark? = nil

    public init(id: Int64 = 0, applicantID: Int64, result: LanguageTestResult, certificateNumber: String = "",
                recordedBy: String = "") {
        self.id = id
        self.applicantID = applicantID
        self.result = result
        self.certificateNumber = certificateNumber
        self.recordedBy = recordedBy
    }
}

/// The paid-education contract of the appendix (4.6). Money is in qəpik (1/100 manat).
public struct ContractRecord: Sendable, Hashable {
    public var id: Int64
    public var applicantID: Int64
    public var number: String
    public var signedOn: CivilDate
    public var city: String
    public var studentAddress: String
    public var annualFeeQepik: Int
    /// 2.2.2: the day of the year by which each year's fee is paid.
    public var paymentDueMonth: Int?
    public var paymentDueDay: Int?
    public var terminatedOn: CivilDate?
    /// 3.1.1–3.1.4 of the contract.
    public var terminationGround: String?
    /// 4.4, 4.6: the legal entity or programme that pays the fee, when not the student
    /// ("contracts with foreigners or the legal entities and individuals who pay their
    /// tuition fee"); empty when the student pays.
    public var payer: String
    public var version: Int

    public init(id: Int64 = 0, applicantID: Int64, number: String, signedOn: CivilDate, city: String = "",
                studentAddress: String = "", annualFeeQepik: Int, paymentDueMonth: Int? = nil, paymentDueDay: Int? = nil,
                terminatedOn: CivilDate? = nil, terminationGround: String? = nil, payer: String = "", version: Int = 1) {
        self.id = id
        self.applicantID = applicantID
        self.number = number
        self.signedOn = signedOn
        self.city = city
        self.studentAddress = studentAddress
        self.annualFeeQepik = annualFeeQepik
        self.paymentDueMonth = paymentDueMonth
        self.paymentDueDay = paymentDueDay
        self.terminatedOn = terminatedOn
        self.terminationGround = terminationGround
        self.payer = payer
        self.version = version
    }
}

/// A tuition payment (2.1.1: at least half the annual fee before the year begins).
public struct PaymentRecord: Sendable, Hashable {
    public var id: Int64
    public var applicantID: Int64
    public var contractID: Int64?
    public var amountQepik: Int
    public var paidOn: CivilDate
    /// The calendar year in which the academic year starts.
    public var academicYear: Int
    public var reference: String
    public var recordedBy: String
    /// Set when the clerk voided or corrected this payment (issue 15); it no longer counts.
    public var voided: VoidMark? = nil

    public init(id: Int64 = 0, applicantID: Int64, contractID: Int64? = nil, amountQepik: Int, paidOn: CivilDate,
                academicYear: Int, reference: String = "", recordedBy: String = "") {
        self.id = id
        self.applicantID = applicantID
        self.contractID = contractID
        self.amountQepik = amountQepik
        self.paidOn = paidOn
        self.academicYear = academicYear
        self.reference = reference
        self.recordedBy = recordedBy
    }
}

/// Foreign applicants and everything recorded about them. A clerk sees and changes only
/// the applicants of their own institution (DESIGN "Roles"). Every read of an applicant's
/// records (history, follow-up, documents, tests, contracts, payments) is checked as the
/// applicant itself is: `PermissionError` for another institution's clerk; SSAC staff may
/// read; an unknown applicant has no records.
public protocol ApplicantRepository: AnyObject {
    /// Stores a new applicant; refused when the same passport already applied to that
    /// institution, major and level. Returns it with its id.
    func add(_ applicant: Applicant, by caller: Caller) throws -> Applicant
    func applicant(id: Int64, by caller: Caller) throws -> Applicant?
    /// Saves every field; `ConflictError` when `applicant.version` is stale.
    func update(_ applicant: Applicant, by caller: Caller) throws -> Applicant
    /// A page of applicants in name order (one institution's for a clerk).
    func applicants(institutionCode: String?, after cursor: ApplicantCursor?, limit: Int,
                    by caller: Caller) throws -> [ApplicantRow]
    /// Applicants whose folded surname starts with the folded prefix.
    func search(surnamePrefix: String, limit: Int, by caller: Caller) throws -> [Applicant]
    /// Moves the applicant to `state` and keeps the history; the rule that allows the move
    /// belongs to Domain.
    func changeState(applicantID: Int64, to state: ApplicantState, on date: CivilDate, paragraph: String,
                     reason: String, expectedVersion: Int, by caller: Caller) throws -> Applicant
    func stateHistory(applicantID: Int64, by caller: Caller) throws -> [ApplicantStateChange]
    func followUp(applicantID: Int64, by caller: Caller) throws -> AdmissionFollowUp
    /// Saves the follow-up dates (version-checked against the applicant's version).
    func saveFollowUp(_ followUp: AdmissionFollowUp, applicantID: Int64, expectedVersion: Int,
                      by caller: Caller) throws -> Applicant

    func documents(applicantID: Int64, by caller: Caller) throws -> [DocumentRecord]
    func add(_ document: DocumentRecord, by caller: Caller) throws -> DocumentRecord
    func update(_ document: DocumentRecord, by caller: Caller) throws -> DocumentRecord
    func removeDocument(id: Int64, expectedVersion: Int, by caller: Caller) throws

    func languageTests(applicantID: Int64, by caller: Caller) throws -> [LanguageTestRecord]
    func add(_ test: LanguageTestRecord, by caller: Caller) throws -> LanguageTestRecord

    func contracts(applicantID: Int64, by caller: Caller) throws -> [ContractRecord]
    /// Adds (id 0) or updates (version-checked) a contract.
    func save(_ contract: ContractRecord, by caller: Caller) throws -> ContractRecord

    func payments(applicantID: Int64, by caller: Caller) throws -> [PaymentRecord]
    func add(_ payment: PaymentRecord, by caller: Caller) throws -> PaymentRecord
}
