import Domain

/// `sts import applicants`: foreign applicants from CSV. The natural key is the passport
/// (citizenship and number) with the institution, major and level applied for.
final class ApplicantImporter {
    enum Column: Int, CaseIterable {
        case surname, name, fatherName, citizenship, birthDate, passportNumber, passportExpiry, institutionCode
        case majorCode, level, programLanguage, studyForm, basis, previousLevel, previousCountry, previousLanguage
        case studiedInAzerbaijan
    }

    static let columns: [ColumnSpec] = [
        ColumnSpec(name: "surname", required: true), ColumnSpec(name: "name", required: true),
        ColumnSpec(name: "father_name", required: false), ColumnSpec(name: "citizenship", required: true),
        ColumnSpec(name: "birth_date", required: true), ColumnSpec(name: "passport_number", required: true),
        ColumnSpec(name: "passport_expiry", required: true), ColumnSpec(name: "institution_code", required: true),
        ColumnSpec(name: "major_code", required: true), ColumnSpec(name: "level", required: true),
        ColumnSpec(name: "program_language", required: true), ColumnSpec(name: "study_form", required: true),
        ColumnSpec(name: "basis", required: true), ColumnSpec(name: "previous_level", required: true),
        ColumnSpec(name: "previous_country", required: true), ColumnSpec(name: "previous_language", required: true),
        ColumnSpec(name: "studied_in_azerbaijan", required: true),
    ]

    static let levels: [StaticString] = ["secondary-specialised", "bachelor", "master", "doctorate", "residency"]
    static let studyForms: [StaticString] = ["full-time", "part-time"]
    static let bases: [StaticString] = ["3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5", "3.1.6"]
    static let priorLevels: [StaticString] = ["general-secondary", "secondary-specialised", "bachelor", "master",
                                              "doctorate", "residency", "secondary"]
    /// "secondary" alone is what most forms call a school-leaving certificate.
    static func priorLevel(_ index: Int) -> PriorLevel {
        index == 6 ? .generalSecondary : PriorLevel(rawValue: priorLevels[index].description) ?? .generalSecondary
    }
    static let yesNo: [StaticString] = ["yes", "no", "true", "false"]

    private let session: ImportSession
    private let database: Database
    private let caller: Caller
    private let today: CivilDate
    private var batch: [(line: Int, record: Range<Int>?, applicant: Applicant)] = []

    init(session: ImportSession, database: Database, caller: Caller, today: CivilDate) {
        self.session = session
        self.database = database
        self.caller = caller
        self.today = today
    }

    func run(batchSize: Int, progress: ((ImportSummary) -> Void)?) throws -> ImportSummary {
        while session.nextRecord() {
            do {
                let applicant = try parse()
                batch.append((session.line, session.rejects != nil ? session.recordRange() : nil, applicant))
            } catch let problem as ColumnProblem {
                session.reject(problem.column, problem.reason, kind: problem.kind)
            }
            session.owned.removeAll(keepingCapacity: true)
            if batch.count >= batchSize {
                try flush()
                progress?(session.summary)
            }
        }
        try flush()
        return session.summary
    }

    private func parse() throws -> Applicant {
        let surname = try text(.surname, max: 100, required: true)
        let name = try text(.name, max: 100, required: true)
        let father = try text(.fatherName, max: 100, required: false)
        let citizenship = try country(.citizenship)
        let birth = try date(.birthDate)
        if birth.year < 1900 || birth > today {
            throw ColumnProblem(column: "birth_date", reason: Phrase(
                az: "\"\(birth)\" doğum tarixi ola bilməz", en: "\"\(birth)\" cannot be a birth date"),
                kind: Phrase(az: "doğum tarixi ola bilməz (1900-dən əvvəl və ya gələcəkdə)",
                             en: "cannot be a birth date (before 1900 or in the future)"))
        }
        let passport = try passportNumber()
        let expiry = try date(.passportExpiry)
        let institution = try text(.institutionCode, max: 32, required: true)
        // A clerk loads the applicants of their own institution only (DESIGN "Roles").
        if caller.role == .clerk, caller.institutionCode != institution {
            throw ColumnProblem(column: "institution_code", reason: Phrase(
                az: "\(caller.login) yalnız \(caller.institutionCode ?? "öz müəssisəsinin") abituriyentlərini yükləyə bilər",
                en: "\(caller.login) may load applicants of \(caller.institutionCode ?? "their own institution") only"))
        }
        let major = try text(.majorCode, max: 32, required: true)
        let level = try choice(.level, Self.levels)
        let programLanguage = try language(.programLanguage)
        let studyForm = try choice(.studyForm, Self.studyForms)
        let basis = try choice(.basis, Self.bases)
        let previousLevel = try choice(.previousLevel, Self.priorLevels)
        let previousCountry = try country(.previousCountry)
        let previousLanguage = try language(.previousLanguage)
        let studied = try choice(.studiedInAzerbaijan, Self.yesNo) % 2 == 0
        let previous = PreviousEducation(
            level: Self.priorLevel(previousLevel),
            country: previousCountry, institution: "", language: previousLanguage, completedInAzerbaijan: studied,
            continuesToNextLevel: false)
        return Applicant(
            surname: surname, name: name, fatherName: father, citizenship: citizenship, birthDate: birth,
            passportNumber: passport, passportExpiry: expiry, institutionCode: institution, majorCode: major,
            level: EducationLevel(rawValue: Self.levels[level].description) ?? .bachelor,
            programLanguage: programLanguage,
            studyForm: StudyForm(rawValue: Self.studyForms[studyForm].description) ?? .fullTime,
            basis: AdmissionBasis(rawValue: Self.bases[basis].description) ?? .individualContract,
            previous: previous)
    }

    private func text(_ column: Column, max: Int, required: Bool) throws -> String {
        session.string(try session.text(column.rawValue, max: max, required: required))
    }

    private func date(_ column: Column) throws -> CivilDate {
        let span = try session.text(column.rawValue, max: 10, required: true)
        return try session.check(column.rawValue, span) { b throws(FieldProblem) in try FieldCheck.date(b) }
    }

    private func choice(_ column: Column, _ options: [StaticString]) throws -> Int {
        let span = try session.text(column.rawValue, max: 40, required: true)
        return try session.check(column.rawValue, span) { b throws(FieldProblem) in try FieldCheck.choice(b, options) }
    }

    private func country(_ column: Column) throws -> String {
        let raw = try text(column, max: 2, required: true)
        guard let code = ISOCodes.country(raw) else {
            throw ColumnProblem(column: StudentImporterNames.name(column), reason: Phrase(
                az: "\"\(raw)\" ISO 3166 ölkə kodu deyil", en: "\"\(raw)\" is not an ISO 3166 country code"),
                kind: Phrase(az: "ISO 3166 ölkə kodu deyil", en: "is not an ISO 3166 country code"))
        }
        return code
    }

    private func language(_ column: Column) throws -> String {
        let raw = try text(column, max: 2, required: true)
        guard let code = ISOCodes.language(raw) else {
            throw ColumnProblem(column: StudentImporterNames.name(column), reason: Phrase(
                az: "\"\(raw)\" ISO 639-1 dil kodu deyil", en: "\"\(raw)\" is not an ISO 639-1 language code"),
                kind: Phrase(az: "ISO 639-1 dil kodu deyil", en: "is not an ISO 639-1 language code"))
        }
        return code
    }

    /// Letters and digits (spaces and hyphens dropped), upper-cased.
    private func passportNumber() throws -> String {
        let raw = try text(.passportNumber, max: 30, required: true)
        let cleaned = raw.uppercased().filter { $0 != " " && $0 != "-" }
        guard (4...20).contains(cleaned.count), cleaned.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ColumnProblem(column: "passport_number", reason: Phrase(
                az: "\"\(raw)\" pasport nömrəsi deyil (4–20 latın hərfi və rəqəm)",
                en: "\"\(raw)\" is not a passport number (4 to 20 Latin letters and digits)"),
                kind: Phrase(az: "pasport nömrəsi deyil (4–20 latın hərfi və rəqəm)",
                             en: "is not a passport number (4 to 20 Latin letters and digits)"))
        }
        return cleaned
    }

    private func flush() throws {
        guard !batch.isEmpty else { return }
        defer { batch.removeAll(keepingCapacity: true) }
        var loaded = 0
        var present = 0
        var refused: [(Int, Range<Int>?, Phrase)] = []
        try database.write {
            let insert = try database.statement(ApplicantSQL.insert)
            for (line, record, applicant) in batch {
                session.progress?.finished(rows: session.rowsFinished + loaded + present + refused.count + 1)
                do {
                    try insert.run(ApplicantSQL.insertArguments(applicant, login: caller.login))
                } catch let error as DatabaseError where error.isConstraint {
                    refused.append((line, record, Phrase(az: "verilənlər bazası qəbul etmədi: \(error.message)",
                                                         en: "refused by the database: \(error.message)")))
                    continue
                }
                if database.changes == 1 { loaded += 1 } else { present += 1 }
            }
        }
        session.summary.loaded += loaded
        session.summary.alreadyPresent += present
        for (line, record, reason) in refused { session.reject(nil, reason, line: line, record: record) }
        session.progress?.finished(rows: session.rowsFinished)
    }
}

private enum StudentImporterNames {
    static func name(_ column: ApplicantImporter.Column) -> String { ApplicantImporter.columns[column.rawValue].name }
}
