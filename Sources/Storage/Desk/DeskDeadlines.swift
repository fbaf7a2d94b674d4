import Domain

/// One line of the deadlines list: the deadline, whose it is, and what marking it done
/// records.
public struct DeskDeadline: Sendable, Hashable {
    public let deadline: Deadline
    public let applicantID: Int64?
    /// The student's name, empty for the institution's own deadlines (4.8).
    public let who: String
    /// The 4.12 notice's addressee, the year of a payment or report.
    public let detail: DeskEventKind?
    public let subject: String
    /// The stored event this line is, when there is one (4.12 notices).
    public let eventID: Int64?
}

/// Everything due or overdue at an institution (2.2.4, 4.12, 2.2.2, 4.8), and marking done.
public struct DeskDeadlines {
    let database: Database
    let desk: DeskRepository
    let applicants: SQLiteApplicantRepository

    public init(database: Database) {
        self.database = database
        desk = DeskRepository(database: database)
        applicants = SQLiteApplicantRepository(database: database)
    }

    /// The pending deadlines of the caller's institution, sorted by due date.
    public func pending(on today: CivilDate, by caller: Caller) throws -> [DeskDeadline] {
        try caller.require([.clerk, .admin], to: "see deadlines")
        let institution = DeskRepository.institution(of: caller)
        var lines: [DeskDeadline] = []
        for (applicant, followUp) in try desk.students(institutionCode: institution) {
            let name = applicant.surname + " " + applicant.name
            let closed: Set<EducationState> = [.dismissed, .transferred, .graduated]
            if let admitted = followUp.admittedOn, followUp.residenceDocumentOn == nil,
               !closed.contains(followUp.educationState ?? .studying) {
                lines.append(DeskDeadline(deadline: .residenceDocument(admittedOn: admitted), applicantID: applicant.id,
                                          who: name, detail: .residence, subject: "", eventID: nil))
            }
            if let admitted = followUp.admittedOn, !closed.contains(followUp.educationState ?? .studying),
               let contract = try applicants.contracts(applicantID: applicant.id, by: caller).last,
               let month = contract.paymentDueMonth, let day = contract.paymentDueDay,
               let dueDay = DayOfYear(month: month, day: day), admitted.year < today.year {
                let year = today.year
                let paid = try applicants.payments(applicantID: applicant.id, by: caller).filter { $0.academicYear == year }
                    .reduce(0) { $0 + $1.amountQepik }
                let marked = try desk.event(institutionCode: applicant.institutionCode, kind: .annualPayment,
                                            subject: String(year), applicantID: applicant.id)
                if paid < contract.annualFeeQepik, marked == nil {
                    lines.append(DeskDeadline(deadline: .annualPayment(contractDate: dueDay, year: year),
                                              applicantID: applicant.id, who: name, detail: .annualPayment,
                                              subject: String(year), eventID: nil))
                }
            }
        }
        for event in try desk.events(institutionCode: institution, pendingOnly: true)
        where event.kind == .noticeMinistry || event.kind == .noticeMigration {
            guard let due = event.dueOn, let start = CivilDate(parsing: event.subject) else { continue }
            let name = try event.applicantID.flatMap { try applicants.applicant(id: $0, by: caller) }
                .map { $0.surname + " " + $0.name } ?? ""
            lines.append(DeskDeadline(deadline: Deadline(kind: .dismissalNotice, start: start, due: due),
                                      applicantID: event.applicantID, who: name, detail: event.kind,
                                      subject: event.subject, eventID: event.id))
        }
        if let institution {
            let year = today.year
            if try desk.event(institutionCode: institution, kind: .yearlyReport, subject: String(year), applicantID: nil) == nil {
                lines.append(DeskDeadline(deadline: .yearlyReport(year: year), applicantID: nil, who: "",
                                          detail: .yearlyReport, subject: String(year), eventID: nil))
            }
        }
        return lines.sorted { ($0.deadline.due, $0.who) < ($1.deadline.due, $1.who) }
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
            guard let id = line.applicantID, let applicant = try applicants.applicant(id: id, by: caller) else { return }
            var followUp = try applicants.followUp(applicantID: id, by: caller)
            followUp.residenceDocumentOn = today
            _ = try applicants.saveFollowUp(followUp, applicantID: id, expectedVersion: applicant.version, by: caller)
            try desk.addEvent(applicantID: id, institutionCode: applicant.institutionCode, kind: .residence,
                              dueOn: line.deadline.due, doneOn: today, by: caller)
        case .annualPayment, .yearlyReport, .admissionPayment, .dismissalNotice:
            try desk.addEvent(applicantID: line.applicantID, institutionCode: institution,
                              kind: line.detail ?? .yearlyReport, subject: line.subject, dueOn: line.deadline.due,
                              doneOn: today, by: caller)
        }
    }
}
