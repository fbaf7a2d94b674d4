import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct ApplicantImportTests {
    static let header = "surname,name,father_name,citizenship,birth_date,passport_number,passport_expiry,institution_code,major_code,level,program_language,study_form,basis,previous_level,previous_country,previous_language,studied_in_azerbaijan"

    static func row(_ passport: String, citizenship: String = "TR", basis: String = "3.1.5", studied: String = "no") -> String {
        "Yılmaz,Mehmet,,\(citizenship),2005-03-01,\(passport),2030-01-01,BDU,050509,bachelor,en,full-time,\(basis),general-secondary,TR,tr,\(studied)"
    }

    @Test func applicantsLoadAndBadRowsAreNamed() throws {
        let directory = try TestSupport.directory()
        let database = try Store.open(path: directory.appendingPathComponent("a.db").path)
        let text = [Self.header, Self.row("U1000001"), Self.row("U1000002", studied: "YES"),
                    Self.row("U1000003", citizenship: "XX"), Self.row("U1000004", basis: "3.1.9"),
                    Self.row("U 1000-005"), Self.row("!!"), Self.row("U1000001")].joined(separator: "\r\n")
        let path = try TestSupport.write(text, to: directory)
        let (summary, problems) = try TestSupport.importFile(.applicants, path, into: database)
        #expect(summary == ImportSummary(loaded: 3, alreadyPresent: 1, rejected: 3))
        #expect(problems.map { "\($0.line) \($0.column ?? "")" } == ["4 citizenship", "5 basis", "7 passport_number"])
        let stored = try SQLiteApplicantRepository(database: database).applicants(institutionCode: "BDU", after: nil, limit: 10,
                                                                                  by: TestSupport.admin)
        #expect(stored.count == 3)
        #expect(stored.contains { $0.applicant.passportNumber == "U1000005" })
        #expect(stored.contains { $0.applicant.previous.completedInAzerbaijan })
        #expect(try TestSupport.importFile(.applicants, path, into: database).0.alreadyPresent == 4)
    }
}
