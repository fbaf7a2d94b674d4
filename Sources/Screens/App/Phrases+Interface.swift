import Domain

/// Texts of the interface frame: title bar, tabs, help, status bar, common dialogs.
extension Phrases {
    public static let productName = Phrase(az: "Tələbə-Məzun İzləmə Sistemi", en: "Student Tracking System")
    public static let productShort = Phrase(az: "TMİS", en: "STS")
    public static let areaRegistry = Phrase(az: "Reyestr", en: "Registry")
    public static let ok = Phrase(az: "Oldu", en: "OK")
    public static let find = Phrase(az: "Axtar", en: "Find")
    public static let noRole = Phrase(az: "rol yoxdur", en: "no role")
    public static let helpTitle = Phrase(az: "Düymələr", en: "Keys")
    public static let helpFooter = Phrase(az: "Bağlamaq üçün Esc, F1 və ya ?", en: "Esc, F1 or ? closes this help")
    public static let areasTitle = Phrase(az: "Bölmələr", en: "Areas")
    public static let keysEverywhere = Phrase(az: "Hər yerdə", en: "Everywhere")
    public static let keysThisScreen = Phrase(az: "Bu ekranda", en: "On this screen")
    public static let helpKeyHelp = Phrase(az: "bu kömək pəncərəsi", en: "this help")
    public static let helpKeyQuit = Phrase(az: "proqramdan çıxmaq (mətn sahəsində q hərfdir)",
                                           en: "quit (in a text field q is a letter)")
    public static let helpKeyAreas = Phrase(az: "bölmələr arasında keçid", en: "switch between areas")
    public static let helpKeyFocus = Phrase(az: "panellər və sahələr arasında keçid", en: "move between panes and fields")
    public static let helpKeyRedraw = Phrase(az: "ekranı yenidən çək", en: "redraw the screen")

    public static func windowTooSmall(width: Int, height: Int, minWidth: Int, minHeight: Int) -> Phrase {
        Phrase(az: "Pəncərə çox kiçikdir: \(width)×\(height). Ən azı \(minWidth)×\(minHeight) lazımdır.",
               en: "Window too small: \(width)×\(height). Needs at least \(minWidth)×\(minHeight).")
    }

    public static let errorTitle = Phrase(az: "Xəta", en: "Error")
}

/// Texts of the registry browser.
extension Phrases {
    public static let columnInstitution = Phrase(az: "Müəssisə", en: "Institution")
    public static let columnAdmissionYear = Phrase(az: "Qəbul", en: "Admitted")
    public static let columnState = Phrase(az: "Vəziyyət", en: "State")
    public static let noPIN = Phrase(az: "—", en: "—")
    public static let registryEmpty = Phrase(az: "Reyestrdə qeyd yoxdur.", en: "The registry has no records.")
    public static let registryOrder = Phrase(az: "soyada görə", en: "by surname")
    public static let jumpPrompt = Phrase(az: "Soyada keç:", en: "Go to surname:")
    public static let jumpNotFound = Phrase(az: "Bu hərflərlə başlayan soyad yoxdur; ən yaxın qeyd göstərilir.",
                                            en: "No surname starts with that; showing the nearest record.")
    public static let helpKeyListMove = Phrase(az: "siyahıda hərəkət", en: "move in the list")
    public static let helpKeyListPage = Phrase(az: "səhifə yuxarı / aşağı", en: "page up / down")
    public static let helpKeyListEnds = Phrase(az: "siyahının əvvəli / sonu", en: "first / last record")
    public static let helpKeyDetails = Phrase(az: "seçilmiş qeydin ətraflı məlumatı (açmaq / bağlamaq)",
                                              en: "details of the selected record (open / close)")
    public static let helpKeyJump = Phrase(az: "soyada keç (Azərbaycan hərfləri ilə yazın)",
                                           en: "go to a surname (type with Azerbaijani letters)")
    public static let fieldPIN = Phrase(az: "FİN", en: "PIN")
    public static let fieldFullName = Phrase(az: "Tam adı", en: "Full name")
    public static let fieldBirthDate = Phrase(az: "Doğum tarixi", en: "Date of birth")
    public static let fieldAdmissionYear = Phrase(az: "Qəbul ili", en: "Year of admission")
    public static let fieldInstitution = Phrase(az: "Təhsil müəssisəsi", en: "Institution")
    public static let fieldFunding = Phrase(az: "Təhsil haqqı", en: "Funding")
    public static let fieldDegree = Phrase(az: "Təhsil pilləsi", en: "Degree")
    public static let fieldMajor = Phrase(az: "İxtisas", en: "Major")
    public static let fieldEnrollment = Phrase(az: "Qəbul statusu", en: "Enrollment status")
    public static let fieldState = Phrase(az: "Təhsilin vəziyyəti", en: "Current state")
    public static let fieldDiploma = Phrase(az: "Diplom", en: "Diploma")
    public static let fieldDiplomaDate = Phrase(az: "Diplom tarixi", en: "Diploma issued")
    public static let fieldDiplomaLevel = Phrase(az: "Diplomun növü", en: "Diploma level")
}
