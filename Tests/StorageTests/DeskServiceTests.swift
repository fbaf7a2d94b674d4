import Domain
import Foundation
import Testing
@testable import Storage

/// A BDU applicant ready for the order: documents of 3.4 complete, contract with its fee and
/// half of it paid before the academic year (2.1.1), programme of `years` years.
struct DeskServiceFixture {
    let database: Database
    let clerk = TestSupport.clerkBDU
    let desk: DeskService
    let applicants: SQLiteApplicantRepository

    init() throws {
        database = try TestSupport.database()
        desk = DeskService(database: database, caller: clerk)
        applicants = SQLiteApplicantRepository(database: database)
    }

    func audit(_ action: AuditAction) throws -> [String] {
        try database.rows("SELECT coalesce(detail, '') FROM audit_event WHERE action = ? ORDER BY id", [action.rawValue]) {
            $0.text(0)
        }
    }

    var auditCount: Int { (try? database.scalarInt("SELECT count(*) FROM audit_event")) ?? -1 }

    func applicant(passport: String = "U1234567", surname: String = "Yılmaz", basis: AdmissionBasis = .individualContract, resident: Bool = false,
                   programme: String = "az", fee: Int = 400_000, paid: Int = 200_000, payer: String = "",
                   years: Int? = 5, documents: Bool = true) throws -> Applicant {
        var a = TestSupport.applicant(surname: surname, passport: passport)
        a.programLanguage = programme
        a.basis = basis
        a.permanentResident = resident
        a.yearsOfStudy = years
        let stored = try applicants.add(a, by: clerk)
        if documents {
            let details: [(String, [String: String])] = [
                ("3.4.1", [:]),
                ("3.4.2", ["lists_subjects_and_marks": "yes", "authentication": "apostille", "translation": "notarised"]),
                ("3.4.3", ["hiv": "yes", "hepatitis_b": "yes", "hepatitis_c": "yes"]),
                ("3.4.4", ["kind": "passport", "number": a.passportNumber]),
                ("3.4.5", ["count": "6"]),
            ]
            for (paragraph, fields) in details {
                _ = try applicants.add(DocumentRecord(applicantID: stored.id, paragraph: paragraph,
                                                      receivedOn: TestSupport.date("2026-07-01"),
                                                      validUntil: paragraph == "3.4.4" ? a.passportExpiry : nil,
                                                      details: fields), by: clerk)
            }
        }
        if !resident {
            let contract = try applicants.save(ContractRecord(applicantID: stored.id, number: "BDU-\(passport)",
                                                              signedOn: TestSupport.date("2026-07-01"), annualFeeQepik: fee,
                                                              paymentDueMonth: 9, paymentDueDay: 15, payer: payer), by: clerk)
            if paid > 0 {
                _ = try applicants.add(PaymentRecord(applicantID: stored.id, contractID: contract.id, amountQepik: paid,
                                                     paidOn: TestSupport.date("2026-08-01"), academicYear: 2026), by: clerk)
            }
        }
        return try #require(try applicants.applicant(id: stored.id, by: clerk))
    }

    /// 3.5: the decision recorded and, when it asks for it, the institution's assessment passed.
    func decideLanguage(_ id: Int64, on date: String = "2026-08-20") throws {
        let record = try desk.recordLanguageDecision(applicantID: id, on: TestSupport.date(date))
        if record.outcome == .assessmentRequired {
            try desk.recordAssessment(applicantID: id, LanguageAssessment(on: TestSupport.date(date), result: "B2 (74/100)",
                                                                           passed: true, assessor: "Commission 2"))
        }
    }

    @discardableResult
    func admit(_ applicant: Applicant, on date: String = "2026-09-15", funding: Funding = .paid) throws -> Applicant {
        let current = try #require(try applicants.applicant(id: applicant.id, by: clerk))
        return try desk.admit(applicantID: applicant.id, expectedVersion: current.version, on: TestSupport.date(date),
                              funding: funding, orderNumber: "17-Q")
    }

    func record(of id: Int64) throws -> StudentRecord {
        let followUp = try applicants.followUp(applicantID: id, by: clerk)
        let recordID = try #require(followUp.studentRecordID)
        return try #require(try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).record(id: recordID))
    }

    func version(_ id: Int64) throws -> Int { try #require(try applicants.applicant(id: id, by: clerk)).version }
}

@Suite struct DeskServiceAdmissionTests {
    @Test("4.11: the order puts the student in the registry with the programme's years, the chosen funding and the year of the 15 September rule; audited with the changes it made")
    func admissionEntersTheRegistry() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        let before = f.auditCount
        let admitted = try f.admit(a, on: "2026-09-15", funding: .state)
        #expect(admitted.state == .admitted)
        let record = try f.record(of: a.id)
        #expect(record.admissionYear == 2026, "an order on 15 September is that year's")
        #expect(record.yearsOfStudy == 5 && record.funding == .state && record.pin == nil)
        // The desk's row, and (issue 12) the rows of the changes it made: the applicant's state
        // and the registry record, all in the order's one transaction.
        #expect(f.auditCount == before + 3)
        #expect(try f.audit(.applicantChange).last?.contains("→ admitted") == true)
        #expect(try f.audit(.recordAdd).count == 1)
        let detail = try #require(try f.audit(.admission).last)
        #expect(detail.contains("applicant \(a.id) admitted by order 17-Q of 2026-09-15 for 2026/2027"))
    }

    @Test("an order on 16 September admits for the next academic year (2027)")
    func orderAfterTheFifteenth() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        try f.admit(a, on: "2026-09-16")
        #expect(try f.record(of: a.id).admissionYear == 2027)
    }

    @Test("3.5: no recorded decision, or an assessment not passed, refuses the order; nothing is written or audited")
    func languageGatesTheOrder() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let before = f.auditCount
        let refusal = try #require(TestSupport.error { try f.admit(a) } as? AdmissionRefusal)
        #expect(refusal.phrase.en.contains("3.5: the language decision has not been recorded"))
        #expect(f.auditCount == before)
        #expect(try f.applicants.followUp(applicantID: a.id, by: f.clerk).studentRecordID == nil)
        let record = try f.desk.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-08-20"))
        #expect(record.outcome == .assessmentRequired && record.paragraph == .institutionAssesses)
        try f.desk.recordAssessment(applicantID: a.id, LanguageAssessment(on: TestSupport.date("2026-08-21"), result: "38/100",
                                                                          passed: false, assessor: "Commission 2"))
        let failed = try #require(TestSupport.error { try f.admit(a) } as? AdmissionRefusal)
        #expect(failed.phrase.en.contains("was not passed (38/100)"))
        try f.desk.recordAssessment(applicantID: a.id, LanguageAssessment(on: TestSupport.date("2026-08-28"), result: "71/100",
                                                                          passed: true, assessor: "Commission 2"))
        #expect(try f.admit(a).state == .admitted)
        #expect(try f.desk.languageRecord(applicantID: a.id)?.assessment?.assessor == "Commission 2")
        #expect(try f.audit(.languageDecision).count == 3)
    }

    @Test("3.5: the decision is the one recorded: a 3.6 test valid on the day of the decision still stands after it expires")
    func recordedDecisionIsNotRecomputed() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(programme: "en")
        _ = try f.applicants.add(LanguageTestRecord(applicantID: a.id, result: LanguageTestResult(
            test: .ielts, score: 6, takenOn: TestSupport.date("2024-09-10"))), by: f.clerk)
        let record = try f.desk.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-09-01"))
        #expect(record.outcome == .exempt && record.paragraph == .testScore)
        // On 2026-09-15 the test is more than two years old: worked out again, 3.6 would no longer apply.
        let today = try #require(try f.desk.currentDecision(applicantID: a.id, on: TestSupport.date("2026-09-15")))
        #expect(today.outcome == .assessmentRequired)
        #expect(try f.admit(a, on: "2026-09-15").state == .admitted)
    }

    @Test("3.5: when the applicant's data change after the decision (the programme's language), the order asks for the decision again")
    func changedDataNeedsANewDecision() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(programme: "en")
        _ = try f.applicants.add(LanguageTestRecord(applicantID: a.id, result: LanguageTestResult(
            test: .ielts, score: 6, takenOn: TestSupport.date("2026-06-10"))), by: f.clerk)
        #expect(try f.desk.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-08-01")).paragraph == .testScore)
        var changed = try #require(try f.applicants.applicant(id: a.id, by: f.clerk))
        changed.programLanguage = "az"
        _ = try f.applicants.update(changed, by: f.clerk)
        let refusal = try #require(TestSupport.error { try f.admit(a) } as? AdmissionRefusal)
        #expect(refusal.phrase.en.contains("3.5: the recorded decision rests on 3.6 but the applicant's details changed"))
        try f.decideLanguage(a.id, on: "2026-08-20")
        #expect(try f.admit(a).state == .admitted)
    }

    @Test("an assessment is refused when the recorded decision exempts, or when none was recorded")
    func assessmentOnlyWhenRequired() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let assessment = LanguageAssessment(on: TestSupport.date("2026-08-21"), result: "70", passed: true, assessor: "K")
        #expect((TestSupport.error { try f.desk.recordAssessment(applicantID: a.id, assessment) } as? ValidationError)?
            .reason == Phrases.languageNotDecided)
    }

    @Test("the programme's years must be given before the order")
    func yearsNeeded() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(years: nil)
        try f.decideLanguage(a.id)
        let refusal = try #require(TestSupport.error { try f.admit(a) } as? AdmissionRefusal)
        #expect(refusal.reasons == [Phrases.yearsOfStudyMissing])
    }

    @Test("permission: another institution's clerk and SSAC staff cannot admit; nothing is written or audited")
    func permission() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        let before = f.auditCount
        for caller in [Caller(login: "atu1", role: .clerk, institutionCode: "ATU"), TestSupport.ssac] {
            let service = DeskService(database: f.database, caller: caller)
            #expect(TestSupport.error {
                try service.admit(applicantID: a.id, expectedVersion: a.version + 1, on: TestSupport.date("2026-09-15"),
                                  funding: .paid, orderNumber: "17-Q")
            } is PermissionError)
            #expect(TestSupport.error {
                try service.recordResidence(applicantID: a.id, expectedVersion: 1, documentNumber: "X", on: TestSupport.date("2026-10-01"),
                                            pin: nil)
            } is PermissionError)
        }
        #expect(f.auditCount == before)
        let admin = DeskService(database: f.database, caller: TestSupport.admin)
        #expect(try admin.admit(applicantID: a.id, expectedVersion: try f.version(a.id), on: TestSupport.date("2026-09-15"),
                                funding: .paid, orderNumber: "17-Q").state == .admitted)
    }

    @Test("a stale version is refused with a conflict, not admitted twice")
    func staleVersion() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        #expect(TestSupport.error {
            try f.desk.admit(applicantID: a.id, expectedVersion: 0, on: TestSupport.date("2026-09-15"), funding: .paid, orderNumber: "17-Q")
        } is ConflictError)
    }
}
