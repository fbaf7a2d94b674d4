import Domain
import Foundation
@testable import Storage

/// Shared helpers for the storage tests.
enum TestSupport {
    static let admin = Caller(login: "admin1", role: .admin)
    static let ssac = Caller(login: "ssac1", role: .ssac)
    static let clerkBDU = Caller(login: "clerk1", role: .clerk, institutionCode: "BDU")

    /// The built `sts` (`<package root>/.build/debug/sts`) for tests that need other processes.
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/sts").path
    static var hasBinary: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// An in-memory database at the latest schema with two institutions and two majors.
    static func database() throws -> Database {
        let database = try Store.inMemory()
        try seedReference(database)
        return database
    }

    static func seedReference(_ database: Database) throws {
        try database.write {
            try database.run("INSERT INTO institution(code, name) VALUES ('BDU', 'Bakı Dövlət Universiteti'), ('ATU', 'Azərbaycan Tibb Universiteti')")
            try database.run("INSERT INTO major(code, name) VALUES ('050509', 'Kompüter elmləri'), ('050913', 'Müalicə işi')")
        }
    }

    /// A fresh directory for files that must be real (WAL, several connections, CSV).
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sts-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func date(_ text: String) -> CivilDate {
        CivilDate(parsing: text) ?? CivilDate(dayNumber: 0)
    }

    static func record(surname: String = "Məmmədov", name: String = "Əli", father: String = "Hüseyn oğlu",
                       pin: String? = "AB12CD3", born: String = "1990-05-17", year: Int = 2008,
                       institution: String = "BDU", major: String = "050509",
                       state: EducationState = .studying, diploma: Diploma? = nil) -> StudentRecord {
        StudentRecord(id: 0, pin: pin.map(PIN.init(unchecked:)), name: PersonName(surname: surname, name: name, fatherName: father),
                      birthDate: date(born), admissionYear: year, institutionCode: institution, institutionName: "",
                      funding: .state, level: .bachelor, yearsOfStudy: 4, majorCode: major, majorName: "",
                      enrollmentStatus: .admitted, educationState: state, diploma: diploma)
    }

    static func applicant(surname: String = "Yılmaz", passport: String = "U1234567", institution: String = "BDU") -> Applicant {
        Applicant(surname: surname, name: "Mehmet", citizenship: "TR", birthDate: date("2005-03-01"),
                  passportNumber: passport, passportExpiry: date("2030-01-01"), institutionCode: institution,
                  majorCode: "050509", level: .bachelor, programLanguage: "en", studyForm: .fullTime,
                  basis: .individualContract,
                  previous: PreviousEducation(level: .generalSecondary, country: "TR", institution: "Lise", language: "tr",
                                              completedInAzerbaijan: false, continuesToNextLevel: false))
    }

    /// The error `body` throws, or nil (a do/catch over typed throws trips this compiler).
    static func error(_ body: () throws -> Void) -> Error? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// Writes `text` to a file in `directory` and returns its path.
    static func write(_ text: String, to directory: URL, name: String = "input.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func write(bytes: [UInt8], to directory: URL, name: String = "input.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let studentHeader = "pin,surname,name,father_name,birth_date,admission_year,institution_code,institution_name,funding,level,years_of_study,major_code,major_name,enrollment_status,education_state,diploma_series,diploma_number,diploma_issue_date,diploma_level"

    /// A well-formed student row; `number` makes the PIN and the diploma unique.
    static func studentRow(_ number: Int, pin: String? = nil, surname: String = "Məmmədov", birth: String = "1990-05-17",
                           state: String = "graduated") -> String {
        let pinText = pin ?? pinFor(number)
        let diploma = state == "graduated" ? "BA,\(String(format: "%07d", number)),2012-06-20,ordinary" : ",,,"
        return "\(pinText),\(surname),Əli,Hüseyn oğlu,\(birth),2008,BDU,Bakı Dövlət Universiteti,state,bachelor,4,050509,Kompüter elmləri,admitted,\(state),\(diploma)"
    }

    static func pinFor(_ number: Int) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        var x = number
        var out = [Character](repeating: "0", count: 7)
        for i in 0..<7 {
            out[6 - i] = alphabet[x % 34]
            x /= 34
        }
        return String(out)
    }

    /// Runs an import and collects what it reported.
    static func importFile(_ kind: ImportKind, _ path: String, into database: Database,
                           batchSize: Int = 1000) throws -> (ImportSummary, [ImportProblem]) {
        var problems: [ImportProblem] = []
        let summary = try CSVImport.run(kind, file: path, into: database, by: admin, batchSize: batchSize,
                                        today: date("2026-11-23")) { problems.append($0) }
        return (summary, problems)
    }
}
