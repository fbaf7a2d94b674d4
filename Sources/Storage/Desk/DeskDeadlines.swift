import Domain

/// One line of the deadlines list: the deadline, whose it is, and what marking it done
/// records.
public struct DeskDeadline: Sendable, Hashable {
    public let deadline: Deadline
    public let applicantID: Int64?
    /// The student's name, empty for the institution's own deadlines (4.8).
    public let who: String
    /// The 4.12 notice's addressee, the 4.8 report's, the year of a payment or report.
    public let detail: DeskEventKind?
    public let subject: String
    /// The stored event this line is, when there is one (4.12 notices).
    public let eventID: Int64?
}

/// Everything due or overdue at an institution (2.1.1, 2.2.2, 2.2.4, 4.7, 4.8, 4.12), and
/// marking done.
public struct DeskDeadlines {
    let database: Database
    let desk: DeskRepository
    let applicants: SQLiteApplicantRepository
    let settings: SQLiteSettingsRepository

    public init(database: Database) {
        self.database = database
        desk = DeskRepository(database: database)
        applicants = SQLiteApplicantRepository(database: database)
        settings = SQLiteSettingsRepository(database: database)
    }

    /// 4.12: the warning to show with the list when this year or the next has no holidays
    /// entered (the 3 working days are then counted with weekends only).
    public func holidayWarning(on today: CivilDate) throws -> Phrase? {
        try settings.holidayWarning(on: today)
    }

    /// The pending deadlines of the caller's institution, sorted by due date.
    public func pending(on today: CivilDate, by caller: Caller) throws -> [DeskDeadline] {
        try caller.require([.clerk, .admin], to: Actions.seeDeadlines)
        let institution = DeskRepository.institution(of: caller)
        var lines: [DeskDeadline] = []
        let closed: Set<EducationState> = [.dismissed, .transferred, .graduated]
        for (applicant, followUp) in try desk.students(institutionCode: institution) where !applicant.permanentResident {
            let name = applicant.surname + " " + applicant.name
            guard let admitted = followUp.admittedOn, !closed.contains(followUp.educationState ?? .studying) else { continue }
            if followUp.residenceDocumentOn == nil {
                lines.append(DeskDeadline(deadline: .residenceDocument(admittedOn: admitted), applicantID: applicant.id,
                                          who: name, detail: .residence, subject: "", eventID: nil))
            }
            if Deadline.needsActivityNotice(applicant.basis),
               try desk.event(institutionCode: applicant.institutionCode, kind: .activityNotice,
                              subject: applicant.basis.paragraph, applicantID: applicant.id) == nil {
                lines.append(DeskDeadline(deadline: .activityNotice(admittedOn: admitted), applicantID: applicant.id,
                                          who: name, detail: .activityNotice, subject: applicant.basis.paragraph, eventID: nil))
            }
            if let line = try annualPayment(applicant, admittedOn: admitted, name: name, today: today, caller: caller) {
                lines.append(line)
            }
        }
        lines += try admissionPayments(institution: institution, today: today, caller: caller)
        let calendar = try settings.workingDayCalendar(from: today.adding(days: -400), to: today.adding(days: 400))
        for event in try desk.events(institutionCode: institution, pendingOnly: true)
        where event.kind == .noticeMinistry || event.kind == .noticeMigration {
            guard let stored = event.dueOn, let start = CivilDate(parsing: event.subject) else { continue }
            let name = try event.applicantID.flatMap { try applicants.applicant(id: $0, by: caller) }
                .map { $0.surname + " " + $0.name } ?? ""
            // Counted again on today's calendar: holidays entered after the dismissal move the day.
            let due = max(stored, Deadline.dismissalNotice(dismissedOn: start, calendar: calendar).due)
            lines.append(DeskDeadline(deadline: Deadline(kind: .dismissalNotice, start: start, due: due),
                                      applicantID: event.applicantID, who: name, detail: event.kind,
                                      subject: event.subject, eventID: event.id))
        }
        if let institution, !institution.isEmpty {
            let dueDay = try settings.setting(SettingKeys.yearlyReportDueDay).value
            for year in [today.year - 1, today.year] {
                let deadline = Deadline.yearlyReport(year: year, dueDay: dueDay)
                // Last year's report is listed until it is sent; this year's from its year on.
                for kind in [DeskEventKind.yearlyReport, .yearlyReportStatistics]
                where try desk.event(institutionCode: institution, kind: kind, subject: String(year), applicantID: nil) == nil {
                    lines.append(DeskDeadline(deadline: deadline, applicantID: nil, who: "", detail: kind,
                                              subject: String(year), eventID: nil))
                }
            }
        }
        return lines.sorted { ($0.deadline.due, $0.who, $0.deadline.paragraph) < ($1.deadline.due, $1.who, $1.deadline.paragraph) }
    }

    /// How far ahead a 2.2.2 payment date is listed.
    static let paymentLookahead = 90

    /// 2.2.2: the next yearly payment by the contract's date that is not paid in full: from
    /// the first contract date on or after the admission (the year's balance after the 2.1.1
    /// half), once it is at most 90 days off.
    private func annualPayment(_ applicant: Applicant, admittedOn: CivilDate, name: String, today: CivilDate,
                               caller: Caller) throws -> DeskDeadline? {
        guard let contract = try applicants.contracts(applicantID: applicant.id, by: caller).last(where: { $0.terminatedOn == nil }),
              contract.annualFeeQepik > 0, let month = contract.paymentDueMonth, let day = contract.paymentDueDay,
              let dueDay = DayOfYear(month: month, day: day) else { return nil }
        let payments = try applicants.payments(applicantID: applicant.id, by: caller)
        for year in admittedOn.year...(today.year + 1) {
            let deadline = Deadline.annualPayment(contractDate: dueDay, year: year)
            guard deadline.due >= admittedOn else { continue }
            // Nothing else on the list is further than 90 days off (2.2.4), except 4.8.
            guard deadline.due <= today.adding(days: Self.paymentLookahead) else { return nil }
            let paid = payments.filter { $0.academicYear == year }.reduce(0) { $0 + $1.amountQepik }
            if paid >= contract.annualFeeQepik { continue }
            if try desk.event(institutionCode: applicant.institutionCode, kind: .annualPayment, subject: String(year),
                              applicantID: applicant.id) != nil { continue }
            return DeskDeadline(deadline: deadline, applicantID: applicant.id, who: name, detail: .annualPayment,
                                subject: String(year), eventID: nil)
        }
        return nil
    }

    /// 2.1.1: applicants with a contract who have not yet paid half the annual fee, due the day
    /// before the academic year they would be admitted for starts (15 September). A quota
    /// student (3.1.1, 4.5) pays by the intergovernmental contract and is not listed.
    private func admissionPayments(institution: String?, today: CivilDate, caller: Caller) throws -> [DeskDeadline] {
        var sql = """
            SELECT a.id, a.surname || ' ' || a.name, c.annual_fee_qepik,
                   (SELECT coalesce(sum(p.amount_qepik), 0) FROM payment p WHERE p.applicant_id = a.id AND p.voided_at IS NULL)
            FROM applicant a JOIN contract c ON c.applicant_id = a.id AND c.terminated_on IS NULL
            WHERE a.state IN ('new', 'documents-incomplete', 'ready') AND a.basis <> '3.1.1' AND a.permanent_resident = 0
              AND c.annual_fee_qepik > 0
            """
        var arguments: [SQLBindable] = []
        if let institution {
            sql += " AND a.institution_code = ?"
            arguments.append(institution)
        }
        // The academic year an order given today would admit for: the one rule (AdmissionRules).
        let starts = AdmissionRules.academicYearStarts(forOrderOn: today)
        let rows = try database.rows(sql + " ORDER BY a.sort_key, a.id", arguments) { ($0.int64(0), $0.text(1), $0.int(2), $0.int(3)) }
        return rows.filter { $0.3 < Money(qepik: $0.2).halfRoundedUp.qepik }.map { row in
            DeskDeadline(deadline: .admissionPayment(academicYearStarts: starts), applicantID: row.0, who: row.1,
                         detail: nil, subject: String(starts.year), eventID: nil)
        }
    }

    /// Marks a deadline done today: records who and when; a 2.2.4 line also records the
    /// residence document's date, and the second 4.12 notice the dismissal notice date.
    public func markDone(_ line: DeskDeadline, on today: CivilDate, by caller: Caller) throws {
        let institution = DeskRepository.institution(of: caller) ?? ""
        if let eventID = line.eventID {
            try desk.markDone(eventID: eventID, on: today, by: caller)
            if let id = line.applicantID {
                let open = try desk.events(applicantID: id, by: caller).filter {
                    ($0.kind == .noticeMinistry || $0.kind == .noticeMigration) && $0.doneOn == nil
                }
                if open.isEmpty, let applicant = try applicants.applicant(id: id, by: caller) {
                    var followUp = try applicants.followUp(applicantID: id, by: caller)
                    followUp.dismissalNoticeOn = today
                    _ = try applicants.saveFollowUp(followUp, applicantID: id, expectedVersion: applicant.version, by: caller)
                }
            }
            return
        }
        switch line.deadline.kind {
        case .residenceDocument:
            // 2.2.4 goes through the desk's one path (one transaction, audited); the number and
            // the FİN are entered on the Students screen (r).
            guard let id = line.applicantID, let applicant = try applicants.applicant(id: id, by: caller) else { return }
            _ = try DeskService(database: database, caller: caller).recordResidence(
                applicantID: id, expectedVersion: applicant.version, documentNumber: "", on: today, pin: nil,
                numberRequired: false)
        case .yearlyReport:
            let addressee: YearlyReport.Addressee = line.detail == .yearlyReportStatistics ? .statistics : .ministry
            try YearlyReport.markSent(year: Int(line.subject) ?? today.year, to: addressee, on: today, by: caller,
                                      database: database)
        case .admissionPayment:
            // 2.1.1 is done by the payment itself, recorded on the applicant's F5.
            throw ValidationError(field: "2.1.1", reason: Phrases.deadlineDoneByPayment)
        case .annualPayment, .dismissalNotice, .activityNotice:
            try desk.addEvent(applicantID: line.applicantID, institutionCode: institution,
                              kind: line.detail ?? .annualPayment, subject: line.subject, dueOn: line.deadline.due,
                              doneOn: today, by: caller)
        }
    }
}
