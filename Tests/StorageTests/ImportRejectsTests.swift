import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 17: the rejects file (every refused row as it was, with `line` and `reason`), the
/// summary's reasons grouped by kind, and loading the corrected file again.
@Suite struct ImportRejectsTests {
    let directory: URL
    let database: Database

    init() throws {
        directory = try TestSupport.directory()
        database = try Store.open(path: directory.appendingPathComponent("s.db").path)
    }

    /// Imports `input` with a rejects file; returns the summary and the file's bytes.
    func load(_ input: String, rejects name: String, language: Language = .en,
              batchSize: Int = 1000) throws -> (ImportSummary, [UInt8]) {
        let rejectsPath = directory.appendingPathComponent(name).path
        let rejects = try RejectsFile.create(at: rejectsPath, replacing: false, language: language)
        let summary = try CSVImport.run(.students, file: input, into: database, by: TestSupport.admin, batchSize: batchSize,
                                        today: TestSupport.date("2026-11-23"), rejects: rejects) { _ in }
        try rejects.close()
        return (summary, Array(try Data(contentsOf: URL(fileURLWithPath: rejectsPath))))
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Two bad dates, a date in the wrong form, a quoted field with a comma, doubled quotes
    /// and a line break (refused for the line break), a short row, a stray quote, and a
    /// diploma that belongs to another row (refused by the database, on the writing thread).
    static let badRows = [
        TestSupport.studentRow(101, birth: "1990-02-30"),
        TestSupport.studentRow(102, birth: "1991-02-29"),
        TestSupport.studentRow(103, birth: "17.05.1990"),
        "\(TestSupport.pinFor(104)),Məmmədov,Əli,Hüseyn oğlu,1990-05-17,2008,BDU,\"Bakı, \"\"Dövlət\"\"\nUniversiteti\",free,bachelor,4,050509,K,admitted,studying,,,,",
        "\(TestSupport.pinFor(105)),Short,Row",
        "\(TestSupport.pinFor(106)),Ba\"d,Əli,x,1990-05-17,2008,BDU,B,state,bachelor,4,050509,K,admitted,studying,,,,",
        // Sorts after row 1 (rows are stored in name order), so this one is the second.
        TestSupport.studentRow(107, surname: "Zeynalov").replacingOccurrences(of: "0000107", with: "0000001"),
    ]

    @Test func everyRefusedRowIsWrittenAsItWasWithItsLineAndReason() throws {
        let good = (1...10).map { TestSupport.studentRow($0) }
        let input = try TestSupport.write(([TestSupport.studentHeader] + good + Self.badRows).joined(separator: "\r\n") + "\r\n",
                                          to: directory)
        let (summary, bytes) = try load(input, rejects: "rejects.csv")
        #expect(summary == ImportSummary(loaded: 10, alreadyPresent: 0, rejected: 7))
        #expect(Array(bytes.prefix(3)) == Self.bom)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        lines.removeLast()
        #expect(lines.count == 1 + 7)
        #expect(lines[0] == TestSupport.studentHeader + ",line,reason")
        #expect(lines[1] == Self.badRows[0] + ",12,\"birth_date: \"\"1990-02-30\"\" is not a valid date\"")
        #expect(lines[3] == Self.badRows[2] + ",14,\"birth_date: \"\"17.05.1990\"\" is not a date in the form YYYY-MM-DD\"")
        // The quoted field keeps its comma, its doubled quotes and its line break (LF, inside quotes).
        #expect(lines[4] == Self.badRows[3]
                + ",15,institution_name: contains an invisible control character U+000A (line feed) at position 15")
        #expect(lines[5] == Self.badRows[4] + ",17,\"3 fields, but the header has 19\"")
        #expect(lines[6] == Self.badRows[5] + ",18,surname: a quote inside a field that is not quoted")
        #expect(lines[7] == Self.badRows[6] + ",19,diploma_number: diploma BA 0000001 is already registered to another record")
        let mode = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("rejects.csv").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func theSummaryCountsRefusalsByKind() throws {
        let good = (1...3).map { TestSupport.studentRow($0) }
        let input = try TestSupport.write(([TestSupport.studentHeader] + good + Self.badRows).joined(separator: "\n"), to: directory)
        let (summary, _) = try load(input, rejects: "r.csv")
        let lines = summary.lines(.en)
        #expect(lines[0] == "loaded 3 · already present 0 · refused 7")
        #expect(lines[1] == "  2 rows: birth_date is not a valid date (first on line 5)")
        #expect(lines.contains("  1 row: birth_date is not a date in the form YYYY-MM-DD (first on line 7)"))
        #expect(lines.contains("  1 row: institution_name contains an invisible control character (first on line 8)"))
        #expect(lines.last == "  and 1 more kind (1 row)")
        #expect(summary.lines(.az)[1] == "  2 sətir: birth_date mövcud tarix deyil (ilki sətir 5)")
    }

    @Test func theCorrectedFileLoadsItsRowsOnceAndWhatIsStillWrongIsRefusedAgain() throws {
        let good = (1...10).map { TestSupport.studentRow($0) }
        let input = try TestSupport.write(([TestSupport.studentHeader] + good + Self.badRows).joined(separator: "\n") + "\n",
                                          to: directory)
        let (_, bytes) = try load(input, rejects: "rejects.csv", language: .az)
        // The operator mends the dates and the funding and leaves the rest.
        let fixed = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: ",1990-02-30,", with: ",1990-02-28,")
            .replacingOccurrences(of: ",1991-02-29,", with: ",1991-03-01,")
            .replacingOccurrences(of: ",17.05.1990,", with: ",1990-05-17,")
            .replacingOccurrences(of: "\"\"\nUniversiteti", with: "\"\" Universiteti")
            .replacingOccurrences(of: ",free,", with: ",paid,")
        #expect(fixed.contains("mövcud tarix deyil"), "the reasons are in the interface language")
        let fixedPath = try TestSupport.write(fixed, to: directory, name: "fixed.csv")
        let (summary, again) = try load(fixedPath, rejects: "rejects-2.csv")
        #expect(summary == ImportSummary(loaded: 4, alreadyPresent: 0, rejected: 3))
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 14)
        // The new file's line and reason replace the old ones instead of adding two more.
        let lines = String(decoding: again.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == TestSupport.studentHeader + ",line,reason")
        // (The mended row is one line now, so the short row is on line 6.)
        #expect(lines[1] == Self.badRows[4] + ",6,\"3 fields, but the header has 19\"")
        #expect(lines[3] == Self.badRows[6] + ",8,diploma_number: diploma BA 0000001 is already registered to another record")
        // Loading either file again adds nothing.
        #expect(try load(fixedPath, rejects: "rejects-3.csv").0 == ImportSummary(loaded: 0, alreadyPresent: 4, rejected: 3))
        #expect(try load(input, rejects: "rejects-4.csv").0 == ImportSummary(loaded: 0, alreadyPresent: 10, rejected: 7))
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 14)
    }

    @Test func anExistingFileIsNeverWrittenOverUnlessReplacingIsAsked() throws {
        let path = directory.appendingPathComponent("keep.csv").path
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
        let refused = TestSupport.error { _ = try RejectsFile.create(at: path, replacing: false, language: .en) }
        #expect((refused as? ImportFileError)?.reason.en == "\(path) already exists; name another file, or add --force to replace it")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
        let link = directory.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(TestSupport.error { _ = try RejectsFile.create(at: link, replacing: false, language: .en) } != nil)
        let replaced = try RejectsFile.create(at: link, replacing: true, language: .en)
        try replaced.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious", "a link is replaced, not followed")
    }

    @Test func applicantsRefusedByTheDatabaseAreInTheFileToo() throws {
        let header = "surname,name,father_name,citizenship,birth_date,passport_number,passport_expiry,institution_code,major_code,level,program_language,study_form,basis,previous_level,previous_country,previous_language,studied_in_azerbaijan"
        let row = "Doe,John,,TR,2004-02-01,P100001,2031-05-05,BDU,050509,bachelor,en,full-time,3.1.5,general-secondary,TR,en,no"
        let bad = "Roe,Jane,,XX,2004-02-01,P100002,2031-05-05,BDU,050509,bachelor,en,full-time,3.1.5,general-secondary,TR,en,no"
        let input = try TestSupport.write([header, row, bad].joined(separator: "\n"), to: directory)
        let rejectsPath = directory.appendingPathComponent("a.csv").path
        let rejects = try RejectsFile.create(at: rejectsPath, replacing: false, language: .en)
        let summary = try CSVImport.run(.applicants, file: input, into: database, by: TestSupport.admin,
                                        today: TestSupport.date("2026-11-23"), rejects: rejects) { _ in }
        try rejects.close()
        #expect(summary == ImportSummary(loaded: 1, alreadyPresent: 0, rejected: 1))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: rejectsPath)), as: UTF8.self)
        #expect(text == "\u{FEFF}" + header + ",line,reason\r\n" + bad + ",3,\"citizenship: \"\"XX\"\" is not an ISO 3166 country code\"\r\n")
    }
}
