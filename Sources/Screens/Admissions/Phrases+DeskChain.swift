import Domain

/// Texts of the admission → registry chain: 3.5 at the order, 3.7.2 recognition, 1.2 on
/// every desk screen, the FİN with the residence document, the diploma, funding, 4.4 payer.
extension Phrases {
    public static let deskRecordDecision = Phrase(az: "qərarı qeyd et", en: "record decision")
    public static let deskHelpRecordDecision = Phrase(
        az: "bugünkü qərarı qeyd et: əmr onu istifadə edir, sonra yenidən hesablanmır (3.5)",
        en: "record today's decision: the order uses it, it is not worked out again later (3.5)")
    public static let deskRecordAssessment = Phrase(az: "yoxlama", en: "assessment")
    public static let deskHelpRecordAssessment = Phrase(
        az: "müəssisənin dil yoxlaması: tarix, nəticə, keçdi, kim (3.5)",
        en: "the institution's language assessment: date, result, passed, who (3.5)")
    public static let deskAssessmentDate = Phrase(az: "Yoxlama tarixi", en: "Assessment date")
    public static let deskAssessmentResult = Phrase(az: "Nəticə", en: "Result")
    public static let deskAssessmentPassed = Phrase(az: "Keçdi", en: "Passed")
    public static let deskAssessor = Phrase(az: "Kim yoxladı", en: "Assessed by")
    public static func deskDecisionRecorded(_ record: LanguageRecord) -> Phrase {
        Phrase(az: "Qərar qeyd edildi: \(record.paragraph.rawValue) — \(record.outcome.phrase.az) (\(record.decidedOn.dotted))",
               en: "Decision recorded: \(record.paragraph.rawValue) — \(record.outcome.phrase.en) (\(record.decidedOn.dotted))")
    }

    public static func deskRecordedDecision(_ record: LanguageRecord) -> Phrase {
        var az = "Qeyd edilmiş qərar (\(record.decidedOn.dotted), \(record.recordedBy)): \(record.paragraph.rawValue) — \(record.outcome.phrase.az)"
        var en = "Recorded decision (\(record.decidedOn.dotted), \(record.recordedBy)): \(record.paragraph.rawValue) — \(record.outcome.phrase.en)"
        if let a = record.assessment {
            az += "; yoxlama \(a.on.dotted): \(a.result), \(a.passed ? "keçdi" : "keçmədi"), \(a.assessor)"
            en += "; assessment \(a.on.dotted): \(a.result), \(a.passed ? "passed" : "not passed"), \(a.assessor)"
        }
        return Phrase(az: az, en: en)
    }

    public static let deskNoRecordedDecision = Phrase(
        az: "Qərar hələ qeyd edilməyib (d): əmr üçün lazımdır (3.5)",
        en: "No decision recorded yet (d): the order needs one (3.5)")

    public static let deskPreviousRecognised = Phrase(az: "AZ-da tanınıb", en: "Recognised in AZ")

    public static let contractNotUnder12 = Phrase(
        az: "1.2: Azərbaycanda daimi yaşayan üçün bu Qaydaların əlavəsindəki müqavilə bağlanmır",
        en: "1.2: the contract of these regulations' appendix is not made with a permanent resident of Azerbaijan")

    // MARK: - FİN, diploma, funding

    public static let deskResidencePIN = Phrase(az: "FİN (yaşayış icazəsi)", en: "PIN (residence permit)")
    public static let deskPINHint = Phrase(az: "7 simvol; reyestr qeydinə yazılır", en: "7 characters; goes to the registry record")
    public static let deskNoPIN = Phrase(az: "yoxdur", en: "no PIN")
    public static let deskColumnPIN = Phrase(az: "FİN", en: "PIN")

    public static func deskResidenceSavedWithPIN(number: String, on date: CivilDate, pin: String) -> Phrase {
        Phrase(az: "Yaşayış sənədi \(number) (\(date.dotted)) və FİN \(pin) qeyd edildi; reyestr qeydi FİN ilə tapılır",
               en: "Residence document \(number) (\(date.dotted)) and PIN \(pin) saved; the registry record is found by PIN")
    }

    public static let deskDiplomaDate = Phrase(az: "Diplomun verilmə tarixi", en: "Diploma issue date")
    public static let deskDiplomaLevel = Phrase(az: "Diplomun dərəcəsi", en: "Diploma level")
    public static let diplomaFieldsNeeded = Phrase(
        az: "məzun olmaq üçün diplomun seriyası, nömrəsi və verilmə tarixi lazımdır (4.9)",
        en: "graduation needs the diploma's series, number and issue date (4.9)")

    public static let deskFunding = Phrase(az: "Maliyyələşmə", en: "Funding")
    public static let deskYearsOfStudy = Phrase(az: "Təhsil müddəti (il)", en: "Years of study")
    public static func deskYearsOfStudyBad(_ text: String) -> Phrase {
        Phrase(az: "\"\(text)\" təhsil müddəti deyil (1–8 il)", en: "\"\(text)\" is not a number of years (1–8)")
    }
    public static let deskAdmitForm = Phrase(az: "Qəbul əmri", en: "Admission order")

    // MARK: - 4.4

    public static let deskPayer = Phrase(az: "Ödəyən", en: "Payer")
    public static let deskPayerHint = Phrase(az: "4.4, 4.6: ödəyən hüquqi şəxs və ya proqram", en: "4.4, 4.6: paying legal entity or programme")

    public static let payerNeededForZeroFee = Phrase(
        az: "illik haqq 0 yalnız 3.1.2/3.1.3 əsasında, ödəyən göstərildikdə ola bilər (4.4)",
        en: "an annual fee of 0 is only for 3.1.2/3.1.3 with the payer named (4.4)")
}

extension Phrases {
    public static func deskFundingHint(_ basis: AdmissionBasis) -> Phrase {
        Phrase(az: "arayışda (000); \(basis.paragraph) üzrə təklif", en: "on the certificate (000); offered for \(basis.paragraph)")
    }
}
