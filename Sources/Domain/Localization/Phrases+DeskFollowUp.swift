/// Texts of the desk after admission: students (4.10, 2.2.4, 4.12), deadlines, the 4.8 report.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admissions/Phrases+DeskFollowUp.swift (issue 14).
extension Phrases {
    public static let deskColumnStatus = Phrase(az: "Status", en: "Status")
    public static let deskColumnAdmitted = Phrase(az: "Qəbul", en: "Admitted")
    public static func deskEventKind(_ kind: DeskEventKindName) -> Phrase {
        switch kind {
        case .noticeMinistry: return Phrase(az: "4.12 Təhsil Nazirliyinə bildiriş", en: "4.12 notice to the Ministry of Education")
        case .noticeMigration: return Phrase(az: "4.12 Dövlət Miqrasiya Xidmətinə bildiriş", en: "4.12 notice to the State Migration Service")
        case .residence: return Phrase(az: "2.2.4 yaşayış sənədi", en: "2.2.4 residence document")
        case .annualPayment: return Phrase(az: "2.2.2 illik ödəniş", en: "2.2.2 yearly payment")
        case .yearlyReport: return Phrase(az: "4.8 illik hesabat Təhsil Nazirliyinə", en: "4.8 yearly report to the Ministry of Education")
        case .yearlyReportStatistics:
            return Phrase(az: "4.8 illik hesabat Dövlət Statistika Komitəsinə", en: "4.8 yearly report to the State Statistics Committee")
        case .activityNotice:
            return Phrase(az: "4.7 Təhsil Nazirliyinə (və başqadırsa, təsisçi orqana) məlumat",
                          en: "4.7 Ministry of Education (and the founder body, if another) informed")
        }
    }
}

/// The kinds of desk event, as the phrases name them (Storage's `DeskEventKind`).
public enum DeskEventKindName: String, Sendable {
    case noticeMinistry = "notice-ministry"
    case noticeMigration = "notice-migration"
    case residence
    case annualPayment = "annual-payment"
    case yearlyReport = "yearly-report"
    case yearlyReportStatistics = "yearly-report-statistics"
    case activityNotice = "activity-notice"
}
