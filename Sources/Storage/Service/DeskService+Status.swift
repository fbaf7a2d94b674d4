import Domain

extension DeskService {
    // MARK: - Status changes (4.10) and graduation (4.9)

    /// The student's 4.10 status from the registry state and its history (a student studying
    /// again after a dismissal is "reinstated").
    public func status(of followUp: AdmissionFollowUp) throws -> StudentStatus {
        switch followUp.educationState ?? .studying {
        case .academicLeave: return .academicLeave
        case .dismissed: return .dismissed
        case .graduated: return .graduated
        case .transferred: return .transferred
        case .studying:
            let last = try followUp.studentRecordID.flatMap { try registry.statusHistory(recordID: $0).last }
            return last?.from == .dismissed ? .reinstated : .enrolled
        }
    }

    /// The working-day calendar (4.12) around `date`, from the holidays an administrator keeps.
    func calendar(around date: CivilDate) throws -> WorkingDayCalendar {
        let entries = try settings.holidays(from: date.adding(days: -366), to: date.adding(days: 366))
        return WorkingDayCalendar(holidays: Set(entries.filter { $0.kind == .holiday }.map(\.day)),
                                  workingWeekendDays: Set(entries.filter { $0.kind == .workingDay }.map(\.day)))
    }

    /// Applies a 4.10 change (or the 4.9 graduation) on `date`: the registry record's state and
    /// history, the diploma for a graduate (its series as the diploma check reads it), the
    /// desk's follow-up and, after a dismissal, the two 4.12 notices due in 3 working days
    /// (none under 1.2). `StatusRefusal` when 4.10 does not allow the change.
    @discardableResult
    public func changeStatus(applicantID: Int64, expectedVersion: Int, event: StatusEvent, on date: CivilDate,
                             orderNumber: String = "") throws -> StatusChange {
        try database.write {
            let applicant = try current(applicantID, expectedVersion: expectedVersion,
                                        to: event.kind == .graduate ? Actions.graduateStudents : Actions.changeStudentStatus)
            guard applicant.state == .admitted else {
                throw ValidationError(field: "applicant", reason: Phrases.deskNotAdmittedYet)
            }
            var followUp = try applicants.followUp(uncheckedApplicantID: applicantID)
            let from = try status(of: followUp)
            var event = event
            if case .graduate(let diploma?) = event {
                event = .graduate(Diploma(series: Diploma.normalisedSeries(diploma.series),
                                          registrationNumber: Diploma.normalisedNumber(diploma.registrationNumber),
                                          issueDate: diploma.issueDate, level: diploma.level))
            }
            // 2.1.1, 4.10: not before the admission order, nor before the change it follows.
            let history = try followUp.studentRecordID.map { try registry.statusHistory(recordID: $0) } ?? []
            let last = history.last.map { StatusDates.LastChange(on: $0.changedOn, to: StudentStatus(educationState: $0.to)) }
            if let problem = StatusDates.problem(event.kind, on: date, admittedOn: followUp.admittedOn, last: last) {
                throw StatusRefusal.date(event, from: from, problem)
            }
            let change = try StatusMachine.apply(event, to: from, on: date, calendar: try calendar(around: date)).get()
            let reason: String
            switch event {
            case .dismiss(let ground): reason = (ground.paragraph.map { $0 + " " } ?? "") + ground.phrase.text(.az)
            case .transfer(.institution(let name)), .transfer(.programme(let name)):
                reason = change.event.kind.phrase.text(.az) + ": " + name
            default: reason = change.event.kind.phrase.text(.az)
            }
            try ensureRecord(applicant, &followUp, date: date)
            guard let recordID = followUp.studentRecordID, let record = try registry.record(id: recordID) else {
                throw ValidationError(field: "record", reason: Phrases.deskNoRegistryRecord)
            }
            var stored = try registry.changeState(recordID: recordID, to: change.to.educationState, on: date, reason: reason,
                                                  orderNumber: orderNumber, expectedVersion: record.version, by: caller)
            if case .graduate(let diploma?) = event {
                stored.diploma = diploma
                stored = try registry.update(stored, by: caller)
            }
            followUp.educationState = change.to.educationState
            if change.to == .dismissed {
                followUp.dismissedOn = date
                followUp.dismissalNoticeOn = nil
            }
            _ = try applicants.saveFollowUp(followUp, applicantID: applicantID, expectedVersion: applicant.version, by: caller)
            if !applicant.isOutsideRegulations {
                for deadline in change.deadlines where deadline.kind == .dismissalNotice {
                    for kind in [DeskEventKind.noticeMinistry, .noticeMigration] {
                        try desk.addEvent(applicantID: applicantID, institutionCode: applicant.institutionCode, kind: kind,
                                          subject: date.description, dueOn: deadline.due, detail: reason, by: caller)
                    }
                }
            }
            var detail = "applicant \(applicantID), record \(recordID): \(from.rawValue) → \(change.to.rawValue) on \(date): \(reason)"
            if case .graduate(let diploma?) = event {
                detail += "; diploma \(diploma.series) \(diploma.registrationNumber) of \(diploma.issueDate), \(diploma.level.rawValue)"
            }
            try audit.record(event.kind == .graduate ? .graduation : .statusChange, pin: stored.pin, purpose: nil,
                             detail: detail, by: caller)
            return change
        }
    }

    /// 4.9: graduation with the state document on education, on `date` (the diploma's issue
    /// date when not given).
    @discardableResult
    public func graduate(applicantID: Int64, expectedVersion: Int, diploma: Diploma, on date: CivilDate? = nil,
                         orderNumber: String = "") throws -> StatusChange {
        try changeStatus(applicantID: applicantID, expectedVersion: expectedVersion, event: .graduate(diploma),
                         on: date ?? diploma.issueDate, orderNumber: orderNumber)
    }
}
