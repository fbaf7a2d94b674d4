/// Texts of the holiday calendar (4.12) and the settings an administrator keeps.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admin/Phrases+Holidays.swift (issue 14).
extension Phrases {
    /// 4.12 with no holidays entered for `years`.
    public static func holidaysMissing(_ years: [Int]) -> Phrase {
        let list = years.map(String.init).joined(separator: ", ")
        return Phrase(
            az: "\(list) üçün bayram günləri daxil edilməyib: 4.12-nin 3 iş günü yalnız şənbə və bazarı istirahət sayır "
                + "(administrator: İdarə → Bayramlar və ya sts holidays import)",
            en: "no holidays entered for \(list): 4.12's 3 working days count only Saturdays and Sundays as days off "
                + "(administrator: Admin → Holidays, or sts holidays import)")
    }

    public static let importHolidays = Phrase(az: "CSV-dən idxal", en: "Import a CSV")
}

/// Texts of the deadlines list added with 4.7 and the two 4.8 addressees.
extension Phrases {
    public static let deadlineDoneByPayment = Phrase(
        az: "2.1.1 ödənişin özü ilə icra olunur: ödənişi abituriyentin F5 bölməsində qeyd edin",
        en: "2.1.1 is done by the payment itself: record the payment on the applicant's F5")
}
