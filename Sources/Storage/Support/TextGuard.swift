import Domain

/// Storage's side of the one rule for stored text (`StoredText`, issue 12): every
/// repository write of text checks it here, below the screens and the commands, so a screen
/// or command that forgot to check still cannot store an invisible control character. A
/// refusal is a `ValidationError` naming the field (the column's name) and the character,
/// and nothing is written.
enum TextGuard {
    static func check(_ fields: KeyValuePairs<String, String>) throws(ValidationError) {
        for (field, text) in fields {
            if let reason = StoredText.problem(in: text) { throw ValidationError(field: field, reason: reason) }
        }
    }

    static func check(_ text: String, field: String) throws(ValidationError) {
        if let reason = StoredText.problem(in: text) { throw ValidationError(field: field, reason: reason) }
    }
}

// MARK: - The text fields of what repositories store

extension Applicant {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check([
            "surname": surname, "name": name, "father_name": fatherName, "citizenship": citizenship,
            "passport_number": passportNumber, "institution_code": institutionCode, "major_code": majorCode,
            "program_language": programLanguage, "previous_country": previous.country,
            "previous_institution": previous.institution, "previous_language": previous.language, "contact": contact,
        ])
    }
}

extension DocumentRecord {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["paragraph": paragraph, "note": note])
        for (key, value) in details.sorted(by: { $0.key < $1.key }) {
            try TextGuard.check(key, field: "details")
            try TextGuard.check(value, field: key)
        }
    }
}

extension LanguageTestRecord {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(certificateNumber, field: "certificate_number")
    }
}

extension ContractRecord {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["number": number, "city": city, "student_address": studentAddress,
                             "termination_ground": terminationGround ?? ""])
    }
}

extension PaymentRecord {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(reference, field: "reference")
    }
}

extension PersonName {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["surname": surname, "name": name, "father_name": fatherName])
    }
}

extension StudentRecord {
    func checkStoredText() throws(ValidationError) {
        try name.checkStoredText()
        try TextGuard.check(["institution_code": institutionCode, "institution_name": institutionName,
                             "major_code": majorCode, "major_name": majorName,
                             "diploma_series": diploma?.series ?? "", "diploma_number": diploma?.registrationNumber ?? ""])
    }
}

extension Institution {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["code": code, "name": name, "city": city, "address": address, "rector": rector,
                             "name_en": nameEnglish])
    }
}

extension Major {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["code": code, "name": name])
    }
}

extension Inquiry {
    func checkStoredText() throws(ValidationError) {
        try name.checkStoredText()
        try TextGuard.check(["institution_code": institutionCode, "message": message])
    }
}

extension AppUser {
    func checkStoredText() throws(ValidationError) {
        try TextGuard.check(["login": login, "institution": institutionCode ?? ""])
    }
}
