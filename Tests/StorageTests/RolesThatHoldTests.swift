import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 12, "Roles that hold", checked in Storage in the manner of `PermissionMatrixTests`:
/// for each read or write, who gets through and who is refused with a PermissionError.
/// Clerks: aysel at BDU, rauf at ATU.
@Suite struct RolesThatHoldTests {
    static let admin = Caller(login: "kamran", role: .admin)
    static let ssac = Caller(login: "nigar", role: .ssac)
    static let clerk = Caller(login: "aysel", role: .clerk, institutionCode: "BDU")
    static let otherClerk = Caller(login: "rauf", role: .clerk, institutionCode: "ATU")
    static let everyone = [admin, ssac, clerk, otherClerk]

    /// The logins whose call went through; a refusal other than PermissionError fails the test.
    private func who(_ call: (Caller) throws -> Void) throws -> [String] {
        try Self.everyone.filter { caller in
            do {
                try call(caller)
                return true
            } catch is PermissionError {
                return false
            }
        }.map(\.login)
    }

    private func inquiryAddressedTo(_ institution: String, _ database: Database) throws -> Inquiry {
        try SQLiteInquiryRepository(database: database).open(
            Inquiry(pin: PIN(unchecked: "7ABCD12"), name: PersonName(surname: "Əliyev", name: "Orxan", fatherName: "Vüsal oğlu"),
                    birthDate: TestSupport.date("1999-01-02"), institutionCode: institution,
                    message: "2016–2020 bakalavr qeydi yoxdur"), by: Self.ssac)
    }

    // MARK: - Inquiries

    @Test func anInquiryAndItsHistoryAreReadOnlyByWhoMaySeeItInTheList() throws {
        let database = try TestSupport.database()
        let inquiries = SQLiteInquiryRepository(database: database)
        let toATU = try inquiryAddressedTo("ATU", database)
        // Before issue 12 a BDU clerk read this ATU inquiry, PIN and all, by its number.
        #expect(try who { _ = try inquiries.inquiry(id: toATU.id, by: $0) } == ["kamran", "nigar", "rauf"])
        #expect(try who { _ = try inquiries.events(inquiryID: toATU.id, by: $0) } == ["kamran", "nigar", "rauf"])
        #expect(try who { _ = try RegistryService(database: database, caller: $0).inquiry(id: toATU.id) }
                == ["kamran", "nigar", "rauf"])
        #expect(try who { _ = try RegistryService(database: database, caller: $0).history(inquiryID: toATU.id) }
                == ["kamran", "nigar", "rauf"])
        #expect(try who { try inquiries.comment(id: toATU.id, text: "?", by: $0) } == ["kamran", "nigar", "rauf"])
        // What the list shows the BDU clerk, and what show gives for a number that is not there.
        #expect(try inquiries.inquiries(state: nil, institutionCode: nil, before: nil, limit: 10, by: Self.clerk).isEmpty)
        #expect(try inquiries.inquiry(id: toATU.id + 100, by: Self.clerk) == nil)
        #expect(try inquiries.events(inquiryID: toATU.id, by: Self.otherClerk).map(\.kind) == [.opened, .comment, .comment,
                                                                                                .comment])
    }

    // MARK: - Registry reads

    @Test func everyRegistryReadHasACallerAndAClerkReadsOnlyTheirOwnRecords() throws {
        let database = try TestSupport.database()
        let diploma = Diploma(series: "BA", registrationNumber: "0000101", issueDate: TestSupport.date("2012-06-30"),
                              level: .ordinary)
        let bdu = try SQLiteRegistryRepository(database: database, browsingAs: Self.admin)
            .add(TestSupport.record(state: .graduated, diploma: diploma), by: Self.admin)
        let pin = try #require(bdu.pin)
        func registry(_ caller: Caller) -> SQLiteRegistryRepository {
            SQLiteRegistryRepository(database: database, browsingAs: caller)
        }
        #expect(try who { _ = try registry($0).record(id: bdu.id) } == ["kamran", "nigar", "aysel"])
        #expect(try who { _ = try registry($0).statusHistory(recordID: bdu.id) } == ["kamran", "nigar", "aysel"])
        #expect(try who { _ = try registry($0).records(pin: pin) } == ["kamran", "nigar"])
        #expect(try who { _ = try registry($0).rows(after: nil, limit: 5) } == ["kamran", "nigar"])
        #expect(try who { _ = try registry($0).rows(before: nil, limit: 5) } == ["kamran", "nigar"])
        #expect(try who { _ = try registry($0).records(diplomaSeries: "BA", number: "0000101") } == ["kamran", "nigar"])
        #expect(try who { _ = try registry($0).count() } == ["kamran", "nigar"])
        #expect(try who {
            _ = try registry($0).search(surnamePrefix: "Məmməd", name: nil, fatherName: nil, born: nil, after: nil, limit: 5)
        } == ["kamran", "nigar"])
        #expect(try who { _ = try RegistryService(database: database, caller: $0).openRecord(id: bdu.id) } == ["kamran", "nigar"])
        let certificates = SQLiteCertificateRepository(database: database)
        let issued = try certificates.issue(pin: pin, purpose: "x", snapshot: "{}", by: Self.ssac)
        #expect(try who { _ = try certificates.certificate(code: issued.code, by: $0) } == ["kamran", "nigar"])
        #expect(try who { _ = try certificates.certificates(pin: pin, by: $0) } == ["kamran", "nigar"])
    }

    // MARK: - Users

    @Test func onlyAnAdministratorListsTheUsers() throws {
        let database = try TestSupport.database()
        let users = SQLiteUserRepository(database: database)
        _ = try users.bootstrapAdministrator(login: "kamran", institutionCode: nil)
        #expect(try who { _ = try users.users(by: $0) } == ["kamran"])
        #expect(try users.administrators() == ["kamran"], "a stranger is told whom to ask")
    }

    @Test func theLastAdministratorCanBeNeitherRemovedNorDemoted() throws {
        let database = try TestSupport.database()
        let users = SQLiteUserRepository(database: database)
        #expect(try users.bootstrapAdministrator(login: "kamran", institutionCode: nil))
        let me = try #require(try users.user(login: "kamran"))
        var demoted = me
        demoted.role = .ssac
        let refusal = TestSupport.error { _ = try users.update(demoted, by: Self.admin) }
        #expect((refusal as? ValidationError)?.field == "role")
        #expect((refusal as? ValidationError)?.reason.en == "kamran is the last administrator; make another administrator first")
        #expect(throws: ValidationError.self) { try users.remove(login: "kamran", expectedVersion: me.version, by: Self.admin) }
        #expect(try users.user(login: "kamran")?.role == .admin, "still the administrator")

        // With a second administrator, either may go.
        _ = try users.add(AppUser(login: "leyla", role: .admin), by: Self.admin)
        let ssac = try users.update(demoted, by: Caller(login: "leyla", role: .admin))
        #expect(ssac.role == .ssac)
        let leyla = try #require(try users.user(login: "leyla"))
        var leylaDemoted = leyla
        leylaDemoted.role = .clerk
        leylaDemoted.institutionCode = "BDU"
        #expect(throws: ValidationError.self, "leyla is now the last one") { _ = try users.update(leylaDemoted, by: Self.admin) }
        #expect(throws: ValidationError.self) { try users.remove(login: "leyla", expectedVersion: leyla.version, by: Self.admin) }
        // Removing a non-administrator is not held back.
        try users.remove(login: "kamran", expectedVersion: ssac.version, by: Caller(login: "leyla", role: .admin))
        #expect(try users.administrators() == ["leyla"])
    }

    @Test func theFirstLoginBecomesAdministratorOnlyOfADatabaseWithNoUsersAndThatIsAudited() throws {
        let database = try TestSupport.database()
        let users = SQLiteUserRepository(database: database)
        // A database whose only user is a clerk (its administrators removed by hand, say)
        // does not hand itself to whoever opens it next.
        try database.write {
            try database.run("INSERT INTO app_user(login, role, institution_id) VALUES ('aysel', 'clerk', 1)")
        }
        #expect(try !users.bootstrapAdministrator(login: "intruder", institutionCode: nil))
        #expect(try users.user(login: "intruder") == nil)

        let empty = try TestSupport.database()
        let fresh = SQLiteUserRepository(database: empty)
        #expect(try fresh.bootstrapAdministrator(login: "root", institutionCode: nil))
        #expect(try !fresh.bootstrapAdministrator(login: "other", institutionCode: nil))
        let events = try SQLiteAuditRepository(database: empty).events(login: "root", since: "", limit: 5)
        #expect(events.map(\.action) == ["user-bootstrap"])
        #expect(events.first?.detail == "root became the first administrator of a database with no users")
    }

    // MARK: - Imports

    @Test func onlyAnAdministratorLoadsRegistryRecordsWithDiplomas() throws {
        let directory = try TestSupport.directory()
        let file = try TestSupport.write(TestSupport.studentHeader + "\n" + TestSupport.studentRow(1) + "\n", to: directory)
        var loaded: [String] = []
        for caller in Self.everyone {
            let database = try TestSupport.database()
            do {
                let summary = try CSVImport.run(.students, file: file, into: database, by: caller, onProblem: { _ in })
                if summary.loaded == 1 { loaded.append(caller.login) }
            } catch is PermissionError {
                #expect(try database.scalarInt("SELECT count(*) FROM student_record") == 0)
                #expect(try database.scalarInt("SELECT count(*) FROM audit_event") == 0)
            }
        }
        #expect(loaded == ["kamran"], "a fake diploma loaded in bulk would pass the diploma check")
    }

    // MARK: - A session notices its user change

    @Test func anOpenSessionSeesItsUserDemotedOrRemovedByAnotherSession() throws {
        let path = try TestSupport.directory().appendingPathComponent("roles.db").path
        let administrator = try Store.open(path: path)
        try TestSupport.seedReference(administrator)
        let users = SQLiteUserRepository(database: administrator)
        _ = try users.bootstrapAdministrator(login: "kamran", institutionCode: nil)
        _ = try users.add(AppUser(login: "aysel", role: .ssac), by: Self.admin)

        let session = try Store.open(path: path)
        let watch = try CallerWatch(database: session, login: "aysel")
        #expect(watch.caller?.role == .ssac)
        #expect(try watch.check() == nil, "nothing happened yet")

        // Somebody else's unrelated commit: asked again, and nothing about aysel changed.
        _ = try users.add(AppUser(login: "nigar", role: .ssac), by: Self.admin)
        #expect(try watch.check() == nil)

        // Saved again as it was (a new version, the same rights): nothing to tell.
        _ = try users.update(try #require(try users.user(login: "aysel")), by: Self.admin)
        #expect(try watch.check() == nil)

        var demoted = try #require(try users.user(login: "aysel"))
        demoted.role = .clerk
        demoted.institutionCode = "BDU"
        _ = try users.update(demoted, by: Self.admin)
        let change = try watch.check()
        guard case .changed(let user) = change else {
            Issue.record("expected the demotion to be seen, got \(String(describing: change))")
            return
        }
        #expect(user.role == .clerk && user.institutionCode == "BDU")
        #expect(watch.caller == Caller(login: "aysel", role: .clerk, institutionCode: "BDU"))
        // The new caller is what Storage checks: the registry is closed to her now.
        #expect(throws: PermissionError.self) {
            _ = try RegistryService(database: session, caller: try #require(watch.caller)).records(pin: PIN(unchecked: "AB12CD3"),
                                                                                              purpose: .citizenRequest)
        }

        let current = try #require(try users.user(login: "aysel"))
        try users.remove(login: "aysel", expectedVersion: current.version, by: Self.admin)
        #expect(try watch.check() == .removed)
        #expect(watch.caller == nil)
        #expect(try watch.check() == nil, "told once")
    }

    /// Before each key: an administrator who demotes themselves in their own session (their
    /// own commit, which `data_version` does not count) is seen at once; a key after nothing
    /// was written anywhere asks nothing of the user table.
    @Test func beforeAKeyTheSessionSeesItsOwnDemotionAndOtherwiseReadsNothing() throws {
        let path = try TestSupport.directory().appendingPathComponent("self.db").path
        let session = try Store.open(path: path)
        try TestSupport.seedReference(session)
        let users = SQLiteUserRepository(database: session)
        _ = try users.bootstrapAdministrator(login: "kamran", institutionCode: nil)
        _ = try users.add(AppUser(login: "nigar", role: .admin), by: Self.admin)
        let watch = try CallerWatch(database: session, login: "kamran")
        #expect(try watch.checkBeforeKey() == nil, "nothing written since the watch began")
        // kamran demotes himself through this very connection (nigar stays administrator).
        let kamranBefore = try #require(try users.user(login: "kamran"))
        var demoted = kamranBefore
        demoted.role = .ssac
        _ = try users.update(demoted, by: Caller(login: "kamran", role: .admin))
        let change = try watch.checkBeforeKey()
        guard case .changed(let user) = change else {
            Issue.record("the session's own demotion was not seen before the next key: \(String(describing: change))")
            return
        }
        #expect(user.role == .ssac)
        #expect(try watch.checkBeforeKey() == nil, "told once")
    }
}
