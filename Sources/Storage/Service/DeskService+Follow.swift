import Domain

/// What the desk screens read and keep besides the application itself: the applicant list,
/// the students and their events, the deadlines list and the 4.8 report, the registry's
/// names of institutions and majors, the holiday calendar, and the clerk's drafts. Every read
/// is the caller's (a clerk: their own institution's), permission-checked in Storage.
extension DeskService {
    // MARK: - Lists

    /// A page of applicants after (or before, `backwards`) `cursor`, narrowed by `filter`;
    /// keyset, never an OFFSET.
    public func applicants(filter: ApplicantFilter, order: ApplicantOrder, after cursor: ApplicantCursor?,
                           backwards: Bool = false, limit: Int) throws -> [ApplicantRow] {
        try desk.applicants(filter: filter, order: order, after: cursor, backwards: backwards, limit: limit, by: caller)
    }

    /// The caller's foreign students with their follow-up.
    public func students() throws -> [(applicant: Applicant, followUp: AdmissionFollowUp)] {
        try desk.students(by: caller)
    }

    /// An applicant's deadlines and notices.
    public func events(applicantID: Int64) throws -> [DeskEvent] { try desk.events(applicantID: applicantID, by: caller) }

    /// The status history (4.10) of a registry record the desk keeps.
    public func statusHistory(recordID: Int64) throws -> [RecordStatusChange] {
        try caller.require(Self.deskRoles, to: Actions.seeForeignStudents)
        return try registry.statusHistory(recordID: recordID)
    }

    /// Who changed the applicant last and when (for the review of two versions after a conflict).
    public func lastChange(applicantID: Int64) throws -> (by: String, at: String)? {
        try desk.lastChange(applicantID: applicantID)
    }

    // MARK: - Deadlines and the 4.8 report

    /// The pending deadlines of the caller's institution by due date, and the 4.12 warning
    /// while this year or the next has no holidays entered.
    public func deadlines(on today: CivilDate) throws -> (lines: [DeskDeadline], holidayWarning: Phrase?) {
        let deadlines = DeskDeadlines(database: database)
        return (try deadlines.pending(on: today, by: caller), try deadlines.holidayWarning(on: today))
    }

    /// Marks a deadline done on `today` (who and when are kept).
    public func markDone(_ line: DeskDeadline, on today: CivilDate) throws {
        try DeskDeadlines(database: database).markDone(line, on: today, by: caller)
    }

    /// The 4.8 report of `year` for the caller's institution.
    public func yearlyReport(year: Int) throws -> YearlyReport { try YearlyReport(year: year, by: caller, database: database) }

    /// Marks the 4.8 report of `year` sent to `addressee` on `date`.
    public func markReportSent(year: Int, to addressee: YearlyReport.Addressee, on date: CivilDate) throws {
        try YearlyReport.markSent(year: year, to: addressee, on: date, by: caller, database: database)
    }

    // MARK: - The registry's names and the calendar

    public func institution(code: String) throws -> Institution? { try registry.institution(code: code) }
    public func major(code: String) throws -> Major? { try registry.major(code: code) }
    public func majors() throws -> [Major] { try registry.majors() }

    /// 4.12: the warning while this year or the next has no holidays entered, or nil.
    public func holidayWarning(on date: CivilDate) throws -> Phrase? { try settings.holidayWarning(on: date) }

    /// The working-day calendar (4.12) from `from` to `to`.
    public func workingDayCalendar(from: CivilDate, to: CivilDate) throws -> WorkingDayCalendar {
        try settings.workingDayCalendar(from: from, to: to)
    }

    // MARK: - Drafts

    /// The caller's own drafts (forms left unsaved by an SSH drop or a closed session).
    public func drafts() throws -> [Draft] { try draftStore.drafts(by: caller) }

    public func keepDraft(form: String, subject: String, fields: [String: String]) throws {
        try draftStore.save(form: form, subject: subject, fields: fields, by: caller)
    }

    public func discardDraft(form: String, subject: String) throws {
        try draftStore.discard(form: form, subject: subject, by: caller)
    }
}
