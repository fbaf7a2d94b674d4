import Domain

/// The registry in SQLite.
public final class SQLiteRegistryRepository: RegistryRepository {
    let database: Database

    /// On whose behalf every read is made (issue 12: the caller is mandatory for every
    /// registry read; there is no caller-less way in for screens or commands).
    let browser: Caller

    /// A repository for a person reading the registry: SSAC staff and administrators read
    /// all of it; a clerk reads only their own institution's records by id (their students,
    /// 4.11) and its status history, and neither lists nor searches it.
    public init(database: Database, browsingAs caller: Caller) {
        self.database = database
        self.browser = caller
    }

    func checkBrowsing() throws {
        try browser.require([.ssac, .admin], to: Actions.browseRegistry)
    }

    /// A clerk may read a record of their own institution; SSAC staff and administrators any.
    func checkReading(institutionCode: String?) throws {
        guard browser.role == .clerk else { return }
        guard let institutionCode, institutionCode == browser.institutionCode else {
            throw PermissionError(login: browser.login, action: Actions.readOtherInstitutionsRecords)
        }
    }

    public static let selectColumns = """
        SELECT r.id, r.pin, r.surname, r.name, r.father_name, r.birth_date, r.admission_year,
               i.code, i.name, r.funding, r.level, r.years_of_study, m.code, m.name,
               r.enrollment_status, r.education_state,
               d.series, d.registration_number, d.issue_date, d.level, r.sort_key,
               r.version, r.surname_key, r.name_key
        FROM student_record r
        JOIN institution i ON i.id = r.institution_id
        JOIN major m ON m.id = r.major_id
        LEFT JOIN diploma d ON d.student_record_id = r.id
        """

    public func rows(after cursor: RegistryCursor?, limit: Int) throws -> [RegistryRow] {
        try checkBrowsing()
        if let cursor {
            return try database.rows(
                Self.selectColumns + " WHERE (r.sort_key, r.id) > (?, ?) ORDER BY r.sort_key, r.id LIMIT ?",
                [cursor.sortKey, cursor.id, limit], Self.row)
        }
        return try database.rows(Self.selectColumns + " ORDER BY r.sort_key, r.id LIMIT ?", [limit], Self.row)
    }

    public func rows(before cursor: RegistryCursor?, limit: Int) throws -> [RegistryRow] {
        try checkBrowsing()
        let found: [RegistryRow]
        if let cursor {
            found = try database.rows(
                Self.selectColumns + " WHERE (r.sort_key, r.id) < (?, ?) ORDER BY r.sort_key DESC, r.id DESC LIMIT ?",
                [cursor.sortKey, cursor.id, limit], Self.row)
        } else {
            found = try database.rows(Self.selectColumns + " ORDER BY r.sort_key DESC, r.id DESC LIMIT ?", [limit], Self.row)
        }
        return found.reversed()
    }

    public func records(pin: PIN) throws -> [StudentRecord] {
        try checkBrowsing()
        // Sorted here rather than by SQLite: a person has a record or two, and a temporary
        // sort in the query costs more than the lookup itself.
        return try database.rows(Self.selectColumns + " WHERE r.pin = ?", [pin.value]) { try Self.record($0) }
            .sorted { ($0.admissionYear, $0.id) > ($1.admissionYear, $1.id) }
    }

    public func record(id: Int64) throws -> StudentRecord? {
        try browser.require([.ssac, .admin, .clerk], to: Actions.readRegistryRecords)
        guard let found = try fetch(id: id) else { return nil }
        try checkReading(institutionCode: found.institutionCode)
        return found
    }

    /// A record without a permission check, for Storage code that has checked already (an
    /// edit reading back what it stored).
    func fetch(id: Int64) throws -> StudentRecord? {
        try database.first(Self.selectColumns + " WHERE r.id = ?", [id]) { try Self.record($0) }
    }

    static func row(_ row: Row) throws -> RegistryRow {
        let record = try record(row)
        return RegistryRow(cursor: RegistryCursor(sortKey: row.text(20), id: record.id), record: record)
    }

    static func record(_ row: Row) throws -> StudentRecord {
        let diploma: Diploma?
        if row.isNull(16) {
            diploma = nil
        } else {
            diploma = Diploma(series: row.text(16), registrationNumber: row.text(17),
                              issueDate: try StoredValue.date(row.text(18), column: "diploma.issue_date"),
                              level: try StoredValue.decode(DiplomaLevel.self, row.text(19), column: "diploma.level"))
        }
        return StudentRecord(
            id: row.int64(0),
            pin: row.optionalText(1).map(PIN.init(unchecked:)),
            name: PersonName(surname: row.text(2), name: row.text(3), fatherName: row.text(4)),
            birthDate: try StoredValue.date(row.text(5), column: "birth_date"),
            admissionYear: row.int(6),
            institutionCode: row.text(7), institutionName: row.text(8),
            funding: try StoredValue.decode(Funding.self, row.text(9), column: "funding"),
            level: try StoredValue.decode(EducationLevel.self, row.text(10), column: "level"),
            yearsOfStudy: row.int(11),
            majorCode: row.text(12), majorName: row.text(13),
            enrollmentStatus: try StoredValue.decode(EnrollmentStatus.self, row.text(14), column: "enrollment_status"),
            educationState: try StoredValue.decode(EducationState.self, row.text(15), column: "education_state"),
            diploma: diploma,
            version: row.int(21))
    }
}
