import Domain

/// Texts of the desk after admission: students (4.10, 2.2.4, 4.12), deadlines, the 4.8 report.
extension Phrases {
    public static let areaStudents = Phrase(az: "Tələbələr", en: "Students")
    public static let areaDeadlines = Phrase(az: "Müddətlər", en: "Deadlines")
    public static let areaReport = Phrase(az: "Hesabat", en: "Report")

    // MARK: - Students

    public static let deskHistory = Phrase(az: "Tarixçə", en: "History")
    public static let deskStatusChange = Phrase(az: "Status dəyişikliyi", en: "Status change")
    public static let deskResidence = Phrase(az: "Yaşayış sənədi", en: "Residence document")
    public static let deskHelpHistory = Phrase(az: "statusların tarixçəsi və bildirişlər", en: "status history and notices")
    public static let deskHelpStatus = Phrase(az: "status dəyişikliyi: məzuniyyət, köçürmə, xaric, bərpa, məzun (4.10)",
                                              en: "status change: leave, transfer, dismissal, reinstatement, graduation (4.10)")
    public static let deskHelpResidence = Phrase(az: "yaşayış sənədinin nömrəsi və tarixi (2.2.4)", en: "residence document number and date (2.2.4)")
    public static let deskStatusEvent = Phrase(az: "Dəyişiklik", en: "Change")
    public static let deskStatusDate = Phrase(az: "Tarix", en: "Date")
    public static let deskDismissalGround = Phrase(az: "Xaric etmə əsası", en: "Dismissal ground")
    public static let deskStatusDetail = Phrase(az: "Əsas / hara", en: "Ground / where to")
    public static let deskStatusDetailHint = Phrase(az: "digər əsas, köçürmə yeri", en: "other ground, transfer destination")
    public static let deskDiplomaSeries = Phrase(az: "Diplom seriyası", en: "Diploma series")
    public static let deskDiplomaNumber = Phrase(az: "Diplom nömrəsi", en: "Diploma number")
    public static let deskResidenceNumber = Phrase(az: "Sənədin nömrəsi", en: "Document number")
    public static let deskResidenceDate = Phrase(az: "Təqdim tarixi", en: "Submitted on")
    public static func deskResidenceSaved(number: String, on date: CivilDate) -> Phrase {
        Phrase(az: "Yaşayış sənədi \(number), \(date.dotted) yazıldı (2.2.4).", en: "Residence document \(number) of \(date.dotted) recorded (2.2.4).")
    }
    public static func deskStatusClosed(_ status: StudentStatus) -> Phrase {
        Phrase(az: "Status \(status.phrase.az): dəyişiklik mümkün deyil (4.10).", en: "Status \(status.phrase.en): no change is possible (4.10).")
    }
    public static func deskStatusChanged(to status: StudentStatus, noticesDue: CivilDate?) -> Phrase {
        guard let due = noticesDue else {
            return Phrase(az: "Yeni status: \(status.phrase.az).", en: "New status: \(status.phrase.en).")
        }
        return Phrase(az: "\(status.phrase.az); 4.12 bildirişləri \(due.dotted) tarixinədək",
                      en: "\(status.phrase.en); 4.12 notices due by \(due.dotted)")
    }
    public static let deskColumnResidence = Phrase(az: "2.2.4 yaşayış sənədi", en: "2.2.4 residence")
    public static let deskNoStudents = Phrase(az: "Xarici tələbə yoxdur.", en: "No foreign students.")
    public static let deskNoHistory = Phrase(az: "Status dəyişikliyi olmayıb.", en: "No status changes yet.")
    // MARK: - Deadlines

    public static let deskMarkDone = Phrase(az: "İcra edildi", en: "Mark done")
    public static let deskHelpMarkDone = Phrase(az: "icra edildi kimi qeyd et (kim və nə vaxt yazılır)", en: "mark done (records who and when)")
    public static func deskMarkDoneQuestion(_ what: String, on date: CivilDate) -> Phrase {
        Phrase(az: "\(what) — \(date.dotted) tarixi ilə icra edildi kimi qeyd edilsin?", en: "Mark \(what) as done on \(date.dotted)?")
    }
    public static func deskMarkedDone(by login: String, on date: CivilDate) -> Phrase {
        Phrase(az: "\(login) tərəfindən \(date.dotted) tarixində icra edildi kimi qeyd olundu.", en: "Marked done by \(login) on \(date.dotted).")
    }
    public static let deskColumnDue = Phrase(az: "Son gün", en: "Due")
    public static let deskColumnWhen = Phrase(az: "Qalıb", en: "Left")
    public static let deskColumnWhat = Phrase(az: "Nə", en: "What")
    public static let deskNothingDue = Phrase(az: "Gözləyən müddət yoxdur.", en: "Nothing is due.")
    public static func deskOverdue(_ days: Int) -> Phrase {
        Phrase(az: "\(days) gün gecikib", en: "\(days) days overdue")
    }
    public static func deskDaysLeft(_ days: Int) -> Phrase {
        days == 0 ? Phrase(az: "bu gün", en: "due today") : Phrase(az: "\(days) gün qalıb", en: "\(days) days left")
    }

    // MARK: - Report

    public static let deskYear = Phrase(az: "İl", en: "Year")
    public static let deskCSV = Phrase(az: "CSV", en: "CSV")
    public static let deskHelpYear = Phrase(az: "əvvəlki / növbəti il", en: "previous / next year")
    public static let deskHelpCSV = Phrase(az: "CSV faylına yaz", en: "export as CSV")
    public static func deskReportTitle(year: Int, count: Int) -> Phrase {
        Phrase(az: "4.8 illik hesabat, \(year): \(count) xarici tələbə (Təhsil Nazirliyi, Dövlət Statistika Komitəsi)",
               en: "4.8 yearly report, \(year): \(count) foreign students (Ministry of Education, State Statistics Committee)")
    }
    public static let deskReportEmpty = Phrase(az: "Bu ildə xarici tələbə yoxdur.", en: "No foreign students in this year.")
}
