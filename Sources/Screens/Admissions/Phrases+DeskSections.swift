import Domain

/// Texts of the desk's sections: documents (3.4), language (3.5–3.7), payment and
/// admission (2.1.1, 2.2.4), contract (appendix).
extension Phrases {
    // MARK: - Documents

    public static let deskReceive = Phrase(az: "Qəbul et", en: "Receive")
    public static let deskRemove = Phrase(az: "Sil", en: "Remove")
    public static let deskHelpReceive = Phrase(az: "sənədi qəbul et və ya təfərrüatını dəyiş", en: "receive a document or change its details")
    public static let deskHelpRemove = Phrase(az: "seçilmiş sənədi sil", en: "remove the selected document")
    public static let deskReceivedOn = Phrase(az: "Qəbul tarixi", en: "Received on")
    public static let deskReceivedInFuture = Phrase(az: "tarix gələcəkdədir", en: "the date is in the future")
    public static let deskSubjectsAndMarks = Phrase(az: "Fənlər və qiymətlər var", en: "Lists subjects and marks")
    public static let deskIssuedInAzerbaijan = Phrase(az: "Azərbaycanda verilib", en: "Issued in Azerbaijan")
    public static let deskInAzerbaijani = Phrase(az: "Azərbaycan dilindədir", en: "Written in Azerbaijani")
    public static let deskAuthentication = Phrase(az: "Leqallaşdırma / apostil", en: "Legalisation / apostille")
    public static func deskAuthenticationKind(_ kind: EducationDocument.Authentication) -> Phrase {
        switch kind {
        case .none: return Phrase(az: "yoxdur", en: "none")
        case .legalised: return Phrase(az: "leqallaşdırılıb", en: "legalised")
        case .apostille: return Phrase(az: "apostil", en: "apostille")
        }
    }
    public static let deskTranslation = Phrase(az: "Azərbaycan dilinə tərcümə", en: "Azerbaijani translation")
    public static func deskTranslationKind(_ kind: EducationDocument.Translation) -> Phrase {
        switch kind {
        case .none: return Phrase(az: "yoxdur", en: "none")
        case .notNotarised: return Phrase(az: "notarial deyil", en: "not notarised")
        case .notarised: return Phrase(az: "notarial təsdiqli", en: "notarised")
        }
    }
    // 3.4.3 "certificate about not carrying viruses of AIDS, Hepatitis B and C": each box says
    // whether the health certificate covers that virus (issue 15: "covers HIV (AIDS): no").
    public static let deskHIV = Phrase(az: "İİV (QİÇS) daxildir", en: "Covers HIV (AIDS)")
    public static let deskHepB = Phrase(az: "Hepatit B daxildir", en: "Covers hepatitis B")
    public static let deskHepC = Phrase(az: "Hepatit C daxildir", en: "Covers hepatitis C")
    public static let deskDocumentKind = Phrase(az: "Sənədin növü", en: "Kind of document")
    public static let deskDocumentNumber = Phrase(az: "Nömrə", en: "Number")
    public static let deskValidUntil = Phrase(az: "Etibarlıdır", en: "Valid until")
    public static let deskPhotoCount = Phrase(az: "Fotoşəkillərin sayı", en: "Number of photos")
    public static let deskPhotoCountBad = Phrase(az: "0–99 arasında say", en: "a number from 0 to 99")
    public static let deskNote = Phrase(az: "Qeyd", en: "Note")
    public static func deskDocumentSaved(_ paragraph: String) -> Phrase {
        Phrase(az: "\(paragraph) sənədi yadda saxlanıldı.", en: "Document \(paragraph) saved.")
    }
    public static let deskChecklistComplete = Phrase(az: "Bütün sənədlər tamdır (3.4).", en: "All documents are complete (3.4).")
    public static let deskMissing = Phrase(az: "Çatışmır:", en: "Missing:")

    // MARK: - Language

    public static let deskAddTest = Phrase(az: "Nəticə əlavə et", en: "Add result")
    public static let deskHelpAddTest = Phrase(az: "dil imtahanının nəticəsini əlavə et (qərar yazdıqca yenilənir)",
                                               en: "add a language test result (the decision updates as you type)")
    public static let deskTest = Phrase(az: "İmtahan", en: "Test")
    public static func deskTestName(_ test: LanguageTest) -> Phrase {
        switch test {
        case .ielts: return Phrase(az: "IELTS", en: "IELTS")
        case .toeflIBT: return Phrase(az: "TOEFL iBT", en: "TOEFL iBT")
        case .toeflBand: return Phrase(az: "TOEFL 1–6", en: "TOEFL 1–6")
        }
    }
    public static let deskScore = Phrase(az: "Bal", en: "Score")
    public static let deskTakenOn = Phrase(az: "Tarix", en: "Taken on")
    public static let deskTakenInFuture = Phrase(az: "tarix gələcəkdədir", en: "the date is in the future")
    public static let deskCertificateNumber = Phrase(az: "Sertifikat nömrəsi", en: "Certificate number")
    public static let deskTestSaved = Phrase(az: "Nəticə yadda saxlanıldı.", en: "Result saved.")
    public static let deskTestsTitle = Phrase(az: "Dil imtahanları (3.6)", en: "Language tests (3.6)")
    public static let deskNoTests = Phrase(az: "Nəticə yoxdur. a — əlavə et.", en: "No results. a — add one.")
    public static let deskWithTypedTest = Phrase(az: "Yazılan nəticə ilə:", en: "With the result typed:")

    // MARK: - Payment and admission

    public static let deskFee = Phrase(az: "Haqq", en: "Fee")
    public static let deskPayment = Phrase(az: "Ödəniş", en: "Payment")
    public static let deskAdmit = Phrase(az: "Qəbul et", en: "Admit")
    public static let deskHelpFee = Phrase(az: "illik təhsil haqqı və müqavilə məlumatları", en: "annual fee and contract details")
    public static let deskHelpPayment = Phrase(az: "ödəniş əlavə et", en: "add a payment")
    public static let deskHelpAdmit = Phrase(az: "qəbul əmri (2.1.1 icazə verəndə)", en: "admission order (when 2.1.1 allows it)")
    public static let deskAnnualFee = Phrase(az: "İllik təhsil haqqı", en: "Annual fee")
    public static let deskFeeNotSet = Phrase(az: "təyin edilməyib (f)", en: "not set (f)")
    public static let deskPaymentDueDay = Phrase(az: "İllik ödəniş günü", en: "Yearly payment day")
    public static let deskContractNumber = Phrase(az: "Müqavilə nömrəsi", en: "Contract number")
    public static let deskContractCity = Phrase(az: "Şəhər", en: "City")
    public static let deskStudentAddress = Phrase(az: "Tələbənin ünvanı", en: "Student's address")
    public static let deskAmount = Phrase(az: "Məbləğ", en: "Amount")
    public static let deskPaidOn = Phrase(az: "Ödəniş tarixi", en: "Paid on")
    public static let deskAcademicYear = Phrase(az: "Tədris ili", en: "Academic year")
    public static let deskReference = Phrase(az: "Qəbz", en: "Reference")
    public static let deskAmountBad = Phrase(az: "məbləğ manatla, məs. 3500 və ya 3500.50", en: "an amount in manat, e.g. 3500 or 3500.50")
    public static let deskDayOfYearBad = Phrase(az: "gün və ay GG.AA, məs. 15.09", en: "day and month DD.MM, e.g. 15.09")
    public static let deskPaidInFuture = Phrase(az: "ödəniş tarixi gələcəkdədir", en: "the payment date is in the future")
    public static let deskYearBad = Phrase(az: "il, məs. 2026", en: "a year, e.g. 2026")
    public static func deskFeeSaved(_ fee: Money) -> Phrase {
        Phrase(az: "İllik haqq \(fee.withCurrency) yadda saxlanıldı.", en: "Annual fee \(fee.withCurrency) saved.")
    }
    public static func deskPaymentSaved(_ amount: Money) -> Phrase {
        Phrase(az: "Ödəniş \(amount.withCurrency) yadda saxlanıldı.", en: "Payment of \(amount.withCurrency) saved.")
    }
    public static func deskContractLine(number: String, day: String) -> Phrase {
        Phrase(az: "Müqavilə \(number); hər il \(day) tarixinədək ödənilir (2.2.2)", en: "Contract \(number); paid each year by \(day) (2.2.2)")
    }
    public static let deskPaymentsTitle = Phrase(az: "Ödənişlər", en: "Payments")
    public static let deskNoPayments = Phrase(az: "Ödəniş yoxdur. p — əlavə et.", en: "No payments. p — add one.")
    public static let deskAdmitAllowed = Phrase(az: "Qəbul əmri verilə bilər: a.", en: "The admission order may be issued: a.")
    public static func deskAdmitQuestion(on date: CivilDate, residenceDue: CivilDate) -> Phrase {
        Phrase(az: "Qəbul əmri \(date.dotted) tarixi ilə verilsin? Yaşayış sənədi \(residenceDue.dotted) tarixinədək (2.2.4); tələbə reyestrə daxil ediləcək (4.11).",
               en: "Issue the admission order dated \(date.dotted)? The residence document is due by \(residenceDue.dotted) (2.2.4); the student goes into the registry (4.11).")
    }
    public static func deskAdmitted(on date: CivilDate, residenceDue: CivilDate) -> Phrase {
        Phrase(az: "Qəbul olunub: \(date.dotted). Yaşayış sənədi \(residenceDue.dotted) tarixinədək (2.2.4). Reyestrdədir (4.11).",
               en: "Admitted on \(date.dotted). Residence document due by \(residenceDue.dotted) (2.2.4). In the registry (4.11).")
    }

    public static let deskHelpRefuse = Phrase(az: "ərizəni rədd et (səbəb ilə; 3.5)", en: "refuse the application (with the reason; 3.5)")
    public static let deskHelpWithdraw = Phrase(az: "ərizəçi ərizəni geri götürüb", en: "the applicant withdrew")
    public static let deskDecisionReason = Phrase(az: "Səbəb", en: "Reason")
    public static func deskStateChanged(_ state: ApplicantState) -> Phrase {
        Phrase(az: "Vəziyyət: \(deskState(state).az).", en: "State: \(deskState(state).en).")
    }

    // MARK: - Contract

    public static let deskContractLanguage = Phrase(az: "Dil", en: "Language")
    public static let deskExportText = Phrase(az: "Mətn", en: "Text")
    public static let deskExportHTML = Phrase(az: "HTML", en: "HTML")
    public static let deskHelpScroll = Phrase(az: "sürüşdür", en: "scroll")
    public static let deskHelpContractLanguage = Phrase(az: "müqavilənin dili: Azərbaycan / ingilis", en: "contract language: Azerbaijani / English")
    public static let deskHelpExportText = Phrase(az: "mətn faylına yaz", en: "export as text")
    public static let deskHelpExportHTML = Phrase(az: "çap üçün HTML faylına yaz", en: "export as printable HTML")
    public static let deskContractNeedsFee = Phrase(az: "Müqavilə üçün əvvəlcə illik haqqı təyin edin (F5, f).",
                                                    en: "Set the annual fee first (F5, then f) to fill the contract.")
    public static func deskContractPreview(_ language: Language) -> Phrase {
        let name = language == .az ? "Azərbaycan dilində" : "ingilis dilində"
        let nameEn = language == .az ? "in Azerbaijani" : "in English"
        return Phrase(az: "Müqavilə \(name) · l dil · t mətn · h HTML", en: "Contract \(nameEn) · l language · t text · h HTML")
    }
    public static func deskExported(_ path: String) -> Phrase {
        Phrase(az: "Yazıldı: \(path)", en: "Written: \(path)")
    }
    public static func deskExportFailed(_ why: String) -> Phrase {
        Phrase(az: "Fayl yazılmadı: \(why)", en: "Could not write the file: \(why)")
    }
}
