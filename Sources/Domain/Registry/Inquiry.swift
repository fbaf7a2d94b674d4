/// Where a "Feedback" inquiry stands (seed 000): a citizen reports a missing record, the
/// institution supplies it, an SSAC administrator approves it into the registry.
public enum InquiryState: String, Sendable, CaseIterable, Codable {
    case open
    case answered
    case approved
    case rejected

    public var phrase: Phrase {
        switch self {
        case .open: return Phrase(az: "açıq", en: "open")
        case .answered: return Phrase(az: "müəssisə cavab verib", en: "answered by the institution")
        case .approved: return Phrase(az: "təsdiqlənib", en: "approved")
        case .rejected: return Phrase(az: "rədd edilib", en: "rejected")
        }
    }
}

/// A "Feedback" inquiry about a record missing from the registry.
public struct Inquiry: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var pin: PIN?
    public var name: PersonName
    public var birthDate: CivilDate
    /// The institution the inquiry is addressed to.
    public var institutionCode: String
    public var admissionYear: Int?
    public var message: String
    public var state: InquiryState
    /// The record the institution supplied; added to the registry on approval.
    public var proposedRecord: StudentRecord?
    /// The registry record created on approval.
    public var studentRecordID: Int64?
    public var createdAt: String
    public var createdBy: String
    public var version: Int

    public init(id: Int64 = 0, pin: PIN?, name: PersonName, birthDate: CivilDate, institutionCode: String,
                admissionYear: Int? = nil, message: String = "", state: InquiryState = .open,
                proposedRecord: StudentRecord? = nil, studentRecordID: Int64? = nil,
                createdAt: String = "", createdBy: String = "", version: Int = 1) {
        self.id = id
        self.pin = pin
        self.name = name
        self.birthDate = birthDate
        self.institutionCode = institutionCode
        self.admissionYear = admissionYear
        self.message = message
        self.state = state
        self.proposedRecord = proposedRecord
        self.studentRecordID = studentRecordID
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.version = version
    }
}

/// What happened to an inquiry.
public enum InquiryEventKind: String, Sendable, CaseIterable, Codable {
    case opened
    case answered
    case approved
    case rejected
    case comment
}

/// One step in an inquiry's history.
public struct InquiryEvent: Sendable, Hashable {
    public var id: Int64
    public var inquiryID: Int64
    public var at: String
    public var login: String
    public var kind: InquiryEventKind
    public var detail: String

    public init(id: Int64, inquiryID: Int64, at: String, login: String, kind: InquiryEventKind, detail: String) {
        self.id = id
        self.inquiryID = inquiryID
        self.at = at
        self.login = login
        self.kind = kind
        self.detail = detail
    }
}
