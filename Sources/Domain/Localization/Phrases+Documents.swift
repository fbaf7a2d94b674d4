/// Texts of the document checklist (3.4, 3.2, 3.3).
extension Phrases {
    // MARK: - Titles

    public static let applicationTitle = Phrase(
        az: "təhsil müəssisəsinin rəhbərinə ərizə", en: "application to the head of the institution")
    public static let educationDocumentTitle = Phrase(
        az: "əvvəlki təhsil haqqında sənəd", en: "document on previous education")
    public static let healthCertificateTitle = Phrase(
        az: "sağlamlıq haqqında arayış", en: "health certificate")
    public static let borderDocumentTitle = Phrase(
        az: "sərhədkeçmə sənədi", en: "border-crossing document")
    public static let photosTitle = Phrase(
        az: "3x4 ölçüdə 6 fotoşəkil", en: "six 3×4 photos")
    public static let languageCertificateTitle = Phrase(
        az: "tədris dili üzrə imtahan sertifikatı (olduqda)", en: "language certificate (if available)")
    public static let honoursTitle = Phrase(
        az: "fəxri fərmanlar, diplomlar və digər sənədlər (olduqda)",
        en: "honorary certificates, diplomas and other documents (if available)")
    public static let ssacDocumentsTitle = Phrase(
        az: "Dövlət Tələbə Qəbulu Komissiyasının müəyyən etdiyi sənədlər (Komissiyanın Əsasnaməsinin 7.3-cü bəndi üzrə öz siyahısı)",
        en: "documents on the State Student Admission Commission's own list (7.3 of its Regulations)")
    public static let doctoralDocumentsTitle = Phrase(
        az: "doktoranturaya qəbul Qaydalarının 7.3-cü bəndi ilə müəyyən edilmiş sənədlər (Nazirlər Kabinetinin 1 iyul 2010-cu il tarixli 129 nömrəli qərarı)",
        en: "documents of 7.3 of the Rules of admission to doctorate (Cabinet of Ministers decision 129 of 1 July 2010)")

    // MARK: - Problems

    static func documentMissing(_ title: Phrase) -> Phrase {
        Phrase(az: "\(title.az) təqdim edilməyib", en: "\(title.en) not received")
    }

    static let applicationNoSpecialty = Phrase(
        az: "ərizədə ixtisas göstərilməyib", en: "the application does not state the specialty")
    static let applicationNoLanguage = Phrase(
        az: "ərizədə təhsil dili göstərilməyib", en: "the application does not state the language of education")
    static let applicationNoStudyForm = Phrase(
        az: "ərizədə təhsil forması göstərilməyib", en: "the application does not state the form of study")

    static let educationNoSubjectsAndMarks = Phrase(
        az: "sənəddə fənlər və qiymətlər göstərilməyib", en: "the document does not show the subjects and marks")
    static let educationNotLegalised = Phrase(
        az: "sənəd leqallaşdırılmayıb və ona apostil qoyulmayıb", en: "the document is neither legalised nor apostilled")
    static let educationNoTranslation = Phrase(
        az: "Azərbaycan dilinə notarial qaydada təsdiq edilmiş tərcüməsi yoxdur",
        en: "no notarised translation into Azerbaijani")
    static let educationTranslationNotNotarised = Phrase(
        az: "Azərbaycan dilinə tərcümə notarial qaydada təsdiq edilməyib",
        en: "the translation into Azerbaijani is not notarised")

    static let hiv = Phrase(az: "İİV (QİÇS)", en: "HIV (AIDS)")
    static let hepatitisB = Phrase(az: "hepatit B", en: "hepatitis B")
    static let hepatitisC = Phrase(az: "hepatit C", en: "hepatitis C")

    static func notCovered(_ what: Phrase) -> Phrase {
        Phrase(az: "\(what.az) əhatə olunmayıb", en: "\(what.en) not covered")
    }

    static func documentExpired(_ kind: BorderDocument.Kind, on date: CivilDate) -> Phrase {
        Phrase(az: "\(kind.phrase.az) sənədinin müddəti \(date.dotted) tarixində bitib",
               en: "\(kind.phrase.en) expired \(date.dotted)")
    }

    static func tooFewPhotos(_ count: Int) -> Phrase {
        Phrase(az: "6 fotoşəkildən yalnız \(count) təqdim edilib", en: "only \(count) of the 6 photos received")
    }
}
