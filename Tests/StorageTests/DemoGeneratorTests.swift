import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct DemoGeneratorTests {
    @Test func theSameSeedGivesTheSameData() throws {
        func fill() throws -> [String] {
            let database = try Store.inMemory()
            try DemoGenerator(seed: 7).populateRegistry(database, persons: 300, thisYear: 2026)
            return try database.rows("SELECT coalesce(pin, '-') || surname || name || birth_date FROM student_record ORDER BY id") { $0.text(0) }
        }
        #expect(try fill() == fill())
    }

    @Test func theDataLooksLikeTheRegistry() throws {
        let database = try Store.inMemory()
        let records = try DemoGenerator(seed: 2012).populateRegistry(database, persons: 12_000, thisYear: 2026)
        #expect(records >= 12_000)
        #expect(try database.scalarInt("SELECT count(*) FROM student_record") == records)
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        let early = try database.scalarInt("SELECT count(*) FROM student_record WHERE admission_year < 2008")
        let earlyWithoutPIN = try database.scalarInt("SELECT count(*) FROM student_record WHERE admission_year < 2008 AND pin IS NULL")
        #expect(Double(earlyWithoutPIN) / Double(early) > 0.05 && Double(earlyWithoutPIN) / Double(early) < 0.15)
        #expect(try database.scalarInt("SELECT count(*) FROM student_record WHERE admission_year >= 2014 AND pin IS NULL") == 0)
        let invalidPINs = try database.scalarInt("SELECT count(*) FROM student_record WHERE pin IS NOT NULL AND pin GLOB '*[IO]*'")
        #expect(invalidPINs == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM student_record WHERE father_name LIKE '% qızı' AND surname LIKE '%a'") > 0)
        #expect(try database.scalarInt("SELECT count(*) FROM student_record WHERE father_name LIKE '% oğlu' AND surname LIKE '%a'") == 0)
        let graduates = try database.scalarInt("SELECT count(*) FROM student_record WHERE education_state = 'graduated'")
        #expect(try database.scalarInt("SELECT count(*) FROM diploma") == graduates)
        #expect(Double(graduates) / Double(records) > 0.5)
        #expect(try database.scalarInt("SELECT count(DISTINCT education_state) FROM student_record") == 5)
        #expect(try database.scalarInt("SELECT count(*) FROM diploma WHERE issue_date > '2026-12-31'") == 0)
        // The indexes dropped for the load are back.
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('student_record_order', 'student_record_search', 'student_record_pin_natural')") == 3)
    }

    @Test func applicantsComeFromManyCountries() throws {
        let database = try TestSupport.database()
        let added = try DemoGenerator(seed: 1).populateApplicants(database, count: 400, thisYear: 2026)
        #expect(added == 400)
        #expect(try database.scalarInt("SELECT count(DISTINCT citizenship) FROM applicant") >= 10)
        #expect(try database.scalarInt("SELECT count(*) FROM contract") > 0)
        #expect(try database.scalarInt("SELECT count(*) FROM applicant_document") > 0)
    }
}
