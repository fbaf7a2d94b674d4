/// Texts of the admission → registry chain: 3.5 at the order, 3.7.2 recognition, 1.2 on
/// every desk screen, the FİN with the residence document, the diploma, funding, 4.4 payer.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admissions/Phrases+DeskChain.swift (issue 14).
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

    public static let deskAssessmentNotNeeded = Phrase(
        az: "qeyd edilmiş qərar yoxlama tələb etmir", en: "the recorded decision does not require the assessment")

    // MARK: - 1.2

    public static let outsideRegulations12 = Phrase(
        az: "1.2: Azərbaycanda daimi yaşayır — bu Qaydalar tətbiq edilmir, vətəndaşlar kimi qəbul olunur (3.4 siyahısı, 2.1.1 ödənişi, əlavə müqavilə, 2.2.4, 4.12 və 4.8 tətbiq edilmir)",
        en: "1.2: lives permanently in Azerbaijan — these regulations do not apply; admitted as citizens are (no 3.4 checklist, 2.1.1 payment, appendix contract, 2.2.4, 4.12 or 4.8)")

    public static let yearsOfStudyMissing = Phrase(
        az: "proqramın təhsil müddəti göstərilməyib (F2)", en: "the programme's years of study are not given (F2)")
    static func programmePays(_ payer: String) -> Phrase {
        Phrase(az: "təhsil haqqını proqram/təqaüd ödəyir: \(payer) (4.4); qəbuldan əvvəl tələbədən ödəniş tələb olunmur",
               en: "the fee is paid by the programme or scholarship: \(payer) (4.4); nothing is due from the student before the order")
    }
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
