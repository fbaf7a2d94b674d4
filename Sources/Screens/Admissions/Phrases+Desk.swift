import Domain

/// Texts of the admissions desk: the applicants list, the workspace and its form.
extension Phrases {
    public static let areaApplicants = Phrase(az: "Ərizəçilər", en: "Applicants")

    // MARK: - List

    public static let deskOpen = Phrase(az: "Aç", en: "Open")
    public static let deskNew = Phrase(az: "Yeni", en: "New")
    public static let deskFilter = Phrase(az: "Süzgəc", en: "Filter")
    public static let deskAll = Phrase(az: "hamısı", en: "all")
    public static let deskStateFilter = Phrase(az: "Vəziyyət", en: "State")
    public static let deskSearchPrompt = Phrase(az: "Ad, soyad və ya pasport:", en: "Name or passport:")
    public static let deskCitizenshipPrompt = Phrase(az: "Vətəndaşlıq (2 hərf):", en: "Citizenship (2 letters):")
    public static let deskColumnCountry = Phrase(az: "Ölk", en: "Ctz")
    public static let deskColumnLacks = Phrase(az: "Çatışmır", en: "Still lacks")
    public static let deskColumnEntered = Phrase(az: "Daxil edilib", en: "Entered")
    public static let deskNoApplicants = Phrase(az: "Bu süzgəcə uyğun ərizəçi yoxdur. Yeni ərizəçi üçün n.",
                                                en: "No applicants match. Press n for a new applicant.")
    public static let deskNoCaller = Phrase(az: "Bu istifadəçi sistemdə qeydiyyatda deyil; administratora müraciət edin.",
                                            en: "This login is not a user of the system; ask the administrator.")
    public static func deskSortedBy(_ order: ApplicantOrderName) -> Phrase {
        order == .name ? Phrase(az: "ada görə", en: "by name") : Phrase(az: "tarixə görə", en: "by date")
    }

    public static let deskHelpOpen = Phrase(az: "ərizəçini aç (anket, sənədlər, dil, ödəniş, müqavilə)",
                                            en: "open the applicant (form, documents, language, payment, contract)")
    public static let deskHelpNew = Phrase(az: "yeni ərizəçi", en: "new applicant")
    public static let deskHelpFilterState = Phrase(az: "vəziyyətə görə süzgəc (növbəti)", en: "filter by state (next)")
    public static let deskHelpFilterLevel = Phrase(az: "səviyyəyə görə süzgəc (növbəti)", en: "filter by level (next)")
    public static let deskHelpFilterCitizenship = Phrase(az: "vətəndaşlığa görə süzgəc", en: "filter by citizenship")
    public static let deskHelpSearch = Phrase(az: "ad, soyad və ya pasport nömrəsi ilə axtarış", en: "search by name or passport")
    public static let deskHelpSort = Phrase(az: "ada / tarixə görə sırala", en: "sort by name / by date")
    public static let deskHelpClear = Phrase(az: "süzgəcləri təmizlə", en: "clear the filters")

    // MARK: - Workspace

    public static let deskSectionForm = Phrase(az: "Anket", en: "Form")
    public static let deskSectionDocuments = Phrase(az: "Sənədlər", en: "Documents")
    public static let deskSectionLanguage = Phrase(az: "Dil", en: "Language")
    public static let deskSectionPayment = Phrase(az: "Ödəniş", en: "Payment")
    public static let deskSectionContract = Phrase(az: "Müqavilə", en: "Contract")
    public static let deskNewApplicant = Phrase(az: "Yeni ərizəçi", en: "New applicant")
    public static let deskSave = Phrase(az: "Yadda saxla", en: "Save")
    public static let deskBack = Phrase(az: "Geri", en: "Back")
    public static let deskCancel = Phrase(az: "İmtina", en: "Cancel")
    public static let deskYes = Phrase(az: "bəli", en: "yes")
    public static let deskNo = Phrase(az: "xeyr", en: "no")
    public static let deskSaved = Phrase(az: "Yadda saxlanıldı.", en: "Saved.")
    public static func deskAdded(_ id: Int64) -> Phrase {
        Phrase(az: "Ərizəçi № \(id) yadda saxlanıldı. F3 sənədlər.", en: "Applicant № \(id) saved. F3 for documents.")
    }
    public static let deskSaveFirst = Phrase(az: "Əvvəlcə anketi yadda saxlayın (Enter).", en: "Save the form first (Enter).")
    public static func deskSaveRefused(field: String, why: String) -> Phrase {
        Phrase(az: "Yadda saxlanılmadı — \(field): \(why)", en: "Not saved — \(field): \(why)")
    }
    public static let deskHelpSections = Phrase(az: "anket, sənədlər, dil, ödəniş və qəbul, müqavilə",
                                                en: "form, documents, language, payment and admission, contract")
    public static let deskHelpBack = Phrase(az: "siyahıya qayıt", en: "back to the list")
    public static let deskHelpFields = Phrase(az: "sahələr arasında keçid (çıxanda yoxlanılır)", en: "move between fields (checked as you leave)")
    public static let deskHelpChoice = Phrase(az: "seçimi dəyiş", en: "change a choice")
    public static let deskHelpSave = Phrase(az: "yadda saxla", en: "save")
    public static let deskUnsavedTitle = Phrase(az: "Yadda saxlanılmayıb", en: "Not saved")
    public static let deskUnsavedQuestion = Phrase(az: "Anketdə yadda saxlanılmamış dəyişiklik var.", en: "The form has unsaved changes.")
    public static let deskKeepEditing = Phrase(az: "Redaktəyə qayıt", en: "Keep editing")
    public static let deskDiscard = Phrase(az: "Ləğv et", en: "Discard")

    // MARK: - Conflict and drafts

    public static let deskConflictTitle = Phrase(az: "Başqası dəyişib", en: "Changed by someone else")
    public static let deskReload = Phrase(az: "Yenidən yüklə", en: "Reload")
    public static let deskReviewBoth = Phrase(az: "Hər ikisinə bax", en: "Review both")
    public static let deskOverwrite = Phrase(az: "Mənimkini yaz", en: "Save mine")
    public static let deskReloaded = Phrase(az: "Saxlanılmış versiya yükləndi.", en: "The stored version was loaded.")
    public static let deskReviewTitle = Phrase(az: "İki versiya", en: "Both versions")
    public static let deskReviewField = Phrase(az: "Sahə", en: "Field")
    public static let deskReviewMine = Phrase(az: "Sizinki (yazılmayıb)", en: "Yours (not saved)")
    public static let deskReviewTheirs = Phrase(az: "Saxlanılmış", en: "Stored")
    public static let deskReviewSame = Phrase(az: "Sahələr eynidir; yalnız vəziyyət dəyişib.", en: "The fields are the same; only the state changed.")
    public static let deskReviewKeys = Phrase(az: "r — saxlanılmışı yüklə · o — sizinkini üstünə yaz · Esc — redaktəyə qayıt",
                                              en: "r — load stored · o — save yours over it · Esc — keep editing")
    public static let deskReviewNeedsValidForm = Phrase(az: "Müqayisə üçün anketdəki səhvləri düzəldin.",
                                                        en: "Correct the form's errors to compare the versions.")
    public static func deskChangedElsewhere(by login: String, at time: String) -> Phrase {
        let when = LocalTime.shown(time)
        return Phrase(az: "\(login) bu ərizəçini \(when) tarixində dəyişib; yadda saxlamaq rədd ediləcək",
                      en: "\(login) changed this applicant at \(when); your save will be refused")
    }
    public static let deskDraftTitle = Phrase(az: "Yadda saxlanılmamış anket", en: "Unsaved form")
    public static func deskDraftOffer(who: String, savedAt: String) -> Phrase {
        let when = LocalTime.shown(savedAt)
        return Phrase(az: "Əvvəlki sessiya \(when) tarixində kəsiləndə anket (\(who)) yadda saxlanılmamışdı. Bərpa edilsin?",
                      en: "Your previous session ended at \(when) with an unsaved form (\(who)). Restore it?")
    }
    public static let deskRestore = Phrase(az: "Bərpa et", en: "Restore")
    public static func deskDraftNotKept(_ why: String) -> Phrase {
        Phrase(az: "Anket qaralama kimi saxlanılmadı; Enter ilə yadda saxlayın. (\(why))",
               en: "The form was not kept as a draft; press Enter to save it. (\(why))")
    }
    public static let deskDraftRestored = Phrase(az: "Qaralama bərpa edildi; yoxlayıb Enter ilə yadda saxlayın.",
                                                 en: "Draft restored; check it and press Enter to save.")

    // MARK: - Form fields

    public static let deskSurname = Phrase(az: "Soyad", en: "Surname")
    public static let deskName = Phrase(az: "Ad", en: "Name")
    public static let deskFatherName = Phrase(az: "Ata adı", en: "Father's name")
    public static let deskOptional = Phrase(az: "istəyə görə", en: "optional")
    public static let deskBirthDate = Phrase(az: "Doğum tarixi", en: "Birth date")
    public static let deskPassportExpiry = Phrase(az: "Pasport etibarlıdır", en: "Passport valid until")
    public static let deskPreviousLevel = Phrase(az: "Əvvəlki təhsil", en: "Previous education")
    public static let deskPreviousCountry = Phrase(az: "Əvvəlki: ölkə", en: "Previous: country")
    public static let deskPreviousInstitution = Phrase(az: "Əvvəlki: müəssisə", en: "Previous: institution")
    public static let deskPreviousLanguage = Phrase(az: "Əvvəlki: təhsil dili", en: "Previous: language")
    public static let deskCompletedInAzerbaijan = Phrase(az: "Azərbaycanda bitirib", en: "Completed in Azerbaijan")
    public static let deskNextLevel = Phrase(az: "Növbəti səviyyədir", en: "Next level or stage")
    public static let deskPermanentResident = Phrase(az: "Daimi yaşayır", en: "Permanent resident")
    public static let deskContact = Phrase(az: "Əlaqə", en: "Contact")
    public static let deskDateHint = Phrase(az: "GG.AA.İİİİ", en: "DD.MM.YYYY")

    public static let deskNoDigitsInNames = Phrase(az: "adda rəqəm ola bilməz", en: "a name has no digits")
    public static func deskCountryCode(_ value: String) -> Phrase {
        Phrase(az: "\"\(value)\" ölkə kodu deyil (ISO 3166, məs. TR, RU)", en: "\"\(value)\" is not a country code (ISO 3166, e.g. TR, RU)")
    }
    public static func deskLanguageCode(_ value: String) -> Phrase {
        Phrase(az: "\"\(value)\" dil kodu deyil (ISO 639-1, məs. az, en)", en: "\"\(value)\" is not a language code (ISO 639-1, e.g. az, en)")
    }
    public static func deskBadDate(_ value: String) -> Phrase {
        Phrase(az: "\"\(value)\" tarix deyil (GG.AA.İİİİ və ya İİİİ-AA-GG)", en: "\"\(value)\" is not a date (DD.MM.YYYY or YYYY-MM-DD)")
    }
    public static let deskBirthInFuture = Phrase(az: "doğum tarixi gələcəkdədir", en: "the birth date is in the future")
    public static let deskTooYoung = Phrase(az: "ərizəçi 14 yaşından kiçikdir", en: "the applicant is younger than 14")
    public static func deskPassportExpired(_ date: CivilDate) -> Phrase {
        Phrase(az: "pasportun müddəti \(date.dotted) bitib (3.4.4)", en: "the passport expired on \(date.dotted) (3.4.4)")
    }
    public static let deskPassportFormat = Phrase(az: "ən azı 5 latın hərfi və ya rəqəm", en: "at least 5 Latin letters or digits")
    public static func deskUnknownMajor(_ value: String) -> Phrase {
        Phrase(az: "\"\(value)\" ixtisas kodu tapılmadı", en: "no major has the code \"\(value)\"")
    }
}
