import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct ApplicantRepositoryTests {
    let database: Database
    let applicants: SQLiteApplicantRepository

    init() throws {
        database = try TestSupport.database()
        applicants = SQLiteApplicantRepository(database: database)
    }

    @Test func anApplicantIsStoredAndReadBack() throws {
        let stored = try applicants.add(TestSupport.applicant(), by: TestSupport.clerkBDU)
        #expect(stored.id > 0)
        #expect(stored.previous.language == "tr")
        #expect(try applicants.applicant(id: stored.id, by: TestSupport.ssac) == stored)
        #expect(throws: ValidationError.self) { try applicants.add(TestSupport.applicant(), by: TestSupport.clerkBDU) }
    }

    @Test func aClerkWorksOnlyWithTheirInstitution() throws {
        #expect(throws: PermissionError.self) {
            try applicants.add(TestSupport.applicant(institution: "ATU"), by: TestSupport.clerkBDU)
        }
        #expect(throws: PermissionError.self) { try applicants.add(TestSupport.applicant(), by: TestSupport.ssac) }
        let other = try applicants.add(TestSupport.applicant(passport: "Z999", institution: "ATU"), by: TestSupport.admin)
        _ = try applicants.add(TestSupport.applicant(surname: "Kaya"), by: TestSupport.clerkBDU)
        #expect(throws: PermissionError.self) { try applicants.applicant(id: other.id, by: TestSupport.clerkBDU) }
        let listed = try applicants.applicants(institutionCode: nil, after: nil, limit: 10, by: TestSupport.clerkBDU)
        #expect(listed.map(\.applicant.surname) == ["Kaya"])
        #expect(try applicants.applicants(institutionCode: nil, after: nil, limit: 10, by: TestSupport.admin).count == 2)
    }

    @Test func listsPageByNameAndSearchFolds() throws {
        for (index, surname) in ["Yılmaz", "Demir", "Öztürk", "Çelik"].enumerated() {
            _ = try applicants.add(TestSupport.applicant(surname: surname, passport: "P\(index)000"), by: TestSupport.admin)
        }
        let first = try applicants.applicants(institutionCode: "BDU", after: nil, limit: 2, by: TestSupport.admin)
        #expect(first.map(\.applicant.surname) == ["Çelik", "Demir"])
        let next = try applicants.applicants(institutionCode: "BDU", after: first.last?.cursor, limit: 5, by: TestSupport.admin)
        #expect(next.map(\.applicant.surname) == ["Öztürk", "Yılmaz"])
        #expect(try applicants.search(surnamePrefix: "ozturk", limit: 5, by: TestSupport.admin).map(\.surname) == ["Öztürk"])
        #expect(try applicants.search(surnamePrefix: "Yilmaz", limit: 5, by: TestSupport.admin).map(\.surname) == ["Yılmaz"])
    }

    @Test func updatesAndStateChangesAreVersionChecked() throws {
        var applicant = try applicants.add(TestSupport.applicant(), by: TestSupport.clerkBDU)
        applicant.contact = "+994501234567"
        let saved = try applicants.update(applicant, by: TestSupport.clerkBDU)
        #expect(saved.version == 2)
        #expect(throws: ConflictError.self) { try applicants.update(applicant, by: TestSupport.clerkBDU) }
        let ready = try applicants.changeState(applicantID: saved.id, to: .ready, on: TestSupport.date("2026-08-01"),
                                               paragraph: "3.4", reason: "documents complete", expectedVersion: 2,
                                               by: TestSupport.clerkBDU)
        #expect(ready.state == .ready)
        let history = try applicants.stateHistory(applicantID: saved.id, by: TestSupport.clerkBDU)
        #expect(history.map(\.to) == ["ready"])
        #expect(history.first?.paragraph == "3.4")
    }

    @Test func theFollowUpAfterAdmissionIsKept() throws {
        let applicant = try applicants.add(TestSupport.applicant(), by: TestSupport.clerkBDU)
        #expect(try applicants.followUp(applicantID: applicant.id, by: TestSupport.clerkBDU) == AdmissionFollowUp())
        let followUp = AdmissionFollowUp(admittedOn: TestSupport.date("2026-09-01"), residenceDocumentOn: nil,
                                         pin: PIN(unchecked: "5ZX9K2P"), educationState: .studying)
        let saved = try applicants.saveFollowUp(followUp, applicantID: applicant.id, expectedVersion: 1, by: TestSupport.clerkBDU)
        #expect(saved.version == 2)
        #expect(try applicants.followUp(applicantID: applicant.id, by: TestSupport.clerkBDU) == followUp)
    }

    @Test func documentsTestsContractsAndPayments() throws {
        let applicant = try applicants.add(TestSupport.applicant(), by: TestSupport.clerkBDU)
        let passport = try applicants.add(DocumentRecord(applicantID: applicant.id, paragraph: "3.4.4",
                                                         receivedOn: TestSupport.date("2026-07-01"),
                                                         validUntil: TestSupport.date("2030-01-01"),
                                                         details: ["kind": "passport", "number": "U1234567"]),
                                          by: TestSupport.clerkBDU)
        #expect(try applicants.documents(applicantID: applicant.id, by: TestSupport.clerkBDU).first?.details["kind"] == "passport")
        var photos = try applicants.add(DocumentRecord(applicantID: applicant.id, paragraph: "3.4.5",
                                                       receivedOn: TestSupport.date("2026-07-02")), by: TestSupport.clerkBDU)
        photos.note = "6 photos"
        photos = try applicants.update(photos, by: TestSupport.clerkBDU)
        #expect(photos.version == 2)
        #expect(try applicants.documents(applicantID: applicant.id, by: TestSupport.clerkBDU).map(\.paragraph) == ["3.4.4", "3.4.5"])
        #expect(throws: ConflictError.self) { try applicants.removeDocument(id: passport.id, expectedVersion: 7, by: TestSupport.clerkBDU) }
        try applicants.removeDocument(id: passport.id, expectedVersion: 1, by: TestSupport.clerkBDU)
        #expect(try applicants.documents(applicantID: applicant.id, by: TestSupport.clerkBDU).map(\.paragraph) == ["3.4.5"])

        let test = try applicants.add(LanguageTestRecord(applicantID: applicant.id, result: LanguageTestResult(
            test: .ielts, score: 5.5, takenOn: TestSupport.date("2026-03-01"))), by: TestSupport.clerkBDU)
        #expect(try applicants.languageTests(applicantID: applicant.id, by: TestSupport.clerkBDU) == [test])

        var contract = try applicants.save(ContractRecord(applicantID: applicant.id, number: "BDU-2026-1",
                                                          signedOn: TestSupport.date("2026-08-20"), city: "Bakı",
                                                          studentAddress: "Bakı, Yasamal r-nu", annualFeeQepik: 4_000_00,
                                                          paymentDueMonth: 9, paymentDueDay: 15), by: TestSupport.clerkBDU)
        #expect(contract.paymentDueMonth == 9 && contract.studentAddress == "Bakı, Yasamal r-nu")
        contract.terminatedOn = TestSupport.date("2027-01-10")
        contract.terminationGround = "3.1.2"
        contract = try applicants.save(contract, by: TestSupport.clerkBDU)
        #expect(contract.version == 2)
        #expect(try applicants.contracts(applicantID: applicant.id, by: TestSupport.clerkBDU) == [contract])

        let payment = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id, amountQepik: 2_000_00,
                                                       paidOn: TestSupport.date("2026-08-25"), academicYear: 2026),
                                         by: TestSupport.clerkBDU)
        #expect(try applicants.payments(applicantID: applicant.id, by: TestSupport.clerkBDU) == [payment])
        #expect(payment.recordedBy == "clerk1")
    }
}
