import Domain

/// Texts of the holiday calendar (4.12) and the settings an administrator keeps.
extension Phrases {
    public static let adminHolidays = Phrase(az: "Bayramlar", en: "Holidays")
    public static let adminSettings = Phrase(az: "Parametrlər", en: "Settings")
    public static let holidayKindHoliday = Phrase(az: "istirahət günü", en: "day off")
    public static let holidayKindWorkingDay = Phrase(az: "iş günü (köçürülmüş)", en: "working day (transferred)")
    public static let columnDay = Phrase(az: "Gün", en: "Day")
    public static let columnWeekday = Phrase(az: "Həftə günü", en: "Weekday")
    public static let columnHolidayName = Phrase(az: "Adı", en: "Name")
    public static let columnKind = Phrase(az: "Növ", en: "Kind")
    public static let columnSetting = Phrase(az: "Parametr", en: "Setting")
    public static let columnValue = Phrase(az: "Dəyər", en: "Value")
    public static let columnChanged = Phrase(az: "Dəyişib", en: "Changed")
    public static let settingDefault = Phrase(az: "(standart)", en: "(default)")
    public static let newHoliday = Phrase(az: "Yeni bayram günü", en: "New holiday")
    public static let importPath = Phrase(az: "Fayl", en: "File")
    public static let changeSetting = Phrase(az: "Parametri dəyiş", en: "Change the setting")
    public static let fieldHolidayDate = Phrase(az: "Tarix", en: "Date")
    public static let fieldHolidayName = Phrase(az: "Adı", en: "Name")
    public static let fieldHolidayKind = Phrase(az: "Növ", en: "Kind")
    public static func holidaysOfYear(_ year: Int, count: Int) -> Phrase {
        Phrase(az: "\(year): \(count) gün", en: "\(year): \(count) \(count == 1 ? "day" : "days")")
    }
    public static func holidaysNone(_ year: Int) -> Phrase {
        Phrase(az: "\(year) üçün heç bir gün daxil edilməyib.", en: "No days entered for \(year).")
    }
    public static func holidayAdded(_ day: String) -> Phrase { Phrase(az: "\(day) əlavə edildi", en: "added \(day)") }
    public static func holidayRemoved(_ day: String) -> Phrase { Phrase(az: "\(day) silindi", en: "removed \(day)") }
    public static func confirmRemoveHoliday(_ day: String, _ name: String) -> Phrase {
        Phrase(az: "\(day) (\(name)) təqvimdən silinsin?", en: "Remove \(day) (\(name)) from the calendar?")
    }
    public static func holidaysImported(added: Int, changed: Int, unchanged: Int) -> Phrase {
        Phrase(az: "idxal edildi: \(added) yeni, \(changed) dəyişdi, \(unchanged) eyni",
               en: "imported: \(added) added, \(changed) changed, \(unchanged) unchanged")
    }
    public static func settingSaved(_ name: String) -> Phrase { Phrase(az: "\(name) saxlanıldı", en: "saved \(name)") }
    public static let helpKeyHolidayYear = Phrase(az: "əvvəlki / növbəti il", en: "previous / next year")
    public static let helpKeyNewHoliday = Phrase(az: "gün əlavə et", en: "add a day")
    public static let helpKeyRemoveHoliday = Phrase(az: "seçilmiş günü sil", en: "remove the selected day")
    public static let helpKeyImportHolidays = Phrase(az: "CSV faylından idxal (tarix,ad[,növ])", en: "import a CSV file (date,name[,kind])")
    public static let helpKeyChangeSetting = Phrase(az: "seçilmiş parametri dəyiş", en: "change the selected setting")
    public static let holidayYearsConfirm = Phrase(
        az: "Hər ilin köçürülmələri Nazirlər Kabinetinin qərarı ilə müəyyən edilir: administrator onları yoxlamalıdır.",
        en: "Each year's transfers are set by a Cabinet of Ministers decision: an administrator must confirm them.")
}

/// Approving a "Feedback" inquiry (seed 000) with a PIN or as a record that predates PINs.
extension Phrases {
    public static let inquiryApproveTitle = Phrase(az: "Sorğunu təsdiqlə", en: "Approve the inquiry")
    public static let inquiryPredatesPINs = Phrase(az: "FİN-siz qeyd", en: "No PIN (pre-2008)")
    public static let inquiryPredatesPINsNo = Phrase(az: "xeyr: FİN ilə", en: "no: with the PIN")
    public static let inquiryPredatesPINsYes = Phrase(
        az: "bəli: qeyd FİN-dən əvvəlkidir (2008-ci ildən əvvəl qəbul)",
        en: "yes: the record predates PINs (admitted before 2008)")
}

/// Weekdays and the Admin import's messages.
extension Phrases {
    /// Monday … Sunday (ISO order).
    public static let weekdayNames: [Phrase] = [
        Phrase(az: "bazar ertəsi", en: "Monday"), Phrase(az: "çərşənbə axşamı", en: "Tuesday"),
        Phrase(az: "çərşənbə", en: "Wednesday"), Phrase(az: "cümə axşamı", en: "Thursday"),
        Phrase(az: "cümə", en: "Friday"), Phrase(az: "şənbə", en: "Saturday"), Phrase(az: "bazar", en: "Sunday"),
    ]
    public static func importUnreadable(_ path: String) -> Phrase {
        Phrase(az: "\(path) UTF-8 mətn kimi oxunmur", en: "cannot read \(path) as UTF-8 text")
    }
}
