import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct StudentImportTests {
    let directory: URL
    let database: Database

    init() throws {
        directory = try TestSupport.directory()
        database = try Store.open(path: directory.appendingPathComponent("s.db").path)
    }

    func importText(_ text: String, batchSize: Int = 1000) throws -> (ImportSummary, [ImportProblem]) {
        try TestSupport.importFile(.students, try TestSupport.write(text, to: directory), into: database, batchSize: batchSize)
    }

    @Test func aWellFormedFileLoadsEveryRowWithItsDiploma() throws {
        let rows = (1...250).map { TestSupport.studentRow($0, state: $0 % 5 == 0 ? "studying" : "graduated") }
        let (summary, problems) = try importText(([TestSupport.studentHeader] + rows).joined(separator: "\n") + "\n", batchSize: 60)
        #expect(problems.isEmpty)
        #expect(summary == ImportSummary(loaded: 250, alreadyPresent: 0, rejected: 0))
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 250)
        #expect(try database.scalarInt("SELECT count(*) FROM diploma") == 200)
        #expect(try database.scalarText("SELECT name FROM institution WHERE code = 'BDU'") == "Bakı Dövlət Universiteti")
        let found = try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).records(pin: PIN(unchecked: TestSupport.pinFor(7)))
        #expect(found.first?.name.fatherName == "Hüseyn oğlu")
        #expect(found.first?.diploma?.registrationNumber == "0000007")
    }

    @Test func aRerunCountsWhatIsAlreadyThere() throws {
        let noPIN = TestSupport.studentRow(900, pin: "", surname: "Quliyev", state: "studying")
        let text = ([TestSupport.studentHeader] + (1...20).map { TestSupport.studentRow($0) } + [noPIN]).joined(separator: "\n")
        #expect(try importText(text).0 == ImportSummary(loaded: 21, alreadyPresent: 0, rejected: 0))
        #expect(try importText(text).0 == ImportSummary(loaded: 0, alreadyPresent: 21, rejected: 0))
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 21)
    }

    @Test func headerColumnsInAnyOrderAndCase() throws {
        let text = """
            EDUCATION_STATE,Surname,name,Father_Name,birth_date,admission_year,institution_code,institution_name,funding,level,years_of_study,major_code,major_name,enrollment_status
            studying,Əliyev,Rüstəm,Namiq oğlu,1991-07-07,2010,ATU,Azərbaycan Tibb Universiteti,PAID,bachelor,6,050913,Müalicə işi,admitted
            """
        let (summary, problems) = try importText(text)
        #expect(problems.isEmpty)
        #expect(summary.loaded == 1)
        #expect(try database.scalarText("SELECT funding FROM student_record") == "paid")
        #expect(try database.scalarInt("SELECT count(*) FROM student_record WHERE pin IS NULL") == 1)
    }

    @Test func eachKindOfBadRowIsRejectedWithLineColumnAndReason() throws {
        var lines = [TestSupport.studentHeader]
        lines.append(TestSupport.studentRow(1))                                              // 2 good
        lines.append("A,B,C")                                                                // 3 field count
        lines.append(TestSupport.studentRow(2, pin: "ABCI123"))                              // 4 PIN with I
        lines.append(TestSupport.studentRow(3, birth: "2023-02-30"))                         // 5 impossible date
        lines.append(TestSupport.studentRow(4).replacingOccurrences(of: ",state,", with: ",free,")) // 6 unknown value
        lines.append(TestSupport.studentRow(5, surname: "Bell\u{7}"))                        // 7 control character
        lines.append(TestSupport.studentRow(6, pin: "AB12"))                                 // 8 short PIN
        lines.append(TestSupport.studentRow(7).replacingOccurrences(of: ",2008,", with: ",1985,")) // 9 year out of range
        lines.append(TestSupport.studentRow(8))                                              // 10 good
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        bytes += Array("\(TestSupport.pinFor(9)),Bad".utf8) + [0xFF, 0xFE] + Array(",Əli,Hüseyn oğlu,1990-05-17,2008,BDU,Bakı Dövlət Universiteti,state,bachelor,4,050509,Kompüter elmləri,admitted,studying,,,,\n".utf8) // 11 invalid UTF-8
        let path = try TestSupport.write(bytes: bytes, to: directory)
        let (summary, problems) = try TestSupport.importFile(.students, path, into: database)
        #expect(summary == ImportSummary(loaded: 2, alreadyPresent: 0, rejected: 8))
        let byLine = Dictionary(uniqueKeysWithValues: problems.map { ($0.line, $0) })
        #expect(byLine[3]?.column == nil && byLine[3]?.reason.en == "3 fields, but the header has 19")
        #expect(byLine[4]?.column == "pin")
        #expect(byLine[5]?.message(.en) == "line 5, column birth_date: \"2023-02-30\" is not a valid date")
        #expect(byLine[6]?.message(.en) == "line 6, column funding: \"free\" is not one of state, paid")
        #expect(byLine[7]?.message(.en) == "line 7, column surname: contains an invisible control character U+0007 (bell) at position 5")
        #expect(byLine[8]?.column == "pin")
        #expect(byLine[9]?.column == "admission_year")
        #expect(byLine[11]?.column == "surname")
        #expect(byLine[11]?.reason.en.contains("not valid UTF-8") == true)
    }

    @Test func hostileShapesDoNotStopTheGoodRows() throws {
        let wide = (0..<200).map { "f\($0)" }.joined(separator: ",")
        let huge = String(repeating: "Ə", count: 600_000)
        var text = [TestSupport.studentHeader, wide, TestSupport.studentRow(1, surname: "\"\(huge)\""),
                    TestSupport.studentRow(2)].joined(separator: "\r\n")
        text = "\u{FEFF}" + text + "\r\n\"unclosed,"
        let (summary, problems) = try importText(text)
        #expect(summary == ImportSummary(loaded: 1, alreadyPresent: 0, rejected: 3))
        #expect(problems.map(\.line) == [2, 3, 5])
        // Issue 12: past twice the header's fields, or 64 KiB, a record is stopped unread.
        #expect(problems[0].reason.en == "more than 38 fields, but the header has 19; the rest of the line was skipped")
        #expect(problems[1].column == nil)
        #expect(problems[1].reason.en == "the record is longer than 65536 bytes (64 KiB); the rest of the line was skipped")
        #expect(problems[2].reason.en.contains("not closed"))
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = TestSupport.studentHeader + "\n" + TestSupport.studentRow(1).replacingOccurrences(
            of: "Bakı Dövlət Universiteti", with: "\"Bakı \"\"Dövlət\"\", Universiteti\"")
            + "\n" + TestSupport.studentRow(2, surname: "\"Two\nLines\"") + "\n" + TestSupport.studentRow(3) + "\n"
        let (summary, problems) = try importText(text)
        #expect(summary == ImportSummary(loaded: 2, alreadyPresent: 0, rejected: 1))
        #expect(problems.first?.line == 3)
        #expect(try database.scalarText("SELECT name FROM institution") == "Bakı \"Dövlət\", Universiteti")
        #expect(try database.first("SELECT count(*) FROM student_record WHERE pin = ?", [TestSupport.pinFor(3)]) { $0.int(0) } == 1)
    }

    @Test func diplomaRulesAndDuplicateDiplomas() throws {
        let lines = [
            TestSupport.studentHeader,
            TestSupport.studentRow(1),
            TestSupport.studentRow(2).replacingOccurrences(of: ",0000002,", with: ",0000001,"),   // same diploma
            TestSupport.studentRow(3).replacingOccurrences(of: "graduated,BA", with: "studying,BA"), // diploma, not graduate
            TestSupport.studentRow(4).replacingOccurrences(of: ",ordinary", with: ","),            // incomplete diploma
            TestSupport.studentRow(5, state: "graduated").replacingOccurrences(of: "BA,0000005,2012-06-20,ordinary", with: ",,,"),
        ]
        let (summary, problems) = try importText(lines.joined(separator: "\n"))
        #expect(summary == ImportSummary(loaded: 2, alreadyPresent: 0, rejected: 3))
        #expect(Set(problems.map(\.line)) == [3, 4, 5])
        #expect(problems.first { $0.line == 3 }?.reason.en.contains("already registered") == true)
        #expect(problems.first { $0.line == 5 }?.column == "diploma_level")
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 2)
        #expect(try database.scalarInt("SELECT count(*) FROM diploma") == 1)
    }

    /// Rows are read and checked on one thread while the batch before is stored on another:
    /// refusals from reading (bad date) and from the database (a diploma stored twice) still
    /// reach the user once each, in line order, with the counts after each batch.
    @Test func refusalsFromReadingAndFromTheDatabaseComeInLineOrderAcrossBatches() throws {
        var lines = [TestSupport.studentHeader]
        for n in 1...40 {
            switch n {
            case 7, 23: lines.append(TestSupport.studentRow(n, birth: "1990-13-01"))
            case 12, 31: lines.append(TestSupport.studentRow(n).replacingOccurrences(
                of: ",\(String(format: "%07d", n)),", with: ",0000001,"))
            default: lines.append(TestSupport.studentRow(n))
            }
        }
        let path = try TestSupport.write(lines.joined(separator: "\n") + "\n", to: directory)
        var problems: [ImportProblem] = []
        var afterEachBatch: [ImportSummary] = []
        let summary = try CSVImport.run(.students, file: path, into: database, by: TestSupport.admin, batchSize: 9,
                                        today: TestSupport.date("2026-11-23"),
                                        progress: { afterEachBatch.append($0) }) { problems.append($0) }
        #expect(problems.map(\.line) == [8, 13, 24, 32])
        #expect(problems.map(\.column) == ["birth_date", "diploma_number", "birth_date", "diploma_number"])
        #expect(summary == ImportSummary(loaded: 36, alreadyPresent: 0, rejected: 4))
        #expect(afterEachBatch.count == 5)
        #expect(afterEachBatch.last == summary)
        // A batch is nine rows that passed reading, with the refused lines among them.
        #expect(afterEachBatch.map { $0.loaded + $0.rejected } == [10, 19, 29, 38, 40])
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 36)
    }

    @Test func aHeaderWithoutARequiredColumnLoadsNothing() throws {
        let error = TestSupport.error { _ = try importText("surname,name\nA,B\n") }
        let fileError = try #require(error as? ImportFileError)
        #expect(fileError.reason.en.contains("birth_date"))
        #expect(TestSupport.error { _ = try importText("") } is ImportFileError)
        #expect(TestSupport.error {
            _ = try TestSupport.importFile(.students, directory.appendingPathComponent("missing.csv").path, into: database)
        } is ImportFileError)
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 0)
    }

    @Test func importedNamesAreFoundUnderOtherSpellings() throws {
        let text = [TestSupport.studentHeader, TestSupport.studentRow(1, surname: "Hüseynova"),
                    TestSupport.studentRow(2, surname: "İsmayılov")].joined(separator: "\n")
        _ = try importText(text)
        let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        #expect(try registry.search(surnamePrefix: "Guseynova", name: "Ali", fatherName: "Guseyn", born: TestSupport.date("1990-05-17"),
                                    after: nil, limit: 5).count == 1)
        #expect(try registry.search(surnamePrefix: "ISMAYILOV", name: nil, fatherName: nil, born: nil, after: nil, limit: 5).count == 1)
    }
}
