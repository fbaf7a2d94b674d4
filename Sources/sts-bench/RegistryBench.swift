import Domain
import Foundation
import Storage

/// In-process measurements on one benchmark database: PIN lookup, name search, paging.
struct RegistryBench {
    let database: Database
    let repository: SQLiteRegistryRepository
    let records: Int

    init(path: String) throws {
        database = try Database(path: path)
        repository = SQLiteRegistryRepository(database: database, browsingAs: .tool(login: "sts-bench"))
        records = try database.scalarInt("SELECT count(*) FROM student_record")
    }

    /// Reads the database file (and its write-ahead log) from start to end, so that the
    /// operating system has it in its page cache.
    static func readThrough(_ path: String) throws {
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            guard let handle = FileHandle(forReadingAtPath: file) else { continue }
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 8 << 20), !chunk.isEmpty {}
        }
    }

    /// PINs of random records (present) and random valid PINs (absent, with overwhelming odds).
    func samplePINs(present: Int, absent: Int) throws -> [PIN] {
        let maxID = try database.scalarInt("SELECT max(id) FROM student_record")
        var random = SystemRandomNumberGenerator()
        var pins: [PIN] = []
        while pins.count < present {
            let id = Int.random(in: 1...max(1, maxID), using: &random)
            if let pin = try database.first("SELECT pin FROM student_record WHERE id = ? AND pin IS NOT NULL", [id], { $0.text(0) }) {
                pins.append(PIN(unchecked: pin))
            }
        }
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        for _ in 0..<absent {
            pins.append(PIN(unchecked: String((0..<7).map { _ in alphabet.randomElement(using: &random) ?? "0" })))
        }
        return pins.shuffled(using: &random)
    }

    func pinLookup(_ pins: [PIN]) throws -> Summary {
        for pin in pins.prefix(300) { _ = try repository.records(pin: pin) } // warm-up
        return Summary(try pins.map { pin in try Clock.micros { _ = try repository.records(pin: pin) } })
    }

    func nameSearch(_ queries: [String], rounds: Int) throws -> Summary {
        for query in queries { _ = try repository.search(surnamePrefix: query, name: nil, fatherName: nil, born: nil, after: nil, limit: 50) }
        var samples: [Double] = []
        for _ in 0..<rounds {
            for query in queries {
                samples.append(try Clock.micros {
                    _ = try repository.search(surnamePrefix: query, name: nil, fatherName: nil, born: nil, after: nil, limit: 50)
                })
            }
        }
        return Summary(samples)
    }

    /// Pages of `pageSize` rows, `pages` times, starting at the top, at "M" or at the end.
    enum Start { case top, middle, end }

    func paging(from start: Start, pages: Int, pageSize: Int = 40) throws -> Summary {
        var samples: [Double] = []
        switch start {
        case .top, .middle:
            var cursor: RegistryCursor? = start == .top ? nil
                : RegistryCursor(sortKey: AzerbaijaniText.sortKey("Məmmədov"), id: 0)
            for _ in 0..<pages {
                var page: [RegistryRow] = []
                samples.append(try Clock.micros { page = try repository.rows(after: cursor, limit: pageSize) })
                guard let last = page.last else { break }
                cursor = last.cursor
            }
        case .end:
            var cursor: RegistryCursor?
            for _ in 0..<pages {
                var page: [RegistryRow] = []
                samples.append(try Clock.micros { page = try repository.rows(before: cursor, limit: pageSize) })
                guard let first = page.first else { break }
                cursor = first.cursor
            }
        }
        return Summary(samples)
    }

    /// A certificate as the PIN screen builds it: the lookup through the registry service
    /// (role check, query, audit event written) and the text and HTML rendering.
    func certificateBuild(_ pins: [PIN]) throws -> Summary {
        let service = RegistryService(database: database, caller: Caller(login: "sts-bench", role: .ssac))
        return Summary(try pins.map { pin in
            try Clock.micros {
                if let certificate = try service.certificatePreview(pin: pin, purpose: .verification) {
                    _ = CertificateDocument.text(certificate, issue: nil, language: .az)
                    _ = CertificateDocument.html(certificate, issue: nil, language: .az)
                }
            }
        })
    }

    /// The PIN query as the repository runs it, for the sqlite3 shell to run too.
    static func pinSQL(_ pin: PIN) -> String {
        SQLiteRegistryRepository.selectColumns + " WHERE r.pin = '\(pin.value)' ORDER BY r.admission_year DESC, r.id DESC;"
    }

    /// Writes the first `rows` records as a students CSV (the import format).
    func exportCSV(to path: String, rows: Int, asNewPeople: Bool = false) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer = "pin,surname,name,father_name,birth_date,admission_year,institution_code,institution_name,funding,level,years_of_study,major_code,major_name,enrollment_status,education_state,diploma_series,diploma_number,diploma_issue_date,diploma_level\n"
        func field(_ s: String) -> String {
            s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        // As new people: the PIN's first character made Z and the diploma number marked, so an
        // import into a registry that has the originals inserts instead of finding them present.
        let pin = asNewPeople ? "'Z' || substr(r.pin, 2)" : "r.pin"
        let diplomaNumber = asNewPeople ? "d.registration_number || 'L'" : "d.registration_number"
        let sql = """
            SELECT \(pin), r.surname, r.name, r.father_name, r.birth_date, r.admission_year, i.code, i.name, r.funding,
                   r.level, r.years_of_study, m.code, m.name, r.enrollment_status, r.education_state,
                   d.series, \(diplomaNumber), d.issue_date, d.level
            FROM student_record r JOIN institution i ON i.id = r.institution_id JOIN major m ON m.id = r.major_id
            LEFT JOIN diploma d ON d.student_record_id = r.id\(asNewPeople ? " WHERE r.pin IS NOT NULL" : "")
            ORDER BY r.id LIMIT ?
            """
        var written = 0
        _ = try database.rows(sql, [rows]) { row -> Int in
            buffer += (0..<19).map { field(row.optionalText(Int32($0)) ?? "") }.joined(separator: ",") + "\n"
            written += 1
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
            return 0
        }
        handle.write(Data(buffer.utf8))
    }
}
