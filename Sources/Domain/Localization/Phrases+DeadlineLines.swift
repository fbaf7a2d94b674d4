/// What each line of the deadlines list is, without its paragraph (the list shows the
/// paragraph in its own column).
extension Phrases {
    public static let lineResidence = Phrase(az: "yaşayış sənədinin surəti", en: "residence document copy")
    public static let lineNoticeMinistry = Phrase(az: "bildiriş → Təhsil Nazirliyi", en: "notice → Ministry of Education")
    public static let lineNoticeMigration = Phrase(az: "bildiriş → Dövlət Miqrasiya Xidməti", en: "notice → State Migration Service")
    public static func lineAnnualPayment(_ year: String) -> Phrase {
        Phrase(az: "illik təhsil haqqı, \(year)", en: "yearly tuition payment, \(year)")
    }
    public static func lineAdmissionPayment(_ year: String) -> Phrase {
        let next = (Int(year) ?? 0) + 1
        return Phrase(az: "\(year)/\(next) tədris ili başlanana qədər illik haqqın ən azı 50 %-i",
                      en: "at least 50 % of the annual fee before the \(year)/\(next) academic year")
    }
    public static func lineReportMinistry(_ year: String) -> Phrase {
        Phrase(az: "\(year) illik hesabatı: Təhsil Nazirliyinə", en: "\(year) yearly report: to the Ministry of Education")
    }
    public static func lineReportStatistics(_ year: String) -> Phrase {
        Phrase(az: "\(year) illik hesabatı: Dövlət Statistika Komitəsinə", en: "\(year) yearly report: to the State Statistics Committee")
    }
    public static func lineActivityNotice(_ basis: String) -> Phrase {
        Phrase(az: "\(basis) qəbulu → Təhsil Nazirliyi (və təsisçi orqan)",
               en: "\(basis) admission → Ministry of Education (and founder body)")
    }
}

/// The 4.8 report's due day and done-marks.
extension Phrases {
    public static func reportDue(_ date: CivilDate) -> Phrase {
        Phrase(az: "son gün \(date.dotted)", en: "due \(date.dotted)")
    }
    public static let reportToMinistry = Phrase(az: "Təhsil Nazirliyi", en: "Ministry of Education")
    public static let reportToStatistics = Phrase(az: "Statistika Komitəsi", en: "Statistics Committee")
    public static func reportSent(on date: CivilDate, by login: String) -> Phrase {
        Phrase(az: "göndərilib \(date.dotted), \(login)", en: "sent \(date.dotted) by \(login)")
    }
    public static let reportNotSent = Phrase(az: "göndərilməyib", en: "not sent")
    public static let reportHelpMarkMinistry = Phrase(az: "Təhsil Nazirliyinə göndərildi kimi qeyd et",
                                                      en: "mark sent to the Ministry of Education")
    public static let reportHelpMarkStatistics = Phrase(az: "Dövlət Statistika Komitəsinə göndərildi kimi qeyd et",
                                                        en: "mark sent to the State Statistics Committee")
}
