import Domain
import Foundation

/// SQL shared by every writer of registry rows (the repository, the importer, the demo).
enum RegistrySQL {
    /// A uniqueness conflict on a natural key leaves the row out (`changes() == 0`), which is
    /// how a re-run import recognises what is already present; any other constraint still fails.
    static let insertRecord = """
        INSERT INTO student_record(pin, surname, name, father_name, surname_key, name_key, sort_key,
            birth_date, admission_year, institution_id, funding, level, years_of_study, major_id,
            enrollment_status, education_state, updated_by, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """
    static let insertDiploma = """
        INSERT INTO diploma(student_record_id, series, registration_number, issue_date, level)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """
}

extension SQLiteRegistryRepository: RegistryEditing {
    public func add(_ record: StudentRecord, by caller: Caller) throws -> StudentRecord {
        try record.checkStoredText()
        try caller.require([.admin, .ssac, .clerk], to: Actions.addRegistryRecords)
        try requireOwnInstitution(record.institutionCode, caller, to: Actions.addRegistryRecords)
        let id: Int64 = try database.write {
            let (institutionID, majorID) = try referenceIDs(record)
            let name = record.name
            try database.run(RegistrySQL.insertRecord, [
                record.pin?.value, name.surname, name.name, name.fatherName, name.surnameSearchKey, name.nameSearchKey,
                name.sortKey, record.birthDate.description, record.admissionYear, institutionID, record.funding.rawValue,
                record.level.rawValue, record.yearsOfStudy, majorID, record.enrollmentStatus.rawValue,
                record.educationState.rawValue, caller.login, try database.now(),
            ])
            guard database.changes == 1 else {
                throw ValidationError(field: "record", reason: Phrase(
                    az: "bu şəxsin bu müəssisədə, bu ixtisasda və bu qəbul ilində qeydi artıq var",
                    en: "this person already has a record at this institution, major and admission year"))
            }
            let id = database.lastInsertRowID
            try saveDiploma(record.diploma, recordID: id)
            try database.audit(.recordAdd, pin: record.pin, "record \(id): " + Self.summary(record), by: caller)
            return id
        }
        guard let stored = try fetch(id: id) else { throw StoredValue.corrupt("student_record.id", String(id)) }
        return stored
    }

    public func update(_ record: StudentRecord, by caller: Caller) throws -> StudentRecord {
        try record.checkStoredText()
        try caller.require([.admin, .ssac, .clerk], to: Actions.changeRegistryRecords)
        try requireOwnInstitution(record.institutionCode, caller, to: Actions.changeRegistryRecords)
        try requireOwnInstitution(try storedInstitution(record.id), caller, to: Actions.changeRegistryRecords)
        try database.write {
            let before = try fetch(id: record.id)
            let (institutionID, majorID) = try referenceIDs(record)
            let name = record.name
            try database.updateVersioned("""
                UPDATE student_record SET pin = ?, surname = ?, name = ?, father_name = ?, surname_key = ?, name_key = ?,
                    sort_key = ?, birth_date = ?, admission_year = ?, institution_id = ?, funding = ?, level = ?,
                    years_of_study = ?, major_id = ?, enrollment_status = ?, education_state = ?,
                    version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [
                    record.pin?.value, name.surname, name.name, name.fatherName, name.surnameSearchKey, name.nameSearchKey,
                    name.sortKey, record.birthDate.description, record.admissionYear, institutionID, record.funding.rawValue,
                    record.level.rawValue, record.yearsOfStudy, majorID, record.enrollmentStatus.rawValue,
                    record.educationState.rawValue, caller.login, record.id, record.version,
                ], table: "student_record", keyColumn: "id", key: record.id, keyText: String(record.id))
            try database.run("DELETE FROM diploma WHERE student_record_id = ?", [record.id])
            try saveDiploma(record.diploma, recordID: record.id)
            let changed = before.map { Self.changedFields($0, record) } ?? []
            try database.audit(.recordChange, pin: record.pin ?? before?.pin,
                               "record \(record.id): " + (changed.isEmpty ? "saved unchanged" : "changed " + changed.joined(separator: ", ")),
                               by: caller)
        }
        guard let stored = try fetch(id: record.id) else { throw StoredValue.corrupt("student_record.id", String(record.id)) }
        return stored
    }

    public func changeState(recordID: Int64, to state: EducationState, on date: CivilDate, reason: String,
                            orderNumber: String, expectedVersion: Int, by caller: Caller) throws -> StudentRecord {
        try TextGuard.check(["reason": reason, "order_number": orderNumber])
        try caller.require([.admin, .ssac, .clerk], to: Actions.changeStateOfEducation)
        try requireOwnInstitution(try storedInstitution(recordID), caller, to: Actions.changeStateOfEducation)
        try database.write {
            let from = try database.first("SELECT education_state FROM student_record WHERE id = ?", [recordID]) { $0.text(0) }
            try database.updateVersioned("""
                UPDATE student_record SET education_state = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [state.rawValue, caller.login, recordID, expectedVersion],
                table: "student_record", keyColumn: "id", key: recordID, keyText: String(recordID))
            try database.run("""
                INSERT INTO status_change(student_record_id, changed_on, from_state, to_state, reason, order_number, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [recordID, date.description, from ?? state.rawValue, state.rawValue, reason, orderNumber, caller.login])
            let pin = try database.first("SELECT pin FROM student_record WHERE id = ?", [recordID]) { $0.optionalText(0) }
            try database.audit(.recordStateChange, pin: pin.flatMap { $0 }.map(PIN.init(unchecked:)),
                               "record \(recordID): \(from ?? "?") → \(state.rawValue) on \(date)"
                                   + (orderNumber.isEmpty ? "" : ", order \(orderNumber)") + (reason.isEmpty ? "" : ": \(reason)"),
                               by: caller)
        }
        guard let stored = try fetch(id: recordID) else { throw StoredValue.corrupt("student_record.id", String(recordID)) }
        return stored
    }

    /// A clerk works on the records of their own institution only (DESIGN "Roles"); SSAC
    /// staff and administrators on all.
    private func requireOwnInstitution(_ code: String?, _ caller: Caller, to action: Phrase) throws {
        guard caller.role == .clerk else { return }
        guard let code, code == caller.institutionCode else {
            throw PermissionError(login: caller.login, action: Actions.ofAnotherInstitution(action))
        }
    }

    private func storedInstitution(_ recordID: Int64) throws -> String? {
        try database.first("""
            SELECT i.code FROM student_record r JOIN institution i ON i.id = r.institution_id WHERE r.id = ?
            """, [recordID]) { $0.text(0) }
    }

    public func statusHistory(recordID: Int64) throws -> [RecordStatusChange] {
        try browser.require([.ssac, .admin, .clerk], to: Actions.readRegistryRecords)
        try checkReading(institutionCode: try storedInstitution(recordID))
        return try database.rows("""
            SELECT id, student_record_id, changed_on, from_state, to_state, reason, order_number, recorded_at, recorded_by
            FROM status_change WHERE student_record_id = ? ORDER BY changed_on, id
            """, [recordID]) { row in
            RecordStatusChange(id: row.int64(0), recordID: row.int64(1),
                         changedOn: try StoredValue.date(row.text(2), column: "status_change.changed_on"),
                         from: try StoredValue.decode(EducationState.self, row.text(3), column: "status_change.from_state"),
                         to: try StoredValue.decode(EducationState.self, row.text(4), column: "status_change.to_state"),
                         reason: row.text(5), orderNumber: row.text(6), recordedAt: row.text(7), recordedBy: row.text(8))
        }
    }

    /// What the audit says about a record: enough to tell later which record it was.
    static func summary(_ r: StudentRecord) -> String {
        "\(r.name.surname) \(r.name.name), \(r.institutionCode) \(r.majorCode) \(r.admissionYear) \(r.level.rawValue) "
            + r.educationState.rawValue + (r.diploma.map { ", diploma \($0.series) \($0.registrationNumber)" } ?? "")
    }

    /// The names of the fields an edit changed, for the audit row of a record change.
    static func changedFields(_ old: StudentRecord, _ new: StudentRecord) -> [String] {
        var changed: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { changed.append(name) } }
        check("pin", old.pin, new.pin)
        check("surname", old.name.surname, new.name.surname)
        check("name", old.name.name, new.name.name)
        check("father_name", old.name.fatherName, new.name.fatherName)
        check("birth_date", old.birthDate, new.birthDate)
        check("admission_year", old.admissionYear, new.admissionYear)
        check("institution", old.institutionCode, new.institutionCode)
        check("funding", old.funding, new.funding)
        check("level", old.level, new.level)
        check("years_of_study", old.yearsOfStudy, new.yearsOfStudy)
        check("major", old.majorCode, new.majorCode)
        check("enrollment_status", old.enrollmentStatus, new.enrollmentStatus)
        check("education_state", old.educationState, new.educationState)
        check("diploma", old.diploma, new.diploma)
        return changed
    }

    private func referenceIDs(_ record: StudentRecord) throws -> (Int64, Int64) {
        guard let institutionID = try database.first("SELECT id FROM institution WHERE code = ?", [record.institutionCode],
                                                     { $0.int64(0) }) else {
            throw ValidationError(field: "institution_code", reason: Phrase(
                az: "\"\(record.institutionCode)\" kodlu müəssisə yoxdur", en: "there is no institution \"\(record.institutionCode)\""))
        }
        guard let majorID = try database.first("SELECT id FROM major WHERE code = ?", [record.majorCode], { $0.int64(0) }) else {
            throw ValidationError(field: "major_code", reason: Phrase(
                az: "\"\(record.majorCode)\" kodlu ixtisas yoxdur", en: "there is no major \"\(record.majorCode)\""))
        }
        return (institutionID, majorID)
    }

    /// Stores the series and number as the diploma check looks them up (`Diploma.normalisedSeries`),
    /// whoever typed them and however.
    private func saveDiploma(_ diploma: Diploma?, recordID: Int64) throws {
        guard var diploma else { return }
        diploma.series = Diploma.normalisedSeries(diploma.series)
        diploma.registrationNumber = Diploma.normalisedNumber(diploma.registrationNumber)
        try database.run(RegistrySQL.insertDiploma, [recordID, diploma.series, diploma.registrationNumber,
                                                     diploma.issueDate.description, diploma.level.rawValue])
        guard database.changes == 1 else {
            throw ValidationError(field: "diploma", reason: Phrase(
                az: "\(diploma.series) \(diploma.registrationNumber) diplomu başqa qeydə yazılıb",
                en: "diploma \(diploma.series) \(diploma.registrationNumber) is already registered to another record"))
        }
    }
}

extension SQLiteRegistryRepository: ReferenceRepository {
    public func institutions() throws -> [Institution] {
        try database.rows(Self.institutionColumns + " ORDER BY name", [], Self.institution)
    }

    public func institution(code: String) throws -> Institution? {
        try database.first(Self.institutionColumns + " WHERE code = ?", [code], Self.institution)
    }

    public func majors() throws -> [Major] {
        try database.rows("SELECT id, code, name, version FROM major ORDER BY code", [], Self.major)
    }

    public func major(code: String) throws -> Major? {
        try database.first("SELECT id, code, name, version FROM major WHERE code = ?", [code], Self.major)
    }

    public func save(_ institution: Institution, by caller: Caller) throws -> Institution {
        try institution.checkStoredText()
        try caller.require([.admin], to: Actions.changeInstitutions)
        let code = institution.code
        try database.write {
            if institution.id == 0 {
                try database.run("""
                    INSERT INTO institution(code, name, city, address, rector, name_en, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, \(nowSQL), ?)
                    """, [code, institution.name, institution.city, institution.address, institution.rector,
                          institution.nameEnglish, caller.login])
            } else {
                try database.updateVersioned("""
                    UPDATE institution SET code = ?, name = ?, city = ?, address = ?, rector = ?, name_en = ?,
                        version = version + 1, updated_at = \(nowSQL), updated_by = ? WHERE id = ? AND version = ?
                    """, [code, institution.name, institution.city, institution.address, institution.rector,
                          institution.nameEnglish, caller.login, institution.id, institution.version],
                    table: "institution", keyColumn: "id", key: institution.id, keyText: code)
            }
            try database.audit(.referenceChange, (institution.id == 0 ? "institution added: " : "institution changed: ")
                               + "\(code) \(institution.name)", by: caller)
        }
        guard let stored = try self.institution(code: code) else { throw StoredValue.corrupt("institution.code", code) }
        return stored
    }

    public func save(_ major: Major, by caller: Caller) throws -> Major {
        try major.checkStoredText()
        try caller.require([.admin], to: Actions.changeMajors)
        try database.write {
            if major.id == 0 {
                try database.run("INSERT INTO major(code, name, updated_at, updated_by) VALUES (?, ?, \(nowSQL), ?)",
                                 [major.code, major.name, caller.login])
            } else {
                try database.updateVersioned("""
                    UPDATE major SET code = ?, name = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                    WHERE id = ? AND version = ?
                    """, [major.code, major.name, caller.login, major.id, major.version],
                    table: "major", keyColumn: "id", key: major.id, keyText: major.code)
            }
            try database.audit(.referenceChange, (major.id == 0 ? "major added: " : "major changed: ")
                               + "\(major.code) \(major.name)", by: caller)
        }
        guard let stored = try self.major(code: major.code) else { throw StoredValue.corrupt("major.code", major.code) }
        return stored
    }

    static let institutionColumns = "SELECT id, code, name, city, address, rector, version, name_en FROM institution"

    static func institution(_ row: Row) -> Institution {
        Institution(id: row.int64(0), code: row.text(1), name: row.text(2), city: row.text(3), address: row.text(4),
                    rector: row.text(5), nameEnglish: row.text(7), version: row.int(6))
    }

    static func major(_ row: Row) -> Major {
        Major(id: row.int64(0), code: row.text(1), name: row.text(2), version: row.int(3))
    }
}
