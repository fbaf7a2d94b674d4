import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct RegistryServiceTests {
    let database: Database
    let service: RegistryService
    let audit: SQLiteAuditRepository
    let pin = PIN(unchecked: "AB12CD3")

    init() throws {
        database = try TestSupport.database()
        let diploma = Diploma(series: "BA", registrationNumber: "0000101", issueDate: TestSupport.date("2012-06-30"), level: .ordinary)
        _ = try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).add(TestSupport.record(state: .graduated, diploma: diploma),
                                                                  by: TestSupport.admin)
        service = RegistryService(database: database, caller: TestSupport.ssac)
        audit = SQLiteAuditRepository(database: database)
    }

    @Test func everyLookupIsAuditedWithItsPurpose() throws {
        #expect(try service.records(pin: pin, purpose: .other("visa")).count == 1)
        _ = try service.certificatePreview(pin: pin, purpose: .verification)
        let issued = try #require(try service.issueCertificate(pin: pin, purpose: .citizenRequest))
        let events = try audit.events(pin: pin, limit: 10)
        // The oldest is the administrator adding the record (issue 12: record changes are audited).
        #expect(events.map(\.action) == ["certificate-issue", "certificate-view", "pin-search", "record-add"])
        #expect(events.map(\.purpose) == ["citizen-request", "verification", "other: visa", nil])
        #expect(events.map(\.login) == ["ssac1", "ssac1", "ssac1", "admin1"])
        #expect(events.first?.detail?.contains(issued.1.code) == true)
    }

    @Test func verificationComparesTheSnapshotWithTheRegistryNow() throws {
        let (_, issue) = try #require(try service.issueCertificate(pin: pin, purpose: .citizenRequest))
        let same = try #require(try service.verify(code: issue.code.lowercased()))
        #expect(same.differences.isEmpty)
        try database.run("UPDATE student_record SET education_state = 'dismissed'")
        let changed = try #require(try service.verify(code: issue.code))
        #expect(changed.certificate.records.first?.educationState == .graduated, "what it said when issued")
        #expect(changed.differences.count == 1)
        #expect(try service.verify(code: "2222-3333-4444") == nil)
        #expect(try audit.events(before: nil, limit: 5).filter { $0.action == "certificate-verify" }.count == 3)
    }

    @Test func diplomaChecksAreAuditedAndClerksMayNotSearch() throws {
        #expect(try service.checkDiploma(series: "ba", number: "0000101", initials: "məh").code == "valid")
        #expect(try service.checkDiploma(series: "BA", number: "0000101", initials: "XƏH")
                == .mismatch(try #require(SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).records(pin: pin).first), differing: [.surname]))
        #expect(try service.checkDiploma(series: "BA", number: "9", initials: nil) == .notFound)
        let checks = try audit.events(before: nil, limit: 10).filter { $0.action == "diploma-check" }
        let details: [String] = checks.compactMap(\.detail)
        #expect(details.count == 3)
        #expect(details.contains("BA 9: not-found"))
        let clerk = RegistryService(database: database, caller: TestSupport.clerkBDU)
        #expect(throws: PermissionError.self) { try clerk.records(pin: pin, purpose: .citizenRequest) }
        #expect(throws: PermissionError.self) { try clerk.checkDiploma(series: "BA", number: "1", initials: nil) }
    }

    @Test func anInquiryFromFilingToApprovalMakesThePINSearchable() throws {
        let missing = PIN(unchecked: "ZZ12CD3")
        #expect(try service.issueCertificate(pin: missing, purpose: .citizenRequest) == nil)
        let clerk = RegistryService(database: database, caller: TestSupport.clerkBDU)
        let opened = try clerk.openInquiry(Inquiry(pin: missing, name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: ""),
                                                   birthDate: TestSupport.date("1988-01-02"), institutionCode: "BDU",
                                                   admissionYear: 2005, message: "bachelor 2005"))
        var supply = RecordSupply()
        supply.majorCode = "999999"
        let proposed = try supply.record(for: opened, today: TestSupport.date("2026-01-01")).get()
        #expect(throws: ValidationError.self) { try clerk.supply(inquiryID: opened.id, record: proposed, expectedVersion: 1) }
        supply.majorCode = "050509"
        let answered = try clerk.supply(inquiryID: opened.id, record: try supply.record(for: opened, today: TestSupport.date("2026-01-01")).get(),
                                        expectedVersion: 1)
        #expect(throws: PermissionError.self) { try clerk.approve(inquiryID: opened.id, expectedVersion: answered.version) }
        let admin = RegistryService(database: database, caller: TestSupport.admin)
        _ = try admin.approve(inquiryID: opened.id, expectedVersion: answered.version)
        #expect(try service.records(pin: missing, purpose: .citizenRequest).first?.majorName == "Kompüter elmləri")
        #expect(try service.history(inquiryID: opened.id).map(\.kind) == [.opened, .answered, .approved])
        #expect(try audit.events(pin: missing, limit: 20).filter { $0.action == "inquiry-change" }.count == 3)
    }
}
