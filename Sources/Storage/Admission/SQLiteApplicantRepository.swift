import Domain
import Foundation

enum ApplicantSQL {
    static let insert = """
        INSERT INTO applicant(surname, name, father_name, surname_key, name_key, sort_key, citizenship, birth_date,
            passport_number, passport_expiry, institution_code, major_code, level, program_language, study_form, basis,
            previous_level, previous_country, previous_institution, previous_language, studied_in_azerbaijan,
            continues_to_next_level, permanent_resident, contact, state, created_by, updated_at, updated_by,
            years_of_study, previous_recognised)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(nowSQL), ?, ?, ?)
        ON CONFLICT DO NOTHING
        """

    /// The applicant's columns as `applicant(_:)` reads them: `columnCount` of them.
    static let columnList = """
        id, surname, name, father_name, citizenship, birth_date, passport_number, passport_expiry,
        institution_code, major_code, level, program_language, study_form, basis, previous_level,
        previous_country, previous_institution, previous_language, studied_in_azerbaijan,
        continues_to_next_level, permanent_resident, contact, state, version, sort_key, years_of_study,
        previous_recognised
        """
    static let columnCount: Int32 = 27
    static let columns = "SELECT \(columnList) FROM applicant"

    /// The admission follow-up's columns of `applicant`, read by `followUp(_:from:)`.
    static let followUpColumns = """
        admitted_on, residence_document_on, pin, education_state, dismissed_on, dismissal_notice_on, student_record_id,
        admission_order_number
        """

    /// The follow-up from `followUpColumns`, starting at column `first` of `row`.
    static func followUp(_ row: Row, from first: Int32) throws -> AdmissionFollowUp {
        AdmissionFollowUp(
            admittedOn: try StoredValue.optionalDate(row.optionalText(first), column: "applicant.admitted_on"),
            residenceDocumentOn: try StoredValue.optionalDate(row.optionalText(first + 1), column: "applicant.residence_document_on"),
            pin: row.optionalText(first + 2).map(PIN.init(unchecked:)),
            educationState: try row.optionalText(first + 3).map {
                try StoredValue.decode(EducationState.self, $0, column: "applicant.education_state")
            },
            dismissedOn: try StoredValue.optionalDate(row.optionalText(first + 4), column: "applicant.dismissed_on"),
            dismissalNoticeOn: try StoredValue.optionalDate(row.optionalText(first + 5), column: "applicant.dismissal_notice_on"),
            studentRecordID: row.optionalInt64(first + 6), admissionOrderNumber: row.optionalText(first + 7))
    }

    /// The values of `insert` for one applicant, in order.
    static func insertArguments(_ a: Applicant, login: String) -> [SQLBindable] {
        let name = PersonName(surname: a.surname, name: a.name, fatherName: a.fatherName)
        return [a.surname, a.name, a.fatherName, name.surnameSearchKey, name.nameSearchKey, name.sortKey, a.citizenship,
                a.birthDate.description, a.passportNumber, a.passportExpiry.description, a.institutionCode, a.majorCode,
                a.level.rawValue, a.programLanguage, a.studyForm.rawValue, a.basis.rawValue, a.previous.level.rawValue,
                a.previous.country, a.previous.institution, a.previous.language, a.previous.completedInAzerbaijan,
                a.previous.continuesToNextLevel, a.permanentResident, a.contact, a.state.rawValue, login, login,
                a.yearsOfStudy, a.previous.recognisedInAzerbaijan]
    }

    /// The names of the fields an edit changed, for its audit row.
    static func changedFields(_ old: Applicant, _ new: Applicant) -> [String] {
        let pairs: [(String, Bool)] = [
            ("surname", old.surname != new.surname), ("name", old.name != new.name),
            ("father_name", old.fatherName != new.fatherName), ("citizenship", old.citizenship != new.citizenship),
            ("birth_date", old.birthDate != new.birthDate), ("passport_number", old.passportNumber != new.passportNumber),
            ("passport_expiry", old.passportExpiry != new.passportExpiry),
            ("institution", old.institutionCode != new.institutionCode), ("major", old.majorCode != new.majorCode),
            ("level", old.level != new.level), ("program_language", old.programLanguage != new.programLanguage),
            ("study_form", old.studyForm != new.studyForm), ("basis", old.basis != new.basis),
            ("previous_education", old.previous != new.previous),
            ("permanent_resident", old.permanentResident != new.permanentResident), ("contact", old.contact != new.contact),
        ]
        return pairs.filter(\.1).map(\.0)
    }

    static func applicant(_ row: Row) throws -> Applicant {
        let previous = PreviousEducation(
            level: try StoredValue.decode(PriorLevel.self, row.text(14), column: "applicant.previous_level"),
            country: row.text(15), institution: row.text(16), language: row.text(17),
            completedInAzerbaijan: row.bool(18), continuesToNextLevel: row.optionalInt(19).map { $0 != 0 } ?? false,
            recognisedInAzerbaijan: row.bool(26))
        return Applicant(
            id: row.int64(0), surname: row.text(1), name: row.text(2), fatherName: row.text(3), citizenship: row.text(4),
            birthDate: try StoredValue.date(row.text(5), column: "applicant.birth_date"), passportNumber: row.text(6),
            passportExpiry: try StoredValue.date(row.text(7), column: "applicant.passport_expiry"),
            institutionCode: row.text(8), majorCode: row.text(9),
            level: try StoredValue.decode(EducationLevel.self, row.text(10), column: "applicant.level"),
            programLanguage: row.text(11),
            studyForm: try StoredValue.decode(StudyForm.self, row.text(12), column: "applicant.study_form"),
            basis: try StoredValue.decode(AdmissionBasis.self, row.text(13), column: "applicant.basis"),
            previous: previous, permanentResident: row.bool(20), yearsOfStudy: row.optionalInt(25), contact: row.text(21),
            state: try StoredValue.decode(ApplicantState.self, row.text(22), column: "applicant.state"),
            version: row.int(23))
    }
}

/// Foreign applicants in SQLite.
public final class SQLiteApplicantRepository: ApplicantRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    // MARK: - Applicants

    public func add(_ applicant: Applicant, by caller: Caller) throws -> Applicant {
        try applicant.checkStoredText()
        try checkInstitution(applicant.institutionCode, caller, Actions.addApplicants)
        let id: Int64 = try database.write {
            try database.run(ApplicantSQL.insert, ApplicantSQL.insertArguments(applicant, login: caller.login))
            guard database.changes == 1 else {
                throw ValidationError(field: "passport_number", reason: Phrase(
                    az: "bu pasportla bu müəssisəyə, ixtisasa və səviyyəyə ərizə artıq var",
                    en: "this passport has already applied to this institution, major and level"))
            }
            let id = database.lastInsertRowID
            try database.audit(.applicantChange, "applicant \(id) added: \(applicant.surname) \(applicant.name), passport "
                               + "\(applicant.passportNumber), \(applicant.institutionCode) \(applicant.majorCode)", by: caller)
            return id
        }
        return try stored(id)
    }

    public func applicant(id: Int64, by caller: Caller) throws -> Applicant? {
        guard let found = try database.first(ApplicantSQL.columns + " WHERE id = ?", [id], ApplicantSQL.applicant) else {
            return nil
        }
        try checkInstitution(found.institutionCode, caller, Actions.seeApplicants(of: found.institutionCode), reading: true)
        return found
    }

    public func update(_ a: Applicant, by caller: Caller) throws -> Applicant {
        try a.checkStoredText()
        try checkInstitution(a.institutionCode, caller, Actions.changeApplicants)
        let name = PersonName(surname: a.surname, name: a.name, fatherName: a.fatherName)
        try database.write {
            try checkCurrentInstitution(a.id, caller)
            let before = try stored(a.id)
            try database.updateVersioned("""
                UPDATE applicant SET surname = ?, name = ?, father_name = ?, surname_key = ?, name_key = ?, sort_key = ?,
                    citizenship = ?, birth_date = ?, passport_number = ?, passport_expiry = ?, institution_code = ?,
                    major_code = ?, level = ?, program_language = ?, study_form = ?, basis = ?, previous_level = ?,
                    previous_country = ?, previous_institution = ?, previous_language = ?, studied_in_azerbaijan = ?,
                    continues_to_next_level = ?, permanent_resident = ?, contact = ?, years_of_study = ?,
                    previous_recognised = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [a.surname, a.name, a.fatherName, name.surnameSearchKey, name.nameSearchKey, name.sortKey,
                      a.citizenship, a.birthDate.description, a.passportNumber, a.passportExpiry.description,
                      a.institutionCode, a.majorCode, a.level.rawValue, a.programLanguage, a.studyForm.rawValue,
                      a.basis.rawValue, a.previous.level.rawValue, a.previous.country, a.previous.institution,
                      a.previous.language, a.previous.completedInAzerbaijan, a.previous.continuesToNextLevel,
                      a.permanentResident, a.contact, a.yearsOfStudy, a.previous.recognisedInAzerbaijan, caller.login,
                      a.id, a.version],
                table: "applicant", keyColumn: "id", key: a.id, keyText: String(a.id))
            let changed = ApplicantSQL.changedFields(before, a)
            try database.audit(.applicantChange, "applicant \(a.id) "
                               + (changed.isEmpty ? "saved unchanged" : "changed " + changed.joined(separator: ", ")), by: caller)
        }
        return try stored(a.id)
    }

    public func applicants(institutionCode: String?, after cursor: ApplicantCursor?, limit: Int,
                           by caller: Caller) throws -> [ApplicantRow] {
        let institution = caller.role == .clerk ? caller.institutionCode ?? "" : institutionCode
        var conditions: [String] = []
        var arguments: [SQLBindable] = []
        if let institution {
            conditions.append("institution_code = ?")
            arguments.append(institution)
        }
        if let cursor {
            conditions.append("(sort_key, id) > (?, ?)")
            arguments += [cursor.sortKey, cursor.id]
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.rows(ApplicantSQL.columns + whereClause + " ORDER BY sort_key, id LIMIT ?",
                                 arguments + [limit]) { row in
            let applicant = try ApplicantSQL.applicant(row)
            return ApplicantRow(cursor: ApplicantCursor(sortKey: row.text(24), id: applicant.id), applicant: applicant)
        }
    }

    public func search(surnamePrefix: String, limit: Int, by caller: Caller) throws -> [Applicant] {
        let range = KeyRange(prefix: AzerbaijaniText.searchKey(surnamePrefix))
        guard !range.lower.isEmpty else { return [] }
        var sql = ApplicantSQL.columns + " WHERE surname_key >= ?"
        var arguments: [SQLBindable] = [range.lower]
        if let upper = range.upper {
            sql += " AND surname_key < ?"
            arguments.append(upper)
        }
        if caller.role == .clerk {
            sql += " AND institution_code = ?"
            arguments.append(caller.institutionCode ?? "")
        }
        return try database.rows(sql + " ORDER BY surname_key, name_key, birth_date, id LIMIT ?", arguments + [limit],
                                 ApplicantSQL.applicant)
    }

    public func changeState(applicantID: Int64, to state: ApplicantState, on date: CivilDate, paragraph: String,
                            reason: String, expectedVersion: Int, by caller: Caller) throws -> Applicant {
        try TextGuard.check(["paragraph": paragraph, "reason": reason])
        try database.write {
            try checkCurrentInstitution(applicantID, caller)
            let from = try database.first("SELECT state FROM applicant WHERE id = ?", [applicantID]) { $0.text(0) }
            try database.updateVersioned("""
                UPDATE applicant SET state = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [state.rawValue, caller.login, applicantID, expectedVersion],
                table: "applicant", keyColumn: "id", key: applicantID, keyText: String(applicantID))
            try database.run("""
                INSERT INTO applicant_status_change(applicant_id, changed_on, from_state, to_state, paragraph, reason, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [applicantID, date.description, from ?? state.rawValue, state.rawValue, paragraph, reason, caller.login])
            try database.audit(.applicantChange, "applicant \(applicantID): \(from ?? "?") → \(state.rawValue) on \(date) "
                               + "(\(paragraph))" + (reason.isEmpty ? "" : ": \(reason)"), by: caller)
        }
        return try stored(applicantID)
    }

    public func stateHistory(applicantID: Int64, by caller: Caller) throws -> [ApplicantStateChange] {
        try readingRecords(of: applicantID, by: caller) {
            try database.rows("""
                SELECT id, applicant_id, changed_on, from_state, to_state, paragraph, reason, recorded_at, recorded_by
                FROM applicant_status_change WHERE applicant_id = ? ORDER BY id
                """, [applicantID]) { row in
                ApplicantStateChange(id: row.int64(0), applicantID: row.int64(1),
                                     changedOn: try StoredValue.date(row.text(2), column: "applicant_status_change.changed_on"),
                                     from: row.text(3), to: row.text(4), paragraph: row.text(5), reason: row.text(6),
                                     recordedAt: row.text(7), recordedBy: row.text(8))
            }
        }
    }

    public func followUp(applicantID: Int64, by caller: Caller) throws -> AdmissionFollowUp {
        try readingRecords(of: applicantID, by: caller) { try followUp(uncheckedApplicantID: applicantID) }
    }

    /// The follow-up without a permission check, for Storage code that has already limited
    /// the applicants to the caller's (`DeskRepository.students(institutionCode:)`).
    func followUp(uncheckedApplicantID applicantID: Int64) throws -> AdmissionFollowUp {
        try database.first("SELECT \(ApplicantSQL.followUpColumns) FROM applicant WHERE id = ?", [applicantID]) { row in
            try ApplicantSQL.followUp(row, from: 0)
        } ?? AdmissionFollowUp()
    }

    public func saveFollowUp(_ f: AdmissionFollowUp, applicantID: Int64, expectedVersion: Int,
                             by caller: Caller) throws -> Applicant {
        try database.write {
            try checkCurrentInstitution(applicantID, caller)
            try database.updateVersioned("""
                UPDATE applicant SET admitted_on = ?, residence_document_on = ?, pin = ?, education_state = ?,
                    dismissed_on = ?, dismissal_notice_on = ?, student_record_id = ?, admission_order_number = ?,
                    version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [f.admittedOn?.description, f.residenceDocumentOn?.description, f.pin?.value,
                      f.educationState?.rawValue, f.dismissedOn?.description, f.dismissalNoticeOn?.description,
                      f.studentRecordID, f.admissionOrderNumber, caller.login, applicantID, expectedVersion],
                table: "applicant", keyColumn: "id", key: applicantID, keyText: String(applicantID))
        }
        return try stored(applicantID)
    }

    // MARK: - Support

    func stored(_ id: Int64) throws -> Applicant {
        guard let found = try database.first(ApplicantSQL.columns + " WHERE id = ?", [id], ApplicantSQL.applicant) else {
            throw StoredValue.corrupt("applicant.id", String(id))
        }
        return found
    }

    /// Applicants are the admission desk's: clerks (their own institution only) and
    /// administrators change them; SSAC staff may read them.
    func checkInstitution(_ code: String, _ caller: Caller, _ action: Phrase, reading: Bool = false) throws {
        if caller.role == .clerk && caller.institutionCode != code {
            throw PermissionError(login: caller.login, action: action)
        }
        if caller.role == .ssac && !reading {
            throw PermissionError(login: caller.login, action: action)
        }
    }

    /// Runs `query`, a read of one applicant's records, once the caller may read that
    /// applicant, both in one read transaction. DESIGN "Roles": the rule is the applicant's
    /// own (`applicant(id:by:)`): a clerk reads only their institution's applicants, SSAC
    /// staff and administrators read any. An unknown id is not refused, as
    /// `applicant(id:by:)` answers nil for it: the query finds nothing.
    func readingRecords<T>(of applicantID: Int64, by caller: Caller, _ query: () throws -> T) throws -> T {
        try database.read {
            let code = try database.first("SELECT institution_code FROM applicant WHERE id = ?", [applicantID]) { $0.text(0) }
            if let code {
                try checkInstitution(code, caller, Actions.seeApplicants(of: code), reading: true)
            }
            return try query()
        }
    }

    func checkCurrentInstitution(_ applicantID: Int64, _ caller: Caller) throws {
        try caller.require([.clerk, .admin], to: Actions.changeApplicants)
        guard caller.role == .clerk else { return }
        let code = try database.first("SELECT institution_code FROM applicant WHERE id = ?", [applicantID]) { $0.text(0) }
        if let code, code != caller.institutionCode {
            throw PermissionError(login: caller.login, action: Actions.of(Actions.changeApplicants, institution: code))
        }
    }
}
