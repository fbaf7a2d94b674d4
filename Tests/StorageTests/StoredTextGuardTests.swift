import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 12: every repository write refuses text the store may not hold (a right-to-left
/// override, an escape sequence …) with the field and the character named, and nothing is
/// stored — below the screens and the commands, so a bypassed screen cannot store it either.
@Suite struct StoredTextGuardTests {
    let database: Database
    static let rlo = "\u{202E}"

    init() throws {
        database = try TestSupport.database()
    }

    func count(_ table: String) throws -> Int { try database.scalarInt("SELECT count(*) FROM \(table)") }

    /// The refusal `body` throws: a `ValidationError` naming `field` and the override at `position`.
    func expectRefused(_ field: String, position: Int, table: String, _ body: () throws -> Void,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try count(table)
        let error = TestSupport.error(body)
        let refusal = try #require(error as? ValidationError, "not refused: \(String(describing: error))",
                                   sourceLocation: sourceLocation)
        #expect(refusal.field == field, sourceLocation: sourceLocation)
        #expect(refusal.reason.en == "contains an invisible control character U+202E (right-to-left override) at position \(position)",
                sourceLocation: sourceLocation)
        #expect(try count(table) == before, "a row was stored", sourceLocation: sourceLocation)
    }

    @Test func anApplicantWithARightToLeftOverrideIsNotStored() throws {
        let applicants = SQLiteApplicantRepository(database: database)
        try expectRefused("surname", position: 4, table: "applicant") {
            _ = try applicants.add(TestSupport.applicant(surname: "Yıl\(Self.rlo)maz"), by: TestSupport.admin)
        }
        let stored = try applicants.add(TestSupport.applicant(), by: TestSupport.admin)
        var changed = stored
        changed.contact = "+994 50\(Self.rlo)"
        try expectRefused("contact", position: 8, table: "applicant") { _ = try applicants.update(changed, by: TestSupport.admin) }
        #expect(try applicants.applicant(id: stored.id, by: TestSupport.admin)?.contact == "")

        try expectRefused("note", position: 1, table: "applicant_document") {
            _ = try applicants.add(DocumentRecord(applicantID: stored.id, paragraph: "3.4.3", receivedOn: TestSupport.date("2026-08-01"),
                                                  note: "\(Self.rlo)ok"), by: TestSupport.admin)
        }
        try expectRefused("student_address", position: 5, table: "contract") {
            _ = try applicants.save(ContractRecord(applicantID: stored.id, number: "C-1", signedOn: TestSupport.date("2026-08-01"),
                                                   studentAddress: "Bakı\(Self.rlo)", annualFeeQepik: 500_000), by: TestSupport.admin)
        }
        try expectRefused("reference", position: 2, table: "payment") {
            _ = try applicants.add(PaymentRecord(applicantID: stored.id, amountQepik: 100, paidOn: TestSupport.date("2026-08-01"),
                                                 academicYear: 2026, reference: "P\(Self.rlo)"), by: TestSupport.admin)
        }
    }

    @Test func registryRecordsInstitutionsAndStateChangesAreChecked() throws {
        let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        try expectRefused("father_name", position: 7, table: "student_record") {
            _ = try registry.add(TestSupport.record(father: "Hüseyn\(Self.rlo) oğlu"), by: TestSupport.admin)
        }
        let stored = try registry.add(TestSupport.record(), by: TestSupport.admin)
        try expectRefused("reason", position: 1, table: "status_change") {
            _ = try registry.changeState(recordID: stored.id, to: .academicLeave, on: TestSupport.date("2026-01-10"),
                                         reason: "\(Self.rlo)x", orderNumber: "12", expectedVersion: stored.version,
                                         by: TestSupport.admin)
        }
        #expect(try registry.record(id: stored.id)?.educationState == .studying)
        try expectRefused("name", position: 3, table: "major") {
            _ = try registry.save(Major(code: "999", name: "Hü\(Self.rlo)quq"), by: TestSupport.admin)
        }
    }

    @Test func inquiriesUsersHolidaysAndTheAuditAreChecked() throws {
        let inquiries = SQLiteInquiryRepository(database: database)
        try expectRefused("message", position: 10, table: "inquiry") {
            _ = try inquiries.open(Inquiry(pin: nil, name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: "Elçin oğlu"),
                                           birthDate: TestSupport.date("1975-04-04"), institutionCode: "BDU", admissionYear: 1993,
                                           message: "graduated\(Self.rlo) 1997"), by: TestSupport.ssac)
        }
        try expectRefused("login", position: 3, table: "app_user") {
            _ = try SQLiteUserRepository(database: database).add(AppUser(login: "ay\(Self.rlo)sel", role: .clerk, institutionCode: "BDU"),
                                                                 by: TestSupport.admin)
        }
        try expectRefused("name", position: 6, table: "holiday") {
            _ = try SQLiteSettingsRepository(database: database).save(
                HolidayEntry(day: TestSupport.date("2026-12-31"), name: "Yeni \(Self.rlo)il"), by: TestSupport.admin)
        }
        try expectRefused("purpose", position: 8, table: "audit_event") {
            try SQLiteAuditRepository(database: database).record(.pinSearch, pin: nil, purpose: "other: \(Self.rlo)", detail: nil,
                                                                 by: TestSupport.ssac)
        }
    }

    @Test func theDeskServiceChecksTheResidenceNumberAndTheLanguageAssessment() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let record = try f.desk.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-08-20"))
        #expect(record.outcome == .assessmentRequired, "3.5: an English programme with no certificate is assessed")
        if record.outcome == .assessmentRequired {
            let before = f.auditCount
            let refusal = TestSupport.error {
                _ = try f.desk.recordAssessment(applicantID: a.id, LanguageAssessment(
                    on: TestSupport.date("2026-08-21"), result: "71/100", passed: true, assessor: "Commission\(Self.rlo) 2"))
            } as? ValidationError
            #expect(refusal?.field == "assessor")
            #expect(f.auditCount == before)
            try f.desk.recordAssessment(applicantID: a.id, LanguageAssessment(on: TestSupport.date("2026-08-21"), result: "71/100",
                                                                              passed: true, assessor: "Commission 2"))
        }
        let admitted = try f.admit(a)
        let refusal = TestSupport.error {
            _ = try f.desk.recordResidence(applicantID: admitted.id, expectedVersion: try f.version(admitted.id),
                                           documentNumber: "MI-\(Self.rlo)42", on: TestSupport.date("2026-10-20"), pin: nil)
        } as? ValidationError
        #expect(refusal?.field == "number")
        #expect(refusal?.reason.en.contains("U+202E (right-to-left override) at position 4") == true)
        #expect(try f.applicants.followUp(applicantID: admitted.id, by: f.clerk).residenceDocumentOn == nil)
    }

    @Test func anImportedRowWithABidiOverrideIsRefusedNamingTheColumn() throws {
        let directory = try TestSupport.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = [TestSupport.studentHeader, TestSupport.studentRow(1), TestSupport.studentRow(2, surname: "Əli\(Self.rlo)yev"),
                    TestSupport.studentRow(3, surname: "Əliyev\u{200D}")]
        let path = try TestSupport.write(rows.joined(separator: "\n") + "\n", to: directory)
        let (summary, problems) = try TestSupport.importFile(.students, path, into: database)
        #expect(summary.loaded == 1 && summary.rejected == 2)
        #expect(problems.map { $0.message(.en) } == [
            "line 3, column surname: contains an invisible control character U+202E (right-to-left override) at position 4",
            "line 4, column surname: contains an invisible control character U+200D (zero-width joiner) at position 7",
        ])
    }
}
