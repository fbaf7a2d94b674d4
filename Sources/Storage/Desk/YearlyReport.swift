import Domain

/// 4.8: the foreign students of an institution in a year, for the Ministry of Education and
/// the State Statistics Committee, each with their FİN and their state at the year's end
/// (who counts: `YearlyReportRule`). The report has two done-marks, one per addressee, and
/// its due day is a setting.
public struct YearlyReport: Sendable {
    public struct Line: Sendable, Hashable {
        public let number: Int
        public let applicant: Applicant
        public let admittedOn: CivilDate
        /// The FİN of the student's registry record (4.11), or the desk's; nil while unknown.
        public let pin: PIN?
        /// The state at the end of the year, from the status history.
        public let state: EducationState
    }

    /// The two addressees of 4.8, each marked done on its own.
    public enum Addressee: String, Sendable, CaseIterable {
        case ministry
        case statistics

        var kind: DeskEventKind { self == .ministry ? .yearlyReport : .yearlyReportStatistics }
        public var phrase: Phrase { Phrases.deskEventKind(kind.name) }
    }

    public let year: Int
    public let institutionCode: String
    public let lines: [Line]
    /// The 4.8 deadline of this year's report (due day from the setting).
    public let deadline: Deadline
    /// Who marked the report sent to each addressee, and when; absent while not sent.
    public let sent: [Addressee: DeskEvent]

    public init(year: Int, by caller: Caller, database: Database) throws {
        try caller.require([.clerk, .admin], to: Actions.makeYearlyReport)
        self.year = year
        let institution = DeskRepository.institution(of: caller)
        institutionCode = institution ?? ""
        let desk = DeskRepository(database: database)
        var lines: [Line] = []
        try database.read {
            for (applicant, followUp) in try desk.students(institutionCode: institution) {
                guard let admitted = followUp.admittedOn else { continue }
                var history: [YearlyReportRule.Change] = []
                var recordPIN: PIN?
                if let recordID = followUp.studentRecordID {
                    history = try database.rows("""
                        SELECT changed_on, to_state FROM status_change WHERE student_record_id = ? ORDER BY changed_on, id
                        """, [recordID]) { row in
                        YearlyReportRule.Change(on: try StoredValue.date(row.text(0), column: "status_change.changed_on"),
                                                to: try StoredValue.decode(EducationState.self, row.text(1),
                                                                           column: "status_change.to_state"))
                    }
                    recordPIN = try database.first("SELECT pin FROM student_record WHERE id = ?", [recordID]) {
                        $0.optionalText(0).map(PIN.init(unchecked:))
                    } ?? nil
                }
                guard let state = YearlyReportRule.state(
                    in: year, admittedOn: admitted, history: history, current: followUp.educationState ?? .studying,
                    closedOn: followUp.dismissedOn, permanentResident: applicant.permanentResident) else { continue }
                lines.append(Line(number: lines.count + 1, applicant: applicant, admittedOn: admitted,
                                  pin: recordPIN ?? followUp.pin, state: state))
            }
        }
        self.lines = lines
        let dueDay = try SQLiteSettingsRepository(database: database).setting(SettingKeys.yearlyReportDueDay).value
        deadline = .yearlyReport(year: year, dueDay: dueDay)
        var sent: [Addressee: DeskEvent] = [:]
        if let institution {
            for addressee in Addressee.allCases {
                sent[addressee] = try desk.event(institutionCode: institution, kind: addressee.kind, subject: String(year),
                                                 applicantID: nil)
            }
        }
        self.sent = sent
    }

    /// Marks the report of `year` sent to `addressee` on `date` (who and when are kept);
    /// refused when it already is, saying by whom and when.
    public static func markSent(year: Int, to addressee: Addressee, on date: CivilDate, by caller: Caller,
                                database: Database) throws {
        try caller.require([.clerk, .admin], to: Actions.recordDeadlines)
        guard let institution = DeskRepository.institution(of: caller), !institution.isEmpty else {
            throw PermissionError(login: caller.login, action: Actions.markReportSentWithoutInstitution)
        }
        let desk = DeskRepository(database: database)
        let dueDay = try SQLiteSettingsRepository(database: database).setting(SettingKeys.yearlyReportDueDay).value
        try database.write {
            if let done = try desk.event(institutionCode: institution, kind: addressee.kind, subject: String(year),
                                         applicantID: nil) {
                throw ConflictError(table: "desk_event", id: String(done.id), changedBy: done.doneBy, changedAt: done.doneAt,
                                    stillExists: true)
            }
            try desk.addEvent(applicantID: nil, institutionCode: institution, kind: addressee.kind, subject: String(year),
                              dueOn: Deadline.yearlyReport(year: year, dueDay: dueDay).due, doneOn: date, by: caller)
        }
    }

    public static let csvHeader = ["number", "surname", "name", "father_name", "citizenship", "birth_date", "passport",
                                   "pin", "level", "major", "language", "study_form", "basis", "admitted_on", "state"]

    public func csvRow(_ line: Line) -> [String] {
        let a = line.applicant
        return [String(line.number), a.surname, a.name, a.fatherName, a.citizenship, a.birthDate.description,
                a.passportNumber, line.pin?.value ?? "", a.level.rawValue, a.majorCode, a.programLanguage,
                a.studyForm.rawValue, a.basis.rawValue, line.admittedOn.description, line.state.rawValue]
    }

    /// RFC 4180 CSV with a header line, no cell a spreadsheet would run (`CSVText`).
    public var csv: String {
        ([Self.csvHeader] + lines.map(csvRow)).map { CSVText.record($0) }.joined()
    }
}
