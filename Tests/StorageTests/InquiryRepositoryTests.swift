import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct InquiryRepositoryTests {
    let database: Database
    let inquiries: SQLiteInquiryRepository

    init() throws {
        database = try TestSupport.database()
        inquiries = SQLiteInquiryRepository(database: database)
    }

    func openOne() throws -> Inquiry {
        try inquiries.open(Inquiry(pin: nil, name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: "Elçin oğlu"),
                                   birthDate: TestSupport.date("1975-04-04"), institutionCode: "BDU", admissionYear: 1993,
                                   message: "graduated 1997, record missing"), by: TestSupport.ssac)
    }

    @Test func anApprovedInquiryAddsTheSuppliedRecord() throws {
        let opened = try openOne()
        #expect(opened.state == .open)
        let proposed = TestSupport.record(surname: "Quliyev", name: "Rəşad", father: "Elçin oğlu", pin: nil,
                                          born: "1975-04-04", year: 1993, state: .graduated,
                                          diploma: Diploma(series: "BA", registrationNumber: "0001993",
                                                           issueDate: TestSupport.date("1997-06-20"), level: .ordinary))
        let answered = try inquiries.answer(id: opened.id, proposedRecord: proposed, expectedVersion: 1, by: TestSupport.clerkBDU)
        #expect(answered.state == .answered)
        #expect(answered.proposedRecord?.diploma?.registrationNumber == "0001993")
        #expect(throws: PermissionError.self) { try inquiries.approve(id: opened.id, expectedVersion: 2, by: TestSupport.ssac) }
        // Seed 000: without a PIN the citizen cannot find it; refused unless it predates PINs.
        let refused = TestSupport.error { _ = try inquiries.approve(id: opened.id, expectedVersion: 2, by: TestSupport.admin) }
        #expect((refused as? ValidationError)?.field == "pin")
        #expect(try inquiries.inquiry(id: opened.id, by: TestSupport.admin)?.state == .answered)
        let approved = try inquiries.approve(id: opened.id, expectedVersion: 2,
                                             statement: InquiryApproval.Statement(predatesPINs: true), by: TestSupport.admin)
        #expect(approved.state == .approved)
        #expect(try inquiries.events(inquiryID: opened.id, by: TestSupport.admin).last?.detail
                == "student_record \(approved.studentRecordID ?? 0) without a PIN: the administrator stated the record predates PINs (admitted 1993, before 2008)")
        let recordID = try #require(approved.studentRecordID)
        let record = try #require(try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).record(id: recordID))
        #expect(record.name.surname == "Quliyev")
        #expect(record.diploma?.registrationNumber == "0001993")
        #expect(try inquiries.events(inquiryID: opened.id, by: TestSupport.admin).map(\.kind) == [.opened, .answered, .approved])
    }

    @Test("seed 000: a PIN given at approval makes the record and the inquiry carry it; a 2010 record cannot predate PINs")
    func aPINGivenAtApproval() throws {
        let opened = try inquiries.open(Inquiry(pin: nil, name: PersonName(surname: "Həsənova", name: "Leyla", fatherName: ""),
                                                birthDate: TestSupport.date("1992-02-02"), institutionCode: "BDU",
                                                admissionYear: 2010), by: TestSupport.ssac)
        let proposed = TestSupport.record(surname: "Həsənova", name: "Leyla", father: "", pin: nil, born: "1992-02-02", year: 2010)
        _ = try inquiries.answer(id: opened.id, proposedRecord: proposed, expectedVersion: 1, by: TestSupport.clerkBDU)
        let late = TestSupport.error {
            _ = try inquiries.approve(id: opened.id, expectedVersion: 2, statement: InquiryApproval.Statement(predatesPINs: true),
                                      by: TestSupport.admin)
        } as? ValidationError
        #expect(late?.reason.en == "admitted in 2010: records carry PINs since 2008, a PIN is needed")
        let pin = PIN(unchecked: "5HK2M7P")
        let approved = try inquiries.approve(id: opened.id, expectedVersion: 2, statement: InquiryApproval.Statement(pin: pin),
                                             by: TestSupport.admin)
        #expect(approved.pin == pin)
        let record = try #require(try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).record(id: approved.studentRecordID ?? 0))
        #expect(record.pin == pin)
        #expect(try inquiries.events(inquiryID: opened.id, by: TestSupport.admin).last?.detail == "student_record \(record.id), PIN 5HK2M7P")
    }

    @Test func aClerkOfAnotherInstitutionCannotAnswer() throws {
        let opened = try openOne()
        let atuClerk = Caller(login: "clerk2", role: .clerk, institutionCode: "ATU")
        #expect(throws: PermissionError.self) {
            try inquiries.answer(id: opened.id, proposedRecord: TestSupport.record(), expectedVersion: 1, by: atuClerk)
        }
        #expect(try inquiries.inquiries(state: nil, institutionCode: nil, before: nil, limit: 10, by: atuClerk).isEmpty)
        #expect(try inquiries.inquiries(state: .open, institutionCode: nil, before: nil, limit: 10, by: TestSupport.clerkBDU).count == 1)
    }

    @Test func rejectionAndCommentsAreRecordedAndStaleVersionsRefused() throws {
        let opened = try openOne()
        try inquiries.comment(id: opened.id, text: "called the university", by: TestSupport.ssac)
        #expect(throws: ConflictError.self) { try inquiries.reject(id: opened.id, reason: "x", expectedVersion: 5, by: TestSupport.admin) }
        let rejected = try inquiries.reject(id: opened.id, reason: "no such student", expectedVersion: 1, by: TestSupport.admin)
        #expect(rejected.state == .rejected)
        #expect(throws: ValidationError.self) { try inquiries.approve(id: opened.id, expectedVersion: 2, by: TestSupport.admin) }
        let events = try inquiries.events(inquiryID: opened.id, by: TestSupport.admin)
        #expect(events.map(\.kind) == [.opened, .comment, .rejected])
        #expect(events.last?.detail == "no such student")
    }

    @Test func listsAreNewestFirstAndPageByID() throws {
        let ids = try (0..<3).map { _ in try openOne().id }
        let first = try inquiries.inquiries(state: nil, institutionCode: "BDU", before: nil, limit: 2, by: TestSupport.admin)
        #expect(first.map(\.id) == [ids[2], ids[1]])
        let rest = try inquiries.inquiries(state: nil, institutionCode: nil, before: first.last?.id, limit: 2, by: TestSupport.admin)
        #expect(rest.map(\.id) == [ids[0]])
    }
}
