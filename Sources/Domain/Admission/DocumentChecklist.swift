/// The documents of 3.4 for one applicant: complete or not, and exactly what is missing or
/// not acceptable, and why ("3.4.3: hepatitis C not covered").
///
/// Semantics chosen where the regulations are silent:
/// - 3.4.2: a document issued in Azerbaijan needs no legalisation or apostille, and one
///   written in Azerbaijani needs no translation. A translation that is not notarised is
///   not acceptable.
/// - 3.4.4: the document is valid on the decision date if it expires on that date or later.
/// - 3.4.6 and 3.4.7 are "if available": their absence never makes the set incomplete.
/// - 3.2 (basis 3.1.6) and 3.3 (doctorate) refer to other regulations whose lists are not
///   reproduced here; the checklist shows them as one item each that the clerk confirms
///   after checking that list, and the set is not complete until they do.
public struct DocumentChecklist: Sendable, Hashable {
    /// One line of the checklist.
    public struct Item: Sendable, Hashable {
        public let paragraph: String
        public let title: Phrase
        public let status: Status
        /// What is wrong with a received document; empty unless `status == .notAcceptable`.
        public let problems: [Phrase]
    }

    /// Where one document stands.
    public enum Status: String, Sendable, Hashable {
        case accepted
        case missing
        case notAcceptable = "not-acceptable"
        /// An "if available" document that was not given: fine.
        case notProvided = "not-provided"

        /// Whether this status keeps the set from being complete.
        public var blocksCompletion: Bool { self == .missing || self == .notAcceptable }
    }

    /// One thing missing or wrong, ready to show: `3.4.4: passport expired 2026-08-01`.
    public struct Problem: Sendable, Hashable {
        public let paragraph: String
        public let why: Phrase

        public func text(_ language: Language) -> String { "\(paragraph): \(why.text(language))" }
    }

    public let items: [Item]
    /// The date the border-crossing document was checked against.
    public let date: CivilDate
    /// 1.2: the applicant lives permanently in Azerbaijan, so 3.4 does not apply (no items).
    public private(set) var outsideRegulations = false

    /// Every required document received and acceptable.
    public var isComplete: Bool { !items.contains { $0.status.blocksCompletion } }

    /// What is missing or not acceptable, in paragraph order.
    public var problems: [Problem] {
        items.flatMap { item -> [Problem] in
            switch item.status {
            case .missing: return [Problem(paragraph: item.paragraph, why: Phrases.documentMissing(item.title))]
            case .notAcceptable: return item.problems.map { Problem(paragraph: item.paragraph, why: $0) }
            case .accepted, .notProvided: return []
            }
        }
    }

    private init(items: [Item], date: CivilDate) {
        self.items = items
        self.date = date
    }

    /// Checks the documents for an applicant admitted on `basis` to `level`, on `date`.
    public init(documents: ApplicantDocuments, basis: AdmissionBasis, level: EducationLevel, on date: CivilDate) {
        var items = [
            DocumentChecklist.application(documents.application),
            DocumentChecklist.education(documents.educationDocument),
            DocumentChecklist.health(documents.healthCertificate),
            DocumentChecklist.border(documents.borderDocument, on: date),
            DocumentChecklist.photos(documents.photos),
            DocumentChecklist.optional("3.4.6", Phrases.languageCertificateTitle,
                                       received: documents.languageCertificate.map { !$0.isEmpty } ?? false),
            DocumentChecklist.optional("3.4.7", Phrases.honoursTitle, received: !documents.honours.isEmpty),
        ]
        if basis == .centralisedCompetition {
            items.append(Item(paragraph: "3.2", title: Phrases.ssacDocumentsTitle,
                              status: documents.ssacDocumentsConfirmed ? .accepted : .missing, problems: []))
        }
        if level == .doctorate {
            items.append(Item(paragraph: "3.3", title: Phrases.doctoralDocumentsTitle,
                              status: documents.doctoralDocumentsConfirmed ? .accepted : .missing, problems: []))
        }
        self.items = items
        self.date = date
    }

    /// The checklist for a stored applicant; their passport stands for 3.4.4 unless the
    /// documents name another border-crossing document. Under 1.2 (a permanent resident)
    /// the checklist is empty and complete: the citizens' route applies.
    public init(applicant: Applicant, documents: ApplicantDocuments, on date: CivilDate) {
        if applicant.isOutsideRegulations {
            self.init(items: [], date: date)
            outsideRegulations = true
            return
        }
        var documents = documents
        if documents.borderDocument == nil, !applicant.passportNumber.isEmpty {
            documents.borderDocument = BorderDocument(passportOf: applicant)
        }
        self.init(documents: documents, basis: applicant.basis, level: applicant.level, on: date)
    }

    // MARK: - One rule per subparagraph

    static func judged(_ paragraph: String, _ title: Phrase, problems: [Phrase]) -> Item {
        Item(paragraph: paragraph, title: title, status: problems.isEmpty ? .accepted : .notAcceptable,
             problems: problems)
    }

    static func missing(_ paragraph: String, _ title: Phrase) -> Item {
        Item(paragraph: paragraph, title: title, status: .missing, problems: [])
    }

    /// 3.4.1: states the specialty, the language of education and the form of study.
    static func application(_ form: ApplicationForm?) -> Item {
        guard let form else { return missing("3.4.1", Phrases.applicationTitle) }
        var problems: [Phrase] = []
        if form.specialty.allSatisfy(\.isWhitespace) { problems.append(Phrases.applicationNoSpecialty) }
        if form.language.allSatisfy(\.isWhitespace) { problems.append(Phrases.applicationNoLanguage) }
        if form.studyForm == nil { problems.append(Phrases.applicationNoStudyForm) }
        return judged("3.4.1", Phrases.applicationTitle, problems: problems)
    }

    /// 3.4.2: subjects and marks, legalised or apostilled, with a notarised Azerbaijani translation.
    static func education(_ document: EducationDocument?) -> Item {
        guard let document else { return missing("3.4.2", Phrases.educationDocumentTitle) }
        var problems: [Phrase] = []
        if !document.listsSubjectsAndMarks { problems.append(Phrases.educationNoSubjectsAndMarks) }
        if !document.issuedInAzerbaijan, document.authentication == .none {
            problems.append(Phrases.educationNotLegalised)
        }
        if !document.inAzerbaijani {
            switch document.translation {
            case .none: problems.append(Phrases.educationNoTranslation)
            case .notNotarised: problems.append(Phrases.educationTranslationNotNotarised)
            case .notarised: break
            }
        }
        return judged("3.4.2", Phrases.educationDocumentTitle, problems: problems)
    }

    /// 3.4.3: covers HIV (AIDS), hepatitis B and hepatitis C.
    static func health(_ certificate: HealthCertificate?) -> Item {
        guard let certificate else { return missing("3.4.3", Phrases.healthCertificateTitle) }
        var problems: [Phrase] = []
        if !certificate.coversHIV { problems.append(Phrases.notCovered(Phrases.hiv)) }
        if !certificate.coversHepatitisB { problems.append(Phrases.notCovered(Phrases.hepatitisB)) }
        if !certificate.coversHepatitisC { problems.append(Phrases.notCovered(Phrases.hepatitisC)) }
        return judged("3.4.3", Phrases.healthCertificateTitle, problems: problems)
    }

    /// 3.4.4: a border-crossing document valid on the decision date.
    static func border(_ document: BorderDocument?, on date: CivilDate) -> Item {
        guard let document else { return missing("3.4.4", Phrases.borderDocumentTitle) }
        let problems = document.expiresOn < date ? [Phrases.documentExpired(document.kind, on: document.expiresOn)] : []
        return judged("3.4.4", Phrases.borderDocumentTitle, problems: problems)
    }

    /// 3.4.5: six photos of 3×4.
    static func photos(_ count: Int) -> Item {
        if count <= 0 { return missing("3.4.5", Phrases.photosTitle) }
        return judged("3.4.5", Phrases.photosTitle, problems: count < 6 ? [Phrases.tooFewPhotos(count)] : [])
    }

    /// 3.4.6, 3.4.7: "if available".
    static func optional(_ paragraph: String, _ title: Phrase, received: Bool) -> Item {
        Item(paragraph: paragraph, title: title, status: received ? .accepted : .notProvided, problems: [])
    }
}
