import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct UserRepositoryTests {
    @Test func administratorsManageUsers() throws {
        let database = try TestSupport.database()
        let users = SQLiteUserRepository(database: database)
        #expect(try users.bootstrapAdministrator(login: "root", institutionCode: nil))
        #expect(try !users.bootstrapAdministrator(login: "other", institutionCode: nil))
        let clerk = try users.add(AppUser(login: "aysel", role: .clerk, institutionCode: "BDU"), by: TestSupport.admin)
        #expect(clerk.institutionCode == "BDU")
        #expect(throws: ValidationError.self) { try users.add(AppUser(login: "nobody", role: .clerk), by: TestSupport.admin) }
        #expect(throws: PermissionError.self) { try users.add(AppUser(login: "x", role: .ssac), by: TestSupport.ssac) }
        var promoted = clerk
        promoted.role = .ssac
        promoted.institutionCode = nil
        let saved = try users.update(promoted, by: TestSupport.admin)
        #expect(saved.role == .ssac && saved.version == 2)
        #expect(try users.users(by: TestSupport.admin).map(\.login) == ["aysel", "root"])
        try users.remove(login: "aysel", expectedVersion: 2, by: TestSupport.admin)
        #expect(try users.user(login: "aysel") == nil)
    }
}

@Suite struct AuditRepositoryTests {
    @Test func eventsAreFoundByPINAndLoginAndCannotBeChanged() throws {
        let database = try TestSupport.database()
        let audit = SQLiteAuditRepository(database: database)
        let pin = PIN(unchecked: "AB12CD3")
        try audit.record(.pinSearch, pin: pin, purpose: "employer request", detail: nil, by: TestSupport.ssac)
        try audit.record(.certificateIssue, pin: pin, purpose: "visa", detail: "code X", by: TestSupport.admin)
        try audit.record(.diplomaCheck, pin: nil, purpose: nil, detail: "BA 0000001", by: TestSupport.ssac)
        #expect(try audit.events(pin: pin, limit: 10).map(\.action) == ["certificate-issue", "pin-search"])
        #expect(try audit.events(login: "ssac1", since: "2000-01-01", limit: 10).count == 2)
        #expect(try audit.events(login: "ssac1", since: "2999-01-01", limit: 10).isEmpty)
        let page = try audit.events(before: nil, limit: 2)
        #expect(page.count == 2)
        #expect(try audit.events(before: page.last?.id, limit: 5).count == 1)
        #expect(throws: DatabaseError.self) { try database.run("UPDATE audit_event SET login = 'someone else'") }
        #expect(throws: DatabaseError.self) { try database.run("DELETE FROM audit_event") }
    }
}

@Suite struct SettingsRepositoryTests {
    @Test func typedSettingsHaveDefaultsAndVersions() throws {
        let database = try TestSupport.database()
        let settings = SQLiteSettingsRepository(database: database)
        let initial = try settings.setting(SettingKeys.languageTestValidityYears)
        #expect(initial.value == 2 && initial.version == 0)
        let stored = try settings.set(SettingKeys.languageTestValidityYears, to: 3, expectedVersion: 0, by: TestSupport.admin)
        #expect(stored.value == 3 && stored.version == 1 && stored.updatedBy == "admin1")
        #expect(throws: ConflictError.self) {
            try settings.set(SettingKeys.languageTestValidityYears, to: 4, expectedVersion: 0, by: TestSupport.admin)
        }
        #expect(throws: PermissionError.self) {
            try settings.set(SettingKeys.languageTestValidityYears, to: 4, expectedVersion: 1, by: TestSupport.ssac)
        }
        #expect(throws: ValidationError.self) {
            try settings.set(SettingKeys.languageTestValidityYears, to: 0, expectedVersion: 1, by: TestSupport.admin)
        }
        let table = try settings.setting(SettingKeys.toeflBandEquivalence).value
        #expect(table.first?.band == 1.0 && table.last?.band == 6.0)
        let edited = [TOEFLBandEquivalence(band: 3.0, ibtMinimum: 40), TOEFLBandEquivalence(band: 3.5, ibtMinimum: 50)]
        #expect(try settings.set(SettingKeys.toeflBandEquivalence, to: edited, expectedVersion: 0, by: TestSupport.admin).value == edited)
    }

    @Test func holidaysAreEditedWithVersions() throws {
        let database = try TestSupport.database()
        let holidays = SQLiteSettingsRepository(database: database)
        let novruz = try holidays.save(HolidayEntry(day: TestSupport.date("2026-03-20"), name: "Novruz"), by: TestSupport.admin)
        #expect(novruz.version == 1)
        _ = try holidays.save(HolidayEntry(day: TestSupport.date("2026-03-28"), name: "iş günü", kind: .workingDay), by: TestSupport.admin)
        #expect(throws: ConflictError.self) {
            try holidays.save(HolidayEntry(day: TestSupport.date("2026-03-20"), name: "again"), by: TestSupport.admin)
        }
        var renamed = novruz
        renamed.name = "Novruz bayramı"
        #expect(try holidays.save(renamed, by: TestSupport.admin).version == 2)
        let march = try holidays.holidays(from: TestSupport.date("2026-03-01"), to: TestSupport.date("2026-03-31"))
        #expect(march.map(\.kind) == [.holiday, .workingDay])
        #expect(throws: PermissionError.self) { try holidays.remove(day: novruz.day, expectedVersion: 2, by: TestSupport.clerkBDU) }
        try holidays.remove(day: novruz.day, expectedVersion: 2, by: TestSupport.admin)
        #expect(try holidays.holidays(from: TestSupport.date("2026-03-01"), to: TestSupport.date("2026-03-31")).count == 1)
    }
}

@Suite struct DraftRepositoryTests {
    @Test func aDraftIsKeptPerLoginFormAndSubject() throws {
        let database = try TestSupport.database()
        let drafts = SQLiteDraftRepository(database: database)
        try drafts.save(form: "applicant", subject: "", fields: ["surname": "Yılmaz", "name": "Meh"], by: TestSupport.clerkBDU)
        try drafts.save(form: "applicant", subject: "", fields: ["surname": "Yılmaz", "name": "Mehmet"], by: TestSupport.clerkBDU)
        #expect(try drafts.draft(form: "applicant", subject: "", by: TestSupport.clerkBDU)?.fields["name"] == "Mehmet")
        #expect(try drafts.draft(form: "applicant", subject: "", by: TestSupport.admin) == nil)
        #expect(try drafts.drafts(by: TestSupport.clerkBDU).count == 1)
        try drafts.discard(form: "applicant", subject: "", by: TestSupport.clerkBDU)
        #expect(try drafts.drafts(by: TestSupport.clerkBDU).isEmpty)
    }
}

@Suite struct CertificateRepositoryTests {
    @Test func anIssuedCertificateIsFoundByItsCode() throws {
        let database = try TestSupport.database()
        let certificates = SQLiteCertificateRepository(database: database)
        let pin = PIN(unchecked: "AB12CD3")
        let issued = try certificates.issue(pin: pin, purpose: "employer", snapshot: "{\"surname\":\"Məmmədov\"}", by: TestSupport.ssac)
        #expect(issued.code.count == 14)
        #expect(try certificates.certificate(code: issued.code.lowercased().replacingOccurrences(of: "-", with: ""),
                                             by: TestSupport.ssac) == issued)
        #expect(try certificates.certificate(code: "0000-0000-0000", by: TestSupport.ssac) == nil)
        #expect(try certificates.certificates(pin: pin, by: TestSupport.admin) == [issued])
        #expect(throws: PermissionError.self) { try certificates.certificates(pin: pin, by: TestSupport.clerkBDU) }
        #expect(throws: PermissionError.self) { try certificates.issue(pin: pin, purpose: "", snapshot: "{}", by: TestSupport.clerkBDU) }
    }
}

@Suite struct ChangeNoticeTests {
    @Test func anotherConnectionsCommitIsNoticedOnce() throws {
        let path = try TestSupport.directory().appendingPathComponent("n.db").path
        let screen = try Store.open(path: path)
        let other = try Store.open(path: path)
        let notice = try ChangeNotice(database: screen)
        #expect(try !notice.hasChanged())
        try TestSupport.seedReference(other)
        #expect(try notice.hasChanged())
        #expect(try !notice.hasChanged())
        try screen.write { try screen.run("INSERT INTO major(code, name) VALUES ('own', 'own write')") }
        #expect(try !notice.hasChanged())
    }

    /// Issue 15: a list in another area of the same session learns of this session's writes.
    @Test func aNoticeThatCountsOwnWritesSeesThisConnectionsCommitOnce() throws {
        let path = try TestSupport.directory().appendingPathComponent("own.db").path
        let screen = try Store.open(path: path)
        let notice = try ChangeNotice(database: screen, countsOwnWrites: true)
        #expect(try !notice.hasChanged())
        try screen.write { try screen.run("INSERT INTO major(code, name) VALUES ('own', 'own write')") }
        #expect(try notice.hasChanged())
        #expect(try !notice.hasChanged())
        _ = try screen.scalarInt("SELECT count(*) FROM major")
        #expect(try !notice.hasChanged(), "a read is not a change")
    }
}
