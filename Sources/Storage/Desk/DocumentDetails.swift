import Domain

/// The names under which the documents screen keeps what 3.4 asks about a document in
/// `DocumentRecord.details`, and the reading of stored records into the Domain checklist.
public enum DocumentDetails {
    public static let listsSubjectsAndMarks = "lists_subjects_and_marks"
    public static let authentication = "authentication"
    public static let translation = "translation"
    public static let issuedInAzerbaijan = "issued_in_azerbaijan"
    public static let inAzerbaijani = "in_azerbaijani"
    public static let hiv = "hiv"
    public static let hepatitisB = "hepatitis_b"
    public static let hepatitisC = "hepatitis_c"
    public static let kind = "kind"
    public static let number = "number"
    public static let count = "count"
    public static let text = "text"

    static func yes(_ value: String?) -> Bool { value == "yes" || value == "true" || value == "1" }

    /// The documents as the checklist reads them; the newest record of each paragraph counts.
    /// A 3.4.1 application without details states the applicant's own programme.
    public static func documents(_ records: [DocumentRecord], applicant: Applicant) -> ApplicantDocuments {
        var latest: [String: DocumentRecord] = [:]
        for record in records {
            if let seen = latest[record.paragraph], seen.id > record.id { continue }
            latest[record.paragraph] = record
        }
        var documents = ApplicantDocuments()
        if latest["3.4.1"] != nil {
            documents.application = ApplicationForm(specialty: applicant.majorCode, language: applicant.programLanguage,
                                                    studyForm: applicant.studyForm)
        }
        if let record = latest["3.4.2"] {
            let d = record.details
            documents.educationDocument = EducationDocument(
                listsSubjectsAndMarks: yes(d[listsSubjectsAndMarks]), issuedInAzerbaijan: yes(d[issuedInAzerbaijan]),
                inAzerbaijani: yes(d[inAzerbaijani]),
                authentication: d[authentication].flatMap(EducationDocument.Authentication.init(rawValue:)) ?? .none,
                translation: d[translation].flatMap(EducationDocument.Translation.init(rawValue:)) ?? .none)
        }
        if let record = latest["3.4.3"] {
            let d = record.details
            documents.healthCertificate = HealthCertificate(coversHIV: yes(d[hiv]), coversHepatitisB: yes(d[hepatitisB]),
                                                            coversHepatitisC: yes(d[hepatitisC]))
        }
        if let record = latest["3.4.4"] {
            let d = record.details
            documents.borderDocument = BorderDocument(
                kind: d[kind].flatMap(BorderDocument.Kind.init(rawValue:)) ?? .passport,
                number: d[number] ?? applicant.passportNumber,
                expiresOn: record.validUntil ?? applicant.passportExpiry)
        }
        if let record = latest["3.4.5"] {
            documents.photos = Int(record.details[count] ?? "") ?? 0
        }
        if let record = latest["3.4.6"] {
            documents.languageCertificate = record.details[text] ?? (record.note.isEmpty ? "yes" : record.note)
        }
        documents.honours = records.filter { $0.paragraph == "3.4.7" }.map { $0.note.isEmpty ? "—" : $0.note }
        documents.ssacDocumentsConfirmed = latest["3.2"] != nil
        documents.doctoralDocumentsConfirmed = latest["3.3"] != nil
        return documents
    }
}
