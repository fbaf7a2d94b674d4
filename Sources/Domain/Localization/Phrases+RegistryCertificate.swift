/// Texts of the e-certificate (seed 000), the diploma check and the lookup purpose.
extension Phrases {
    public static let certificateTitle = Phrase(
        az: "“Tələbə-Məzun” dövlət elektron məlumat sistemindən arayış",
        en: "Certificate from the “Student-graduate” state electronic data system")
    public static let certFullName = Phrase(az: "Soyadı, adı, ata adı", en: "Surname, name and father's name")
    public static let certBirthDate = Phrase(az: "Doğum tarixi", en: "Date of birth")
    public static let certPIN = Phrase(az: "FİN", en: "PIN")
    public static let certRecord = Phrase(az: "Təhsil", en: "Education")
    public static let certAdmissionYear = Phrase(az: "Qəbul ili", en: "Year of admission")
    public static let certInstitution = Phrase(az: "Təhsil müəssisəsinin adı", en: "Name of the institution")
    public static let certFunding = Phrase(az: "Təhsilin ödənilməsi", en: "Education paid by")
    public static let certDegree = Phrase(az: "Təhsil pilləsi (təhsil müddəti)", en: "Education degree (years of study)")
    public static let certMajor = Phrase(az: "İxtisasın kodu və adı", en: "Code and name of the major")
    public static let certEnrollment = Phrase(az: "Qəbul statusu", en: "Enrollment status")
    public static let certState = Phrase(az: "Təhsilin cari vəziyyəti", en: "Current state of education")
    public static let certDiploma = Phrase(az: "Diplomun seriyası və qeydiyyat nömrəsi",
                                           en: "Series and registration number of the diploma")
    public static let certDiplomaDate = Phrase(az: "Diplomun verilmə tarixi", en: "Date of issue of the diploma")
    public static let certDiplomaLevel = Phrase(az: "Diplomun növü", en: "Level of the diploma")
    public static let certNoDiploma = Phrase(az: "diplom verilməyib", en: "no diploma issued")
    public static let certCode = Phrase(az: "Yoxlama kodu", en: "Verification code")
    public static let certIssued = Phrase(az: "Verilib", en: "Issued")
    public static let certIssuedBy = Phrase(az: "Verən", en: "Issued by")
    public static func certCheckHint(_ code: String) -> Phrase {
        Phrase(az: "Arayışı yoxlamaq üçün: sts verify \(code)", en: "To check this certificate: sts verify \(code)")
    }
    public static let certPreview = Phrase(az: "Önbaxış (hələ verilməyib)", en: "Preview (not issued yet)")

    public static func certFundingValue(_ funding: Funding) -> Phrase {
        switch funding {
        case .state: return Phrase(az: "dövlət hesabına", en: "by the state")
        case .paid: return Phrase(az: "ödənişli (dövlət hesabına deyil)", en: "paid (not by the state)")
        }
    }

    public static func noRecordsForPIN(_ pin: String) -> Phrase {
        Phrase(az: "\(pin) FİN-i üzrə reyestrdə qeyd yoxdur. Qeyd 2008-dən əvvəlki ola bilər: ad ilə axtarın və ya "
                   + "təhsil müəssisəsinə \"Əks əlaqə\" sorğusu göndərin (sts inquiry new).",
               en: "The registry has no record for PIN \(pin). It may be from before 2008: search by name, or file a "
                   + "\"Feedback\" inquiry to the institution (sts inquiry new).")
    }

    // MARK: - Diploma check

    public static let diplomaValid = Phrase(az: "Diplom reyestrdə var və məlumatlar uyğundur",
                                            en: "Valid: the registry holds this diploma")
    public static let diplomaNotFound = Phrase(az: "Bu seriya və nömrə ilə diplom reyestrdə yoxdur",
                                               en: "Not found: the registry has no diploma with this series and number")
    public static func diplomaMismatch(_ parts: [DiplomaCheckResult.NamePart]) -> Phrase {
        Phrase(az: "Uyğunsuzluq: diplom var, amma inisiallar fərqlidir (" + parts.map(\.phrase.az).joined(separator: ", ") + ")",
               en: "Mismatch: the diploma exists but the initials differ (" + parts.map(\.phrase.en).joined(separator: ", ") + ")")
    }

    // MARK: - Purpose

    public static let purposeTitle = Phrase(az: "Axtarışın məqsədi", en: "Purpose of the lookup")
    public static let purposeOtherText = Phrase(az: "Digər məqsəd", en: "Other purpose")
    public static let purposeOtherRequired = Phrase(az: "\"digər\" seçilibsə, məqsədi yazın",
                                                    en: "with \"other\", write the purpose")
}
