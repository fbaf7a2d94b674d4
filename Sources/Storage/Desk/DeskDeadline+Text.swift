import Domain

extension DeskDeadline {
    /// What the line is, without its paragraph (shown beside it) and without the student.
    public var what: Phrase {
        switch deadline.kind {
        case .residenceDocument: return Phrases.lineResidence
        case .dismissalNotice: return detail == .noticeMigration ? Phrases.lineNoticeMigration : Phrases.lineNoticeMinistry
        case .annualPayment: return Phrases.lineAnnualPayment(subject)
        case .admissionPayment: return Phrases.lineAdmissionPayment(subject)
        case .yearlyReport:
            return detail == .yearlyReportStatistics ? Phrases.lineReportStatistics(subject) : Phrases.lineReportMinistry(subject)
        case .activityNotice: return Phrases.lineActivityNotice(subject)
        }
    }
}
