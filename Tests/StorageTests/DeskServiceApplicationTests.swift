import Domain
import Foundation
import Testing
@testable import Storage

/// The application's writes through `DeskService` (issue 14: the screens' transactions moved
/// into the service): a document and the 3.4 state it gives are one transaction, another
/// institution's clerk is refused in words of their own language, closing needs a reason.
@Suite struct DeskServiceApplicationTests {
    private let on = TestSupport.date("2026-07-02")

    private func state(_ f: DeskServiceFixture, _ id: Int64) throws -> String {
        try f.database.first("SELECT state FROM applicant WHERE id = ?", [id]) { $0.text(0) } ?? ""
    }

    @Test func theLastDocumentMakesTheApplicantReadyAndRemovingItMakesThemIncompleteAgain() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(documents: false)
        let details: [(String, [String: String])] = [
            ("3.4.1", [:]),
            ("3.4.2", ["lists_subjects_and_marks": "yes", "authentication": "apostille", "translation": "notarised"]),
            ("3.4.3", ["hiv": "yes", "hepatitis_b": "yes", "hepatitis_c": "yes"]),
            ("3.4.4", ["kind": "passport", "number": a.passportNumber]),
        ]
        for (paragraph, fields) in details {
            let stored = try f.desk.saveDocument(DocumentRecord(applicantID: a.id, paragraph: paragraph, receivedOn: on,
                                                                validUntil: paragraph == "3.4.4" ? a.passportExpiry : nil,
                                                                details: fields), on: on)
            #expect(stored.state == .documentsIncomplete, "\(paragraph): 3.4.5 is still missing")
        }
        let ready = try f.desk.saveDocument(DocumentRecord(applicantID: a.id, paragraph: "3.4.5", receivedOn: on,
                                                           details: ["count": "6"]), on: on)
        #expect(ready.state == .ready)
        #expect(try state(f, a.id) == "ready")
        let photos = try #require(try f.desk.documents(applicantID: a.id).first { $0.paragraph == "3.4.5" })
        let again = try f.desk.removeDocument(photos, on: on)
        #expect(again.state == .documentsIncomplete)
        let history = try f.applicants.stateHistory(applicantID: a.id, by: f.clerk)
        #expect(history.last?.paragraph == "3.4" && history.last?.reason.contains("3.4.5") == true)
    }

    @Test func anotherInstitutionsClerkIsRefusedAndNothingIsStored() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(documents: false)
        let other = DeskService(database: f.database, caller: Caller(login: "rauf", role: .clerk, institutionCode: "ADNSU"))
        let refused = TestSupport.error {
            _ = try other.saveDocument(DocumentRecord(applicantID: a.id, paragraph: "3.4.1", receivedOn: on), on: on)
        }
        let permission = try #require(refused as? PermissionError)
        #expect(!permission.phrase.az.contains("change") && permission.phrase.az.contains("icazəsi yoxdur"))
        #expect(try f.database.scalarInt("SELECT count(*) FROM applicant_document WHERE applicant_id = ?", [a.id]) == 0)
    }

    @Test func closingAnApplicationNeedsAReasonAndRefusalRestsOn35() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let empty = TestSupport.error {
            _ = try f.desk.closeApplication(applicantID: a.id, expectedVersion: a.version, as: .refused, reason: "  ", on: on)
        }
        #expect((empty as? ValidationError)?.field == "reason")
        let refused = try f.desk.closeApplication(applicantID: a.id, expectedVersion: a.version, as: .refused,
                                                  reason: "assessment not passed", on: on)
        #expect(refused.state == .refused)
        let last = try #require(try f.applicants.stateHistory(applicantID: a.id, by: f.clerk).last)
        #expect(last.paragraph == "3.5" && last.reason == "assessment not passed")
    }
}
