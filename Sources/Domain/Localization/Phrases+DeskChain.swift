/// Texts of the admission → registry chain: 3.5 at the order, 3.7.2 recognition, 1.2 on
/// every desk screen, the FİN with the residence document, the diploma, funding, 4.4 payer.
extension Phrases {
    // MARK: - 3.7.2

    static let previousNotRecognised = Phrase(
        az: "əvvəlki təhsil sənədinin leqallaşdırılıb (və ya apostil) Azərbaycanda tanındığı təsdiq edilməyib (3.4.2); 3.7.2 \"qəbul edən ölkənin qanunvericiliyinin tələblərinə cavab verən\" məzunlardan danışır",
        en: "the previous education document is not confirmed as legalised (or apostilled, 3.4.2) and recognised in Azerbaijan; 3.7.2 speaks of graduates \"that meet the requirements stipulated by the laws of the host country\"")

    // MARK: - 3.5

    public static let languageNotDecided = Phrase(
        az: "3.5: dil biliyi üzrə qərar qeyd edilməyib (F4, d)",
        en: "3.5: the language decision has not been recorded (F4, d)")

    public static let languageAssessmentMissing = Phrase(
        az: "3.5: müəssisənin dil biliyi yoxlamasının nəticəsi qeyd edilməyib (F4, e)",
        en: "3.5: the institution's language assessment has not been recorded as passed (F4, e)")

    public static func languageAssessmentFailed(_ assessment: LanguageAssessment) -> Phrase {
        Phrase(az: "3.5: \(assessment.on.dotted) tarixli dil yoxlamasından keçməyib (\(assessment.result))",
               en: "3.5: the language assessment of \(assessment.on.dotted) was not passed (\(assessment.result))")
    }

    public static func languageDecisionOutdated(_ paragraph: String) -> Phrase {
        Phrase(az: "3.5: qeyd edilmiş qərar \(paragraph)-ə əsaslanır, ərizəçinin məlumatı isə dəyişib; qərarı yenidən qeyd edin (F4, d)",
               en: "3.5: the recorded decision rests on \(paragraph) but the applicant's details changed; record the decision again (F4, d)")
    }

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
    public static let deskAssessmentNotNeeded = Phrase(
        az: "qeyd edilmiş qərar yoxlama tələb etmir", en: "the recorded decision does not require the assessment")

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

    // MARK: - 1.2

    public static let outsideRegulations12 = Phrase(
        az: "1.2: Azərbaycanda daimi yaşayır — bu Qaydalar tətbiq edilmir, vətəndaşlar kimi qəbul olunur (3.4 siyahısı, 2.1.1 ödənişi, əlavə müqavilə, 2.2.4, 4.12 və 4.8 tətbiq edilmir)",
        en: "1.2: lives permanently in Azerbaijan — these regulations do not apply; admitted as citizens are (no 3.4 checklist, 2.1.1 payment, appendix contract, 2.2.4, 4.12 or 4.8)")

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
    public static let yearsOfStudyMissing = Phrase(
        az: "proqramın təhsil müddəti göstərilməyib (F2)", en: "the programme's years of study are not given (F2)")
    public static let deskAdmitForm = Phrase(az: "Qəbul əmri", en: "Admission order")

    // MARK: - 4.4

    public static let deskPayer = Phrase(az: "Ödəyən", en: "Payer")
    public static let deskPayerHint = Phrase(az: "4.4, 4.6: ödəyən hüquqi şəxs və ya proqram", en: "4.4, 4.6: paying legal entity or programme")

    static func programmePays(_ payer: String) -> Phrase {
        Phrase(az: "təhsil haqqını proqram/təqaüd ödəyir: \(payer) (4.4); qəbuldan əvvəl tələbədən ödəniş tələb olunmur",
               en: "the fee is paid by the programme or scholarship: \(payer) (4.4); nothing is due from the student before the order")
    }

    public static let payerNeededForZeroFee = Phrase(
        az: "illik haqq 0 yalnız 3.1.2/3.1.3 əsasında, ödəyən göstərildikdə ola bilər (4.4)",
        en: "an annual fee of 0 is only for 3.1.2/3.1.3 with the payer named (4.4)")
}

extension Phrases {
    public static func deskNoSuchApplicant(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli ərizəçi yoxdur", en: "there is no applicant number \(id)")
    }

    public static let deskNotAdmittedYet = Phrase(
        az: "ərizəçi hələ qəbul olunmayıb (qəbul əmri F5)", en: "the applicant has not been admitted yet (the order is F5)")

    public static let deskNoRegistryRecord = Phrase(
        az: "tələbənin reyestr qeydi yoxdur (4.11)", en: "the student has no registry record (4.11)")
}

extension Phrases {
    static func contractPayer(_ payer: String) -> Phrase {
        Phrase(az: "Bu Müqavilə üzrə təhsil haqqını \(payer) ödəyir (Qaydaların 4.4 və 4.6-cı bəndləri).",
               en: "The tuition fee under this Contract is paid by \(payer) (paragraphs 4.4 and 4.6 of the Regulations).")
    }

    static let contractPayerSignature = Phrase(az: "Təhsil haqqını ödəyən", en: "Paying party")
}

extension Phrases {
    public static func deskFundingHint(_ basis: AdmissionBasis) -> Phrase {
        Phrase(az: "arayışda (000); \(basis.paragraph) üzrə təklif", en: "on the certificate (000); offered for \(basis.paragraph)")
    }
}
