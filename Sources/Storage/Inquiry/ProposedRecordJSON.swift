import Domain
import Foundation

/// The record an institution supplies for an inquiry, kept as JSON until it is approved.
enum ProposedRecordJSON {
    static func encode(_ r: StudentRecord) throws -> String {
        var object: [String: Any] = [
            "surname": r.name.surname, "name": r.name.name, "father_name": r.name.fatherName,
            "birth_date": r.birthDate.description, "admission_year": r.admissionYear,
            "institution_code": r.institutionCode, "institution_name": r.institutionName,
            "funding": r.funding.rawValue, "level": r.level.rawValue, "years_of_study": r.yearsOfStudy,
            "major_code": r.majorCode, "major_name": r.majorName, "enrollment_status": r.enrollmentStatus.rawValue,
            "education_state": r.educationState.rawValue,
        ]
        if let pin = r.pin { object["pin"] = pin.value }
        if let d = r.diploma {
            object["diploma"] = ["series": d.series, "registration_number": d.registrationNumber,
                                 "issue_date": d.issueDate.description, "level": d.level.rawValue]
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) throws -> StudentRecord {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw StoredValue.corrupt("inquiry.proposed_record", text)
        }
        func string(_ key: String) -> String { object[key] as? String ?? "" }
        func int(_ key: String) -> Int { (object[key] as? NSNumber)?.intValue ?? 0 }
        let column = "inquiry.proposed_record"
        var diploma: Diploma?
        if let d = object["diploma"] as? [String: Any] {
            diploma = Diploma(series: d["series"] as? String ?? "",
                              registrationNumber: d["registration_number"] as? String ?? "",
                              issueDate: try StoredValue.date(d["issue_date"] as? String ?? "", column: column),
                              level: try StoredValue.decode(DiplomaLevel.self, d["level"] as? String ?? "", column: column))
        }
        return StudentRecord(
            id: 0, pin: (object["pin"] as? String).map(PIN.init(unchecked:)),
            name: PersonName(surname: string("surname"), name: string("name"), fatherName: string("father_name")),
            birthDate: try StoredValue.date(string("birth_date"), column: column), admissionYear: int("admission_year"),
            institutionCode: string("institution_code"), institutionName: string("institution_name"),
            funding: try StoredValue.decode(Funding.self, string("funding"), column: column),
            level: try StoredValue.decode(EducationLevel.self, string("level"), column: column),
            yearsOfStudy: int("years_of_study"), majorCode: string("major_code"), majorName: string("major_name"),
            enrollmentStatus: try StoredValue.decode(EnrollmentStatus.self, string("enrollment_status"), column: column),
            educationState: try StoredValue.decode(EducationState.self, string("education_state"), column: column),
            diploma: diploma)
    }
}
