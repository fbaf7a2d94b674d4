import Domain

/// 4.8: the foreign students of an institution in a year, for the Ministry of Education and
/// the State Statistics Committee. A student counts for a year when admitted on or before
/// its last day and not dismissed, transferred or graduated before its first day.
public struct YearlyReport: Sendable {
    public struct Line: Sendable, Hashable {
        public let number: Int
        public let applicant: Applicant
        public let admittedOn: CivilDate
        public let state: EducationState
    }

    public let year: Int
    public let institutionCode: String
    public let lines: [Line]

    public init(year: Int, by caller: Caller, database: Database) throws {
        try caller.require([.clerk, .admin], to: "make the yearly report")
        self.year = year
        let institution = DeskRepository.institution(of: caller)
        institutionCode = institution ?? ""
        var lines: [Line] = []
        for (applicant, followUp) in try DeskRepository(database: database).students(institutionCode: institution) {
            guard let admitted = followUp.admittedOn, admitted.year <= year else { continue }
            if let left = followUp.dismissedOn, left.year < year { continue }
            lines.append(Line(number: lines.count + 1, applicant: applicant, admittedOn: admitted,
                              state: followUp.educationState ?? .studying))
        }
        self.lines = lines
    }

    public static let csvHeader = ["number", "surname", "name", "father_name", "citizenship", "birth_date", "passport",
                                   "level", "major", "language", "study_form", "basis", "admitted_on", "state"]

    public func csvRow(_ line: Line) -> [String] {
        let a = line.applicant
        return [String(line.number), a.surname, a.name, a.fatherName, a.citizenship, a.birthDate.description,
                a.passportNumber, a.level.rawValue, a.majorCode, a.programLanguage, a.studyForm.rawValue, a.basis.rawValue,
                line.admittedOn.description, line.state.rawValue]
    }

    /// RFC 4180 CSV with a header line, no cell a spreadsheet would run (`CSVText`).
    public var csv: String {
        ([Self.csvHeader] + lines.map(csvRow)).map(CSVText.record).joined()
    }
}
