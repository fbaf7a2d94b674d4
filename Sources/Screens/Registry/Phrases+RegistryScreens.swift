import Domain

/// Texts of the registry screens: PIN lookup, name search, diploma check, inquiries.
extension Phrases {
    public static let areaPIN = Phrase(az: "FİN", en: "PIN")
    public static let areaNames = Phrase(az: "Adlar", en: "Names")
    public static let areaDiploma = Phrase(az: "Diplom", en: "Diploma")
    public static let areaInquiries = Phrase(az: "Sorğular", en: "Inquiries")

    // MARK: - PIN lookup
    public static let purposeLabel = Phrase(az: "Məqsəd:", en: "Purpose:")
    public static let purposeChoose = Phrase(az: "Axtarışın məqsədini seçin (←/→), Enter ilə təsdiqləyin",
                                             en: "Choose the purpose of the lookup (←/→), Enter to confirm")
    public static let purposeChanged = Phrase(az: "Məqsəd audit qeydinə yazılacaq", en: "The purpose goes into the audit record")
    public static let pinPrompt = Phrase(az: "FİN", en: "PIN")
    public static let pinHint = Phrase(az: "7 simvol, Enter axtarır", en: "7 characters, Enter searches")
    public static func personHeader(_ name: String, born: String, pin: String, count: Int) -> Phrase {
        Phrase(az: "\(name) · doğum \(born) · FİN \(pin) · \(count) qeyd",
               en: "\(name) · born \(born) · PIN \(pin) · \(count) record" + (count == 1 ? "" : "s"))
    }
    public static let colYear = Phrase(az: "Qəbul", en: "Admitted")
    public static let colLevel = Phrase(az: "Pillə", en: "Level")
    public static let colMajor = Phrase(az: "İxtisas", en: "Major")
    public static let colDiploma = Phrase(az: "Diplom", en: "Diploma")
    public static let certificateIssued = Phrase(az: "Arayış verildi, kod:", en: "Certificate issued, code:")
    public static let exportTitle = Phrase(az: "Arayışı fayla yaz", en: "Export the certificate")
    public static let exportFormat = Phrase(az: "Format", en: "Format")
    public static let exportFile = Phrase(az: "Fayl", en: "File")
    public static let exportFormatHTML = Phrase(az: "HTML (çap üçün)", en: "HTML (printable)")
    public static let exportFormatText = Phrase(az: "mətn", en: "plain text")
    public static func exportWritten(_ path: String) -> Phrase {
        Phrase(az: "Yazıldı: \(path)", en: "Written to \(path)")
    }
    public static func exportFailed(_ detail: String) -> Phrase {
        Phrase(az: "Fayl yazılmadı: \(detail)", en: "Could not write the file: \(detail)")
    }
    public static let keyNewPIN = Phrase(az: "yeni FİN", en: "new PIN")
    public static let keyPurpose = Phrase(az: "məqsəd", en: "purpose")
    public static let keyPreview = Phrase(az: "arayış", en: "certificate")
    public static let keyIssue = Phrase(az: "ver", en: "issue")
    public static let keyExport = Phrase(az: "fayla", en: "export")
    public static let keySearch = Phrase(az: "axtar", en: "search")
    public static let keyLeaveField = Phrase(az: "sahədən çıx", en: "leave field")
    public static let keyEditForm = Phrase(az: "sahələrə qayıt", en: "back to the fields")
    public static let helpPurpose = Phrase(az: "məqsədi dəyiş (audit qeydinə yazılır)",
                                           en: "change the purpose (it goes into the audit)")
    public static let helpNewPIN = Phrase(az: "başqa FİN yaz", en: "type another PIN")
    public static let helpPreview = Phrase(az: "arayışın önbaxışı (açmaq / bağlamaq)", en: "certificate preview (open / close)")
    public static let helpIssue = Phrase(az: "arayışı ver (əvvəlcə soruşur: Enter / Esc)",
                                         en: "issue the certificate (asks first: Enter / Esc)")
    public static let helpExport = Phrase(az: "verilmiş arayışı HTML və ya mətn faylına yaz", en: "export the issued certificate as HTML or text")
    public static let helpEnterSearch = Phrase(az: "sahədə: axtar", en: "in a field: search")
    public static let helpEscField = Phrase(az: "sahədən çıx (sonra 1…9 bölmələri dəyişir)",
                                            en: "leave the field (then 1…9 switch areas)")

    // MARK: - Name search
    public static let nameSurname = Phrase(az: "Soyad", en: "Surname")
    public static let nameName = Phrase(az: "Ad", en: "Name")
    public static let nameFather = Phrase(az: "Ata adı", en: "Father's name")
    public static let nameBorn = Phrase(az: "Doğum tarixi", en: "Date of birth")
    public static let dateHint = Phrase(az: "GG.AA.İİİİ", en: "DD.MM.YYYY")
    public static let surnameRequired = Phrase(az: "soyad lazımdır", en: "a surname is needed")
    public static let notADate = Phrase(az: "tarix deyil (GG.AA.İİİİ)", en: "not a date (DD.MM.YYYY)")
    public static let nameNoResults = Phrase(az: "Bu adla qeyd tapılmadı", en: "No records match")
    public static let nameSearchFirst = Phrase(az: "Soyadı yazın və Enter basın", en: "Type a surname and press Enter")

    public static let diplomaInitials = Phrase(az: "İnisiallar (istəyə görə)", en: "Initials (optional)")
    public static let initialsHint = Phrase(az: "soyad, ad, ata adı: MƏƏ", en: "surname, name, father: MƏƏ")
    public static let seriesRequired = Phrase(az: "seriya lazımdır", en: "the series is needed")
    public static let numberRequired = Phrase(az: "nömrə lazımdır", en: "the number is needed")
    public static let keyCheck = Phrase(az: "yoxla", en: "check")
    public static let diplomaAudited = Phrase(az: "Hər yoxlama audit qeydinə yazılır", en: "Every check is audited")

    public static let verifyCode = Phrase(az: "Arayışın yoxlama kodu", en: "Certificate code")
    public static let verifyCodeHint = Phrase(az: "kod sahəsində: arayışı yoxla", en: "in the code field: verify a certificate")
    public static let notACode = Phrase(az: "kod 12 simvoldur: 2–9 rəqəmləri və I, L, O-suz böyük hərflər",
                                        en: "a code has 12 characters: digits 2–9 and capitals without I, L, O")
    public static let codeNotFound = Phrase(az: "Bu kodla arayış verilməyib", en: "No certificate was issued with this code")
    public static func codeIssued(_ code: String, at: String, by: String) -> Phrase {
        let when = LocalTime.shown(at)
        return Phrase(az: "Arayış \(code): \(when) tarixində \(by) tərəfindən verilib",
                      en: "Certificate \(code), issued \(when) by \(by)")
    }
    public static let codeUnchanged = Phrase(az: "Reyestr bu gün də eyni məlumatı verir", en: "The registry still says the same today")
    public static let codeChanged = Phrase(az: "Reyestr artıq fərqli məlumat verir:", en: "The registry now says otherwise:")

    // MARK: - Inquiries
    public static let inquiryFilter = Phrase(az: "Vəziyyət:", en: "State:")
    public static let inquiryAll = Phrase(az: "hamısı", en: "all")
    public static let inquiryEmpty = Phrase(az: "Sorğu yoxdur", en: "No inquiries")
    public static let inquiryHistory = Phrase(az: "Tarixçə", en: "History")
    public static let inquiryNewTitle = Phrase(az: "Yeni \"Əks əlaqə\" sorğusu", en: "New \"Feedback\" inquiry")
    public static let inquirySupplyTitle = Phrase(az: "Qeydi təqdim et", en: "Supply the record")
    public static let inquiryRejectTitle = Phrase(az: "Sorğunu rədd et", en: "Reject the inquiry")
    public static let fieldRequired = Phrase(az: "bu sahə doldurulmalıdır", en: "this field is needed")
    public static let inquirySuppliedRecord = Phrase(az: "Təqdim edilmiş qeyd", en: "Supplied record")
    /// `when` is the draft's stored time (UTC); it is shown in the server's zone.
    public static func draftRestored(_ stored: String) -> Phrase {
        let when = LocalTime.shown(stored)
        return Phrase(az: "\(when) tarixində yadda saxlanmamış forma bərpa edildi", en: "Restored the unsaved form from \(when)")
    }
    public static let inquiryReason = Phrase(az: "Səbəb", en: "Reason")
    public static let inquiryReasonRequired = Phrase(az: "səbəbi yazın", en: "write the reason")
    public static let inquiryMessage = Phrase(az: "Nə çatışmır", en: "What is missing")
    public static let inquiryInstitution = Phrase(az: "Müəssisə", en: "Institution")
    public static let inquiryYear = Phrase(az: "Qəbul ili", en: "Admission year")
    public static let keyFilter = Phrase(az: "süzgəc", en: "filter")
    public static let keyNew = Phrase(az: "yeni", en: "new")
    public static let keySupply = Phrase(az: "təqdim et", en: "supply")
    public static let keyApprove = Phrase(az: "təsdiqlə", en: "approve")
    public static let keyReject = Phrase(az: "rədd et", en: "reject")
    public static let keySave = Phrase(az: "yadda saxla", en: "save")
    public static let keyCancel = Phrase(az: "ləğv et", en: "cancel")
    public static let helpFilter = Phrase(az: "vəziyyətə görə süzgəc (hamısı, açıq, cavablanmış …)", en: "filter by state (all, open, answered …)")
    public static let helpNewInquiry = Phrase(az: "çatışmayan qeyd haqqında yeni sorğu", en: "file a new inquiry about a missing record")
    public static let helpSupply = Phrase(az: "müəssisə qeydi təqdim edir", en: "the institution supplies the record")
    public static let helpApprove = Phrase(az: "inzibatçı təsdiqləyir: qeyd reyestrə düşür", en: "an administrator approves: the record joins the registry")
    public static let helpReject = Phrase(az: "inzibatçı səbəblə rədd edir", en: "an administrator rejects it with a reason")
    public static func inquiryFiled(_ id: Int64, _ institution: String) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu \(institution) müəssisəsinə göndərildi", en: "Inquiry \(id) filed with \(institution)")
    }
    public static func inquirySupplied(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu: qeyd təqdim edildi", en: "Inquiry \(id): record supplied, waiting for approval")
    }
    public static func inquiryApproved(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu təsdiqləndi, qeyd reyestrdədir", en: "Inquiry \(id) approved: the record is in the registry")
    }
    public static func inquiryRejected(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu rədd edildi", en: "Inquiry \(id) rejected")
    }
    public static func inquiryEventKind(_ kind: InquiryEventKind) -> Phrase {
        switch kind {
        case .opened: return Phrase(az: "açıldı", en: "opened")
        case .answered: return Phrase(az: "qeyd təqdim edildi", en: "record supplied")
        case .approved: return Phrase(az: "təsdiqləndi", en: "approved")
        case .rejected: return Phrase(az: "rədd edildi", en: "rejected")
        case .comment: return Phrase(az: "qeyd", en: "comment")
        }
    }
    public static let fieldFunding2 = Phrase(az: "Ödəniş (state/paid)", en: "Funding (state/paid)")
    public static let fieldLevel2 = Phrase(az: "Pillə", en: "Level")
    public static let fieldYears2 = Phrase(az: "Təhsil müddəti (il)", en: "Years of study")
    public static let fieldMajorCode = Phrase(az: "İxtisas kodu", en: "Major code")
    public static let fieldEnrollment2 = Phrase(az: "Qəbul statusu", en: "Enrollment status")
    public static let fieldState2 = Phrase(az: "Təhsilin vəziyyəti", en: "Current state")
    public static let fieldDiplomaSeries = Phrase(az: "Diplom seriyası", en: "Diploma series")
    public static let fieldDiplomaNumber = Phrase(az: "Diplom nömrəsi", en: "Diploma number")
    public static let fieldDiplomaDate2 = Phrase(az: "Diplom tarixi", en: "Diploma date")
    public static let fieldDiplomaLevel2 = Phrase(az: "Diplomun növü", en: "Diploma level")
}
