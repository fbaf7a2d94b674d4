import Domain
import Testing
@testable import Storage

/// DESIGN "Roles", checked below the interface: for each repository call, who may and who is
/// refused with a PermissionError. Clerks belong to BDU unless named otherwise.
@Suite struct PermissionMatrixTests {
    static let admin = Caller(login: "kamran", role: .admin)
    static let ssac = Caller(login: "nigar", role: .ssac)
    static let clerk = Caller(login: "aysel", role: .clerk, institutionCode: "BDU")
    static let otherClerk = Caller(login: "rauf", role: .clerk, institutionCode: "ATU")
    static let everyone = [admin, ssac, clerk, otherClerk]

    /// True when the call went through, false when Storage refused it for permission;
    /// any other error fails the test.
    private func allowed(_ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch is PermissionError {
            return false
        }
    }

    private func who(_ database: Database, _ call: (Caller) throws -> Void) throws -> [String] {
        try Self.everyone.filter { caller in try allowed { try call(caller) } }.map(\.login)
    }

    private func store() throws -> (Database, StudentRecord, PIN) {
        let database = try TestSupport.database()
        let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        let record = try registry.add(TestSupport.record(), by: Self.admin)
        return (database, record, try #require(record.pin))
    }

    @Test func usersSettingsHolidaysAndTheAuditTrailAreForAdministrators() throws {
        let (database, _, _) = try store()
        let users = SQLiteUserRepository(database: database)
        var n = 0
        #expect(try who(database) { caller in
            n += 1
            _ = try users.add(AppUser(login: "new\(n)", role: .ssac), by: caller)
        } == ["kamran"])
        let settings = SQLiteSettingsRepository(database: database)
        #expect(try who(database) { caller in
            let current = try settings.setting(SettingKeys.languageTestValidityYears)
            _ = try settings.set(SettingKeys.languageTestValidityYears, to: 3, expectedVersion: current.version, by: caller)
        } == ["kamran"])
        var day = 0
        #expect(try who(database) { caller in
            day += 1
            _ = try settings.save(HolidayEntry(day: TestSupport.date("2027-03-2\(day)"), name: "Novruz"), by: caller)
        } == ["kamran"])
        let audit = SQLiteAuditRepository(database: database)
        #expect(try who(database) { _ = try audit.events(pin: nil, login: nil, since: nil, before: nil, limit: 5, by: $0) }
                == ["kamran"])
    }

    @Test func theRegistryIsSearchedAndBrowsedBySSACAndAdministrators() throws {
        let (database, _, pin) = try store()
        #expect(try who(database) { _ = try RegistryService(database: database, caller: $0).records(pin: pin, purpose: .citizenRequest) }
                == ["kamran", "nigar"])
        #expect(try who(database) { _ = try SQLiteRegistryRepository(database: database, browsingAs: $0).rows(after: nil, limit: 5) }
                == ["kamran", "nigar"])
        #expect(try who(database) {
            _ = try RegistryService(database: database, caller: $0).search(NameQuery(text: "Məmmədov", born: nil), after: nil,
                                                                           limit: 5, newSearch: true)
        } == ["kamran", "nigar"])
        #expect(try who(database) {
            _ = try SQLiteCertificateRepository(database: database).issue(pin: pin, purpose: "x", snapshot: "{}", by: $0)
        } == ["kamran", "nigar"])
    }

    @Test func aClerkChangesOnlyTheirOwnInstitutionsRecords() throws {
        let (database, record, _) = try store()
        let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        #expect(try who(database) { caller in
            guard var current = try registry.record(id: record.id) else { return }
            current.yearsOfStudy = current.yearsOfStudy % 5 + 1
            _ = try registry.update(current, by: caller)
        } == ["kamran", "nigar", "aysel"])
        #expect(try who(database) { caller in
            guard let current = try registry.record(id: record.id) else { return }
            _ = try registry.changeState(recordID: record.id, to: .academicLeave, on: TestSupport.date("2026-10-01"),
                                         reason: "", orderNumber: "", expectedVersion: current.version, by: caller)
        } == ["kamran", "nigar", "aysel"])
    }

    @Test func applicantsBelongToTheirInstitutionsClerks() throws {
        let (database, _, _) = try store()
        let applicants = SQLiteApplicantRepository(database: database)
        var n = 0
        #expect(try who(database) { caller in
            n += 1
            _ = try applicants.add(TestSupport.applicant(passport: "P00\(n)", institution: "BDU"), by: caller)
        } == ["kamran", "aysel"])
        let stored = try applicants.add(TestSupport.applicant(passport: "Q1", institution: "BDU"), by: Self.clerk)
        #expect(try who(database) { _ = try applicants.applicant(id: stored.id, by: $0) }.contains("aysel"))
        #expect(try !who(database) { _ = try applicants.applicant(id: stored.id, by: $0) }.contains("rauf"),
                "a clerk of ATU cannot read BDU's applicant")
        #expect(try !who(database) { caller in
            guard var a = try applicants.applicant(id: stored.id, by: Self.admin) else { return }
            a.contact = "changed by \(caller.login)"
            _ = try applicants.update(a, by: caller)
        }.contains("rauf"), "a clerk of ATU cannot change BDU's applicant")
    }

    @Test func anApplicantsRecordsAreReadByWhoeverMayReadTheApplicant() throws {
        let (database, _, _) = try store()
        let applicants = SQLiteApplicantRepository(database: database)
        let applicant = try applicants.add(TestSupport.applicant(passport: "R1", institution: "BDU"), by: Self.clerk)
        let ready = try applicants.changeState(applicantID: applicant.id, to: .ready, on: TestSupport.date("2026-08-01"),
                                               paragraph: "3.4", reason: "documents complete",
                                               expectedVersion: applicant.version, by: Self.clerk)
        let followUp = AdmissionFollowUp(admittedOn: TestSupport.date("2026-09-01"), educationState: .studying)
        _ = try applicants.saveFollowUp(followUp, applicantID: applicant.id, expectedVersion: ready.version, by: Self.clerk)
        let document = try applicants.add(DocumentRecord(applicantID: applicant.id, paragraph: "3.4.4",
                                                         receivedOn: TestSupport.date("2026-07-01"),
                                                         details: ["kind": "passport"]), by: Self.clerk)
        let test = try applicants.add(LanguageTestRecord(applicantID: applicant.id, result: LanguageTestResult(
            test: .ielts, score: 6.5, takenOn: TestSupport.date("2026-03-01"))), by: Self.clerk)
        let contract = try applicants.save(ContractRecord(applicantID: applicant.id, number: "BDU-2026-1",
                                                          signedOn: TestSupport.date("2026-08-20"), annualFeeQepik: 4_000_00),
                                           by: Self.clerk)
        let payment = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id,
                                                       amountQepik: 2_000_00, paidOn: TestSupport.date("2026-08-25"),
                                                       academicYear: 2026), by: Self.clerk)
        let id = applicant.id
        try readsAsTheApplicant("stateHistory", of: id, stored: ["new → ready 3.4 aysel"], none: []) {
            try applicants.stateHistory(applicantID: $0, by: $1).map { "\($0.from) → \($0.to) \($0.paragraph) \($0.recordedBy)" }
        }
        try readsAsTheApplicant("followUp", of: id, stored: followUp, none: AdmissionFollowUp()) {
            try applicants.followUp(applicantID: $0, by: $1)
        }
        try readsAsTheApplicant("documents", of: id, stored: [document], none: []) {
            try applicants.documents(applicantID: $0, by: $1)
        }
        try readsAsTheApplicant("languageTests", of: id, stored: [test], none: []) {
            try applicants.languageTests(applicantID: $0, by: $1)
        }
        try readsAsTheApplicant("contracts", of: id, stored: [contract], none: []) {
            try applicants.contracts(applicantID: $0, by: $1)
        }
        try readsAsTheApplicant("payments", of: id, stored: [payment], none: []) {
            try applicants.payments(applicantID: $0, by: $1)
        }
    }

    /// One read of a BDU applicant's records, held to the rule of `applicant(id:by:)`: the
    /// administrator, SSAC and BDU's clerk get exactly what was stored; ATU's clerk is
    /// refused; an applicant that does not exist has nothing to refuse (as `applicant(id:)`
    /// answers nil) and every caller gets `none`.
    private func readsAsTheApplicant<T: Equatable>(_ name: String, of id: Int64, stored: T, none: T,
                                                   sourceLocation: SourceLocation = #_sourceLocation,
                                                   _ read: (Int64, Caller) throws -> T) throws {
        for caller in [Self.admin, Self.ssac, Self.clerk] {
            #expect(try read(id, caller) == stored, "\(name) read by \(caller.login)", sourceLocation: sourceLocation)
        }
        #expect(throws: PermissionError.self, "\(name): ATU's clerk cannot read BDU's applicant",
                sourceLocation: sourceLocation) { _ = try read(id, Self.otherClerk) }
        for caller in Self.everyone {
            #expect(try read(id + 1000, caller) == none, "\(name) of no applicant, by \(caller.login)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func onlyAdministratorsDecideInquiries() throws {
        let (database, _, _) = try store()
        let inquiries = SQLiteInquiryRepository(database: database)
        let opened = try inquiries.open(Inquiry(pin: PIN(unchecked: "7ABCD12"),
                                                name: PersonName(surname: "Əliyev", name: "Orxan", fatherName: "Vüsal oğlu"),
                                                birthDate: TestSupport.date("1999-01-02"), institutionCode: "BDU",
                                                message: "2016–2020 bakalavr qeydi yoxdur"), by: Self.ssac)
        #expect(try who(database) { caller in
            _ = try inquiries.reject(id: opened.id, reason: "no such record at BDU", expectedVersion: opened.version, by: caller)
        } == ["kamran"])
        for caller in [Self.ssac, Self.clerk] {
            #expect(throws: PermissionError.self) { _ = try inquiries.approve(id: opened.id, expectedVersion: 2, by: caller) }
        }
        #expect(try who(database) { caller in
            _ = try inquiries.open(Inquiry(pin: nil, name: PersonName(surname: "Həsənova", name: "Leyla", fatherName: ""),
                                           birthDate: TestSupport.date("1990-01-01"), institutionCode: "BDU"), by: caller)
        }.contains("nigar"))
    }

    @Test func deskDeadlinesBelongToTheirInstitutionsClerks() throws {
        let (database, _, _) = try store()
        let desk = DeskRepository(database: database)
        let applicant = try SQLiteApplicantRepository(database: database)
            .add(TestSupport.applicant(passport: "D1", institution: "BDU"), by: Self.clerk)
        var n = 0
        #expect(try who(database) { caller in
            n += 1
            try desk.addEvent(applicantID: applicant.id, institutionCode: "BDU", kind: .residence, subject: "s\(n)",
                              dueOn: TestSupport.date("2027-01-10"), by: caller)
        } == ["kamran", "aysel"])
        let event = try desk.addEvent(applicantID: applicant.id, institutionCode: "BDU", kind: .noticeMinistry,
                                      dueOn: TestSupport.date("2026-12-01"), by: Self.clerk)
        #expect(throws: PermissionError.self) {
            try desk.markDone(eventID: event, on: TestSupport.date("2026-11-30"), by: Self.otherClerk)
        }
        #expect(try desk.events(applicantID: applicant.id, by: Self.otherClerk).isEmpty, "ATU's clerk sees none of BDU's")
        #expect(try !desk.events(applicantID: applicant.id, by: Self.clerk).isEmpty)
        #expect(throws: PermissionError.self) { _ = try desk.events(applicantID: applicant.id, by: Self.ssac) }
        #expect(throws: PermissionError.self) { _ = try desk.students(by: Self.ssac) }
        try desk.markDone(eventID: event, on: TestSupport.date("2026-11-30"), by: Self.clerk)
    }
}
