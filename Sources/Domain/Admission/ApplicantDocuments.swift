/// The documents of 3.4 as they arrive at the admissions desk, one field per subparagraph.
/// A nil document has not been received.
public struct ApplicantDocuments: Sendable, Hashable {
    /// 3.4.1
    public var application: ApplicationForm?
    /// 3.4.2
    public var educationDocument: EducationDocument?
    /// 3.4.3
    public var healthCertificate: HealthCertificate?
    /// 3.4.4
    public var borderDocument: BorderDocument?
    /// 3.4.5: how many 3×4 photos were received.
    public var photos: Int
    /// 3.4.6 (if available): what the certificate is, e.g. "IELTS 6.0, 2026-01-10".
    public var languageCertificate: String?
    /// 3.4.7 (if available): honorary certificates, diplomas and other documents.
    public var honours: [String]
    /// 3.2: the clerk has checked the documents on the State Student Admission Commission's
    /// own list (its Regulations, 7.3). Only asked for basis 3.1.6.
    public var ssacDocumentsConfirmed: Bool
    /// 3.3: the clerk has checked the documents of the doctoral admission rules (7.3).
    /// Only asked for doctorate.
    public var doctoralDocumentsConfirmed: Bool

    public init(application: ApplicationForm? = nil, educationDocument: EducationDocument? = nil,
                healthCertificate: HealthCertificate? = nil, borderDocument: BorderDocument? = nil,
                photos: Int = 0, languageCertificate: String? = nil, honours: [String] = [],
                ssacDocumentsConfirmed: Bool = false, doctoralDocumentsConfirmed: Bool = false) {
        self.application = application
        self.educationDocument = educationDocument
        self.healthCertificate = healthCertificate
        self.borderDocument = borderDocument
        self.photos = photos
        self.languageCertificate = languageCertificate
        self.honours = honours
        self.ssacDocumentsConfirmed = ssacDocumentsConfirmed
        self.doctoralDocumentsConfirmed = doctoralDocumentsConfirmed
    }
}

/// 3.4.1: the application to the head of the institution (may be electronic).
public struct ApplicationForm: Sendable, Hashable {
    public var specialty: String
    /// ISO 639-1 code of the chosen language of education.
    public var language: String
    public var studyForm: StudyForm?
    public var electronic: Bool

    public init(specialty: String, language: String, studyForm: StudyForm?, electronic: Bool = false) {
        self.specialty = specialty
        self.language = language
        self.studyForm = studyForm
        self.electronic = electronic
    }
}

/// 3.4.2: the document on previous education.
public struct EducationDocument: Sendable, Hashable {
    /// How a foreign document is made valid in Azerbaijan.
    public enum Authentication: String, Sendable, CaseIterable, Codable {
        case none
        case legalised
        case apostille
    }

    /// The Azerbaijani translation 3.4.2 asks for.
    public enum Translation: String, Sendable, CaseIterable, Codable {
        case none
        case notNotarised = "not-notarised"
        case notarised
    }

    /// The document shows the subjects and the marks.
    public var listsSubjectsAndMarks: Bool
    /// Issued by an institution of Azerbaijan: no legalisation or apostille is needed.
    public var issuedInAzerbaijan: Bool
    /// Written in Azerbaijani: no translation is needed.
    public var inAzerbaijani: Bool
    public var authentication: Authentication
    public var translation: Translation

    public init(listsSubjectsAndMarks: Bool, issuedInAzerbaijan: Bool = false, inAzerbaijani: Bool = false,
                authentication: Authentication, translation: Translation) {
        self.listsSubjectsAndMarks = listsSubjectsAndMarks
        self.issuedInAzerbaijan = issuedInAzerbaijan
        self.inAzerbaijani = inAzerbaijani
        self.authentication = authentication
        self.translation = translation
    }
}

/// 3.4.3: the health certificate and the viruses it covers.
public struct HealthCertificate: Sendable, Hashable {
    public var coversHIV: Bool
    public var coversHepatitisB: Bool
    public var coversHepatitisC: Bool

    public init(coversHIV: Bool, coversHepatitisB: Bool, coversHepatitisC: Bool) {
        self.coversHIV = coversHIV
        self.coversHepatitisB = coversHepatitisB
        self.coversHepatitisC = coversHepatitisC
    }
}

/// 3.4.4: a border-crossing document and the last day it is valid.
public struct BorderDocument: Sendable, Hashable {
    /// What kind of border-crossing document it is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case passport
        /// A stateless person's or refugee's travel document.
        case travelDocument = "travel-document"
        case other

        public var phrase: Phrase {
            switch self {
            case .passport: return Phrase(az: "pasport", en: "passport")
            case .travelDocument: return Phrase(az: "yol sənədi", en: "travel document")
            case .other: return Phrase(az: "sərhədkeçmə sənədi", en: "border-crossing document")
            }
        }
    }

    public var kind: Kind
    public var number: String
    /// The last day the document is valid.
    public var expiresOn: CivilDate

    public init(kind: Kind = .passport, number: String, expiresOn: CivilDate) {
        self.kind = kind
        self.number = number
        self.expiresOn = expiresOn
    }

    /// The passport the clerk entered with the applicant.
    public init(passportOf applicant: Applicant) {
        self.init(kind: .passport, number: applicant.passportNumber, expiresOn: applicant.passportExpiry)
    }
}
