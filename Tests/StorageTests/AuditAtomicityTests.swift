import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 12, "Audit that proves something": every action and its audit row commit in one
/// transaction. With the audit trail made to refuse every new row (a trigger that RAISEs),
/// each action must fail and leave no trace; with it working, each writes its row.
@Suite struct AuditAtomicityTests {
    static let admin = TestSupport.admin
    static let clerk = TestSupport.clerkBDU

    /// A database with a record, an applicant with a contract and a document, a holiday and
    /// an inquiry, for the actions below to work on.
    struct Fixture {
        let database: Database
        let registry: SQLiteRegistryRepository
        let applicants: SQLiteApplicantRepository
        let record: StudentRecord
        let applicant: Applicant
        let contract: ContractRecord
        let document: DocumentRecord
        let inquiry: Inquiry
        let deadline: Int64

        init() throws {
            database = try TestSupport.database()
            registry = SQLiteRegistryRepository(database: database, browsingAs: AuditAtomicityTests.admin)
            applicants = SQLiteApplicantRepository(database: database)
            record = try registry.add(TestSupport.record(), by: AuditAtomicityTests.admin)
            applicant = try applicants.add(TestSupport.applicant(passport: "A1"), by: AuditAtomicityTests.clerk)
            contract = try applicants.save(ContractRecord(applicantID: applicant.id, number: "BDU-1",
                                                          signedOn: TestSupport.date("2026-08-20"), annualFeeQepik: 400_000),
                                           by: AuditAtomicityTests.clerk)
            document = try applicants.add(DocumentRecord(applicantID: applicant.id, paragraph: "3.4.4",
                                                         receivedOn: TestSupport.date("2026-07-01")),
                                          by: AuditAtomicityTests.clerk)
            _ = try SQLiteSettingsRepository(database: database).save(
                HolidayEntry(day: TestSupport.date("2027-03-20"), name: "Novruz"), by: AuditAtomicityTests.admin)
            inquiry = try SQLiteInquiryRepository(database: database).open(
                Inquiry(pin: nil, name: PersonName(surname: "Həsənova", name: "Leyla", fatherName: ""),
                        birthDate: TestSupport.date("1990-01-01"), institutionCode: "BDU"), by: TestSupport.ssac)
            deadline = try DeskRepository(database: database).addEvent(
                applicantID: applicant.id, institutionCode: "BDU", kind: .noticeMinistry,
                dueOn: TestSupport.date("2026-12-01"), by: AuditAtomicityTests.clerk)
        }

        /// From now on every INSERT into audit_event fails, as a full disk or a broken
        /// trail would make it fail.
        func breakTheAuditTrail() throws {
            try database.execute("""
                CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON main.audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit trail is broken (test)'); END
                """)
        }

        /// Every row of every table the actions touch, to show nothing changed.
        func snapshot() throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for table in ["student_record", "status_change", "diploma", "certificate", "inquiry", "inquiry_event",
                          "applicant", "applicant_document", "language_test", "payment", "contract", "app_user",
                          "holiday", "setting", "institution", "major", "audit_event", "desk_event"] {
                counts[table] = try database.scalarInt("SELECT count(*) FROM \(table)")
            }
            counts["versions"] = try database.scalarInt("""
                SELECT (SELECT sum(version) FROM student_record) + (SELECT sum(version) FROM applicant)
                     + (SELECT sum(version) FROM applicant_document) + (SELECT sum(version) FROM contract)
                     + (SELECT sum(version) FROM inquiry) + (SELECT coalesce(sum(version), 0) FROM app_user)
                     + (SELECT sum(version) FROM holiday) + (SELECT count(done_on) FROM desk_event)
                """)
            return counts
        }
    }

    /// Each action, by name: run once with a working trail it writes `action`; run with a
    /// broken trail it throws and nothing in the database changed.
    static func actions(_ f: Fixture) -> [(name: String, action: String, run: () throws -> Void)] {
        let admin = Self.admin
        let clerk = Self.clerk
        let settings = SQLiteSettingsRepository(database: f.database)
        let users = SQLiteUserRepository(database: f.database)
        let inquiries = SQLiteInquiryRepository(database: f.database)
        let service = RegistryService(database: f.database, caller: TestSupport.ssac)
        let pin = PIN(unchecked: "AB12CD3")
        return [
            ("registry record add", "record-add", {
                _ = try f.registry.add(TestSupport.record(pin: "CD34EF5", year: 2010), by: admin)
            }),
            ("registry record change", "record-change", {
                var changed = try #require(try f.registry.record(id: f.record.id))
                changed.yearsOfStudy = 5
                _ = try f.registry.update(changed, by: admin)
            }),
            ("registry state change (4.10)", "record-state-change", {
                let current = try #require(try f.registry.record(id: f.record.id))
                _ = try f.registry.changeState(recordID: f.record.id, to: .academicLeave, on: TestSupport.date("2026-10-01"),
                                               reason: "illness", orderNumber: "12", expectedVersion: current.version, by: admin)
            }),
            ("institution", "reference-change", {
                _ = try f.registry.save(Institution(code: "ADNSU", name: "Azərbaycan Dövlət Neft və Sənaye Universiteti"), by: admin)
            }),
            ("certificate issue", "certificate-issue", {
                _ = try service.issueCertificate(pin: pin, purpose: .citizenRequest)
            }),
            ("inquiry opened", "inquiry-change", {
                _ = try service.openInquiry(Inquiry(pin: nil, name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: ""),
                                                    birthDate: TestSupport.date("1991-02-03"), institutionCode: "BDU"))
            }),
            ("inquiry supplied", "inquiry-change", {
                _ = try inquiries.answer(id: f.inquiry.id, proposedRecord: TestSupport.record(pin: nil, year: 2009),
                                         expectedVersion: f.inquiry.version, by: clerk)
            }),
            ("inquiry rejected", "inquiry-change", {
                _ = try inquiries.reject(id: f.inquiry.id, reason: "no such record", expectedVersion: f.inquiry.version, by: admin)
            }),
            ("applicant added", "applicant-change", {
                _ = try f.applicants.add(TestSupport.applicant(passport: "B2"), by: clerk)
            }),
            ("applicant changed", "applicant-change", {
                var changed = f.applicant
                changed.contact = "+994 50 000 00 00"
                _ = try f.applicants.update(changed, by: clerk)
            }),
            ("document received", "document-change", {
                _ = try f.applicants.add(DocumentRecord(applicantID: f.applicant.id, paragraph: "3.4.1",
                                                        receivedOn: TestSupport.date("2026-07-02")), by: clerk)
            }),
            ("document removed", "document-change", {
                try f.applicants.removeDocument(id: f.document.id, expectedVersion: f.document.version, by: clerk)
            }),
            ("language test", "language-test-add", {
                _ = try f.applicants.add(LanguageTestRecord(applicantID: f.applicant.id, result: LanguageTestResult(
                    test: .ielts, score: 6.5, takenOn: TestSupport.date("2026-03-01"))), by: clerk)
            }),
            ("payment (2.1.1)", "payment-add", {
                _ = try f.applicants.add(PaymentRecord(applicantID: f.applicant.id, contractID: f.contract.id,
                                                       amountQepik: 200_000, paidOn: TestSupport.date("2026-08-25"),
                                                       academicYear: 2026), by: clerk)
            }),
            ("contract", "contract-change", {
                var changed = f.contract
                changed.annualFeeQepik = 450_000
                _ = try f.applicants.save(changed, by: clerk)
            }),
            ("user added", "user-change", { _ = try users.add(AppUser(login: "nigar", role: .ssac), by: admin) }),
            ("holiday added", "setting-change", {
                _ = try settings.save(HolidayEntry(day: TestSupport.date("2027-03-21"), name: "Novruz"), by: admin)
            }),
            ("holiday removed", "setting-change", {
                try settings.remove(day: TestSupport.date("2027-03-20"), expectedVersion: 1, by: admin)
            }),
            ("deadline marked done (4.12 notice)", "deadline-done", {
                try DeskRepository(database: f.database).markDone(eventID: f.deadline, on: TestSupport.date("2026-11-30"),
                                                                  by: clerk)
            }),
            ("setting", "setting-change", {
                _ = try settings.set(SettingKeys.languageTestValidityYears, to: 3, expectedVersion: 0, by: admin)
            }),
        ]
    }

    @Test func everyActionWritesItsAuditRow() throws {
        let count = Self.actions(try Fixture()).count
        for index in 0..<count {
            let fixture = try Fixture()
            let action = Self.actions(fixture)[index]
            let before = try fixture.database.scalarInt("SELECT max(id) FROM audit_event")
            try action.run()
            let written = try fixture.database.rows("SELECT action FROM audit_event WHERE id > ? ORDER BY id", [before]) {
                $0.text(0)
            }
            #expect(written == [action.action], "\(action.name)")
        }
    }

    @Test func anActionWhoseAuditRowCannotBeWrittenDoesNotHappen() throws {
        let count = Self.actions(try Fixture()).count
        for index in 0..<count {
            let fixture = try Fixture()
            let action = Self.actions(fixture)[index]
            let before = try fixture.snapshot()
            try fixture.breakTheAuditTrail()
            let error = TestSupport.error { try action.run() }
            #expect((error as? DatabaseError)?.message.contains("the audit trail is broken") == true,
                    "\(action.name) failed for its audit row: \(String(describing: error))")
            #expect(try fixture.snapshot() == before, "\(action.name) left no trace")
        }
    }

    @Test func aReadWhoseAuditRowCannotBeWrittenShowsNothing() throws {
        let fixture = try Fixture()
        let service = RegistryService(database: fixture.database, caller: TestSupport.ssac)
        try fixture.breakTheAuditTrail()
        #expect(throws: DatabaseError.self) { _ = try service.records(pin: PIN(unchecked: "AB12CD3"), purpose: .citizenRequest) }
        #expect(throws: DatabaseError.self) { _ = try service.openRecord(id: fixture.record.id) }
        #expect(throws: DatabaseError.self) { _ = try service.search(NameQuery(text: "Məmmədov"), limit: 50) }
    }

    @Test func anImportIsAuditedWithItsFileAndCountsAndNotLoadedWithoutItsRow() throws {
        let directory = try TestSupport.directory()
        let file = try TestSupport.write([TestSupport.studentHeader, TestSupport.studentRow(1), TestSupport.studentRow(2),
                                          "bad,row"].joined(separator: "\n") + "\n", to: directory)
        let database = try TestSupport.database()
        let (summary, _) = try TestSupport.importFile(.students, file, into: database)
        #expect(summary.loaded == 2)
        let details = try database.rows("SELECT action, detail FROM audit_event WHERE action = 'import' ORDER BY id") {
            $0.text(0) + " " + $0.text(1)
        }
        #expect(details == ["import students \(file): started",
                            "import students \(file): loaded 2 · already present 0 · refused 1"])

        let broken = try TestSupport.database()
        try broken.execute("""
            CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON main.audit_event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is broken (test)'); END
            """)
        #expect(throws: DatabaseError.self) { _ = try TestSupport.importFile(.students, file, into: broken) }
        #expect(try broken.scalarInt("SELECT count(*) FROM student_record") == 0)
    }

    @Test func searchesAndOpenedRecordsAreAuditedWithWhatTheyFound() throws {
        let fixture = try Fixture()
        let registry = fixture.registry
        for year in 2009...2012 { _ = try registry.add(TestSupport.record(pin: nil, year: year), by: Self.admin) }
        let service = RegistryService(database: fixture.database, caller: TestSupport.ssac)
        let (rows, more) = try service.search(NameQuery(text: "Mammadov"), limit: 3)
        #expect(rows.count == 3 && more)
        _ = try service.search(NameQuery(text: "Mamedov Əli"), after: nil, limit: 50, newSearch: true)
        _ = try service.search(NameQuery(text: "Mamedov Əli"), after: rows.last?.cursor, limit: 50, newSearch: false)
        let opened = try service.openRecord(id: fixture.record.id)
        #expect(opened?.id == fixture.record.id)
        let trail = try SQLiteAuditRepository(database: fixture.database).events(login: "ssac1", since: "", limit: 3)
        #expect(trail.map(\.action) == ["record-view", "name-search", "name-search"], "paging on is not a new search")
        #expect(trail.map(\.detail) == ["record \(fixture.record.id)", "Mamedov Əli: 5 results",
                                        "Mammadov: 3+ results (limit 3)"])
        #expect(trail.first?.pin == "AB12CD3")
    }
}
