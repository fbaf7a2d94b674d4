import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// The registry areas on an in-memory demo registry, as an administrator who is also a
/// clerk of BDU (as the demo login is).
struct RegistryFixture {
    let database: Database
    let app: App
    let pinPane: PINLookupPane
    let names: NameSearchPane
    let diploma: DiplomaCheckPane
    let inquiries: InquiriesPane
    let directory: String

    init(role: UserRole = .admin, persons: Int = 300) throws {
        database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        try DemoGenerator(seed: 7).populateRegistry(database, persons: persons, thisYear: 2026)
        let caller = Caller(login: "aygun", role: role, institutionCode: "BDU")
        let context = AppContext(language: .en, login: "aygun", role: role.rawValue, databasePath: "/tmp/sts.db",
                                 caller: caller, today: CivilDate(year: 2026, month: 3, day: 2) ?? .today())
        let service = RegistryService(database: database, caller: caller)
        directory = NSTemporaryDirectory() + "sts-screens-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        pinPane = PINLookupPane(context: context, service: service, directory: directory)
        names = NameSearchPane(context: context, service: service)
        diploma = DiplomaCheckPane(context: context, service: service)
        inquiries = InquiriesPane(context: context, service: service, hasChanged: { false })
        app = App(context: context, panes: [pinPane, names, diploma, inquiries])
    }

    var text: String { app.render(width: 100, height: 30).lines.joined(separator: "\n") }

    func press(_ keys: Key...) { for key in keys { _ = app.handle(key) } }
    func type(_ text: String) { for c in text { _ = app.handle(.character(c)) } }

    func sql(_ query: String) throws -> String { try database.scalarText(query) }
}

@Suite struct RegistryScreensTests {
    @Test func thePurposeIsAskedFirstAndThePINFieldSaysWhyItRefuses() throws {
        let f = try RegistryFixture()
        #expect(f.text.contains("Choose the purpose of the lookup"))
        f.press(.right, .enter) // employer or institution verification
        #expect(f.text.contains("Purpose: employer or institution verification"))
        f.type("AB1O")
        f.press(.enter)
        #expect(f.text.contains("a PIN never contains \"O\""))
        f.press(.control("u"))
        f.type("ab12")
        f.press(.enter)
        #expect(f.text.contains("a PIN has 7 characters, this one has 4"))
    }

    @Test func otherPurposeNeedsItsText() throws {
        let f = try RegistryFixture()
        f.press(.left, .enter)
        #expect(f.text.contains("with \"other\", write the purpose"))
        f.type("visa")
        f.press(.enter)
        #expect(f.text.contains("Purpose: other: visa"))
    }

    @Test func aPersonsRecordsNewestFirstThenACertificateIssuedAndExported() throws {
        let f = try RegistryFixture()
        let pin = try f.sql("SELECT pin FROM student_record WHERE pin IS NOT NULL GROUP BY pin HAVING count(*) > 1 LIMIT 1")
        f.press(.enter)
        f.type(" " + pin.lowercased() + " ")
        f.press(.enter)
        var text = f.text
        #expect(text.contains("PIN \(pin) · 2 records"))
        let years = f.pinPane.records.map(\.admissionYear)
        #expect(years == years.sorted(by: >))
        #expect(text.contains("Current state of education"))
        // Esc leaves the PIN field; i asks first and Enter issues (issue 15).
        f.press(.escape, .character("i"), .enter)
        let code = try #require(f.pinPane.issue?.code)
        text = f.text
        #expect(text.contains("Verification code \(code)"))
        #expect(text.contains("Certificate issued, code: \(code)"))
        f.press(.escape, .character("e"))
        #expect(f.text.contains("certificate-\(pin)-\(code).html"))
        f.press(.enter)
        let path = f.directory + "/certificate-\(pin)-\(code).html"
        #expect(f.pinPane.statusMessage?.text == "Written to \(path)")
        #expect(f.app.render(width: 100, height: 30).lines.flowing.contains(" Written to /"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains(code) && html.contains("<table>"))
        #expect(try f.sql("SELECT group_concat(action || '/' || purpose, ' ') FROM (SELECT * FROM audit_event ORDER BY id)")
                == "pin-search/citizen-request certificate-issue/citizen-request")
    }

    @Test func aPINWithoutRecordsSuggestsTheFeedbackInquiry() throws {
        let f = try RegistryFixture()
        f.press(.enter)
        f.type("2222222")
        f.press(.enter)
        #expect(f.text.contains("The registry has no record for PIN 2222222"))
    }

    @Test func nameSearchFindsOtherSpellingsAndPagesOn() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("2"))
        #expect(f.text.contains("Type a surname and press Enter"), "Names is the second area")
        f.type("Mamedov")
        f.press(.enter)
        #expect(!f.names.capturesText, "the results take the keys after a search")
        let first = try #require(f.names.selectedRecord)
        #expect(first.name.surname.hasPrefix("Məmmədov"))
        for _ in 0..<40 { f.press(.down) }
        #expect(f.names.selectedRecord?.name.surname.hasPrefix("Məmməd") == true)
        f.press(.home)
        #expect(f.names.selectedRecord == first)
        f.press(.enter)
        #expect(f.text.contains("┌─ Details"))
    }

    @Test func nameResultsPageToTheEndAndBackWithoutLosingARow() throws {
        let f = try RegistryFixture(persons: 2000)
        let expected = try f.sql("SELECT count(*) FROM student_record WHERE surname_key >= 'm' AND surname_key < 'n'")
        #expect(Int(expected) ?? 0 > 250, "enough rows to cross several checkpoints")
        f.press(.escape, .character("2"))
        f.type("M")
        f.press(.enter)
        var seen: [Int64] = []
        for _ in 0..<(Int(expected) ?? 0) {
            seen.append(try #require(f.names.selectedRecord?.id))
            _ = f.text
            f.press(.down)
        }
        #expect(Set(seen).count == seen.count)
        f.press(.end)
        #expect(f.names.selectedRecord?.id == seen.last)
        var back: [Int64] = []
        for _ in 0..<seen.count {
            back.append(try #require(f.names.selectedRecord?.id))
            f.press(.up)
        }
        #expect(back.reversed() == seen, "moving up re-reads the same rows in the same order")
        f.press(.pageDown, .pageDown, .pageDown, .pageUp, .pageUp, .pageUp)
        #expect(f.names.selectedRecord?.id == seen.first)
        #expect(try f.sql("SELECT count(*) FROM audit_event WHERE action = 'name-search'") == "1", "paging is not a new search")
    }

    @Test func diplomaCheckAnswersValidMismatchAndNotFound() throws {
        let f = try RegistryFixture()
        let row = try f.sql("""
            SELECT d.series || '|' || d.registration_number || '|' || r.surname || '|' || r.name || '|' || r.father_name
            FROM diploma d JOIN student_record r ON r.id = d.student_record_id LIMIT 1
            """).split(separator: "|").map(String.init)
        f.press(.escape, .character("3"))
        f.type(row[0])
        f.press(.tab)
        f.type(row[1])
        f.press(.tab)
        f.type(AzerbaijaniText.lowercased(String([row[2].first, row[3].first, row[4].first].compactMap { $0 })))
        f.press(.enter)
        #expect(f.text.contains("Valid: the registry holds this diploma"))
        #expect(f.text.contains(row[2] + " " + row[3]))
        f.press(.home, .control("k"))
        f.type("XXX")
        f.press(.enter)
        #expect(f.text.contains("Mismatch: the diploma exists but the initials differ (surname, name, father's name)"))
        f.press(.up, .control("u"))
        f.type("1")
        f.press(.enter)
        #expect(f.text.contains("Not found"))
        #expect(try f.sql("SELECT count(*) FROM audit_event WHERE action = 'diploma-check'") == "3")
    }

    @Test func aCertificateCodeIsVerifiedInTheDiplomaArea() throws {
        let f = try RegistryFixture()
        let pin = try f.sql("SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1")
        let service = RegistryService(database: f.database, caller: Caller(login: "aygun", role: .admin))
        let (_, issue) = try #require(try service.issueCertificate(pin: PIN(unchecked: pin), purpose: .citizenRequest))
        f.press(.escape, .character("3"), .tab, .tab, .tab)
        f.type("nonsense")
        f.press(.enter)
        #expect(f.text.contains("a code has 12 characters"))
        f.press(.control("u"))
        f.type(issue.code.lowercased())
        f.press(.enter)
        #expect(f.text.contains("Certificate \(issue.code), issued"))
        #expect(f.text.contains("The registry still says the same today"))
        try f.database.run("UPDATE student_record SET education_state = 'dismissed' WHERE pin = ?", [pin])
        f.press(.enter)
        #expect(f.text.contains("The registry now says otherwise:"))
        #expect(f.text.contains("has changed; current state is") && f.text.contains("dismissed"))
    }

    @Test func anInquiryFromFilingToApprovalWithItsHistory() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("4"))
        #expect(f.text.contains("No inquiries"))
        f.press(.character("n"))
        f.type("2AB3CD5")
        f.press(.tab); f.type("Quliyev")
        f.press(.tab); f.type("Rəşad")
        f.press(.tab, .tab); f.type("1990-05-05")
        f.press(.tab, .tab); f.type("2007")
        f.press(.tab); f.type("bachelor missing")
        f.press(.enter)
        #expect(f.text.contains("Inquiry 1 filed with"))
        f.press(.character("s"))
        f.press(.tab, .tab, .tab, .tab)
        f.type("050509")
        f.press(.enter)
        #expect(f.text.contains("Inquiry 1: record supplied"))
        f.press(.character("a"))
        #expect(f.text.contains("Approve the inquiry"))
        f.press(.enter)
        // Issue 15: the registry is written only after the question is answered with Enter.
        #expect(f.text.contains("Approve inquiry 1? The record of Quliyev Rəşad, born 05.05.1990"))
        #expect(f.text.contains("with PIN 2AB3CD5"))
        #expect(try f.sql("SELECT count(*) FROM student_record WHERE pin = '2AB3CD5'") == "0")
        f.press(.enter)
        let text = f.text
        #expect(text.contains("Inquiry 1 approved: the record is in the registry"))
        #expect(text.contains(", PIN 2AB3CD5"))
        #expect(text.contains("opened: bachelor missing"))
        #expect(text.contains("record supplied: 2007 bachelor 050509"))
        #expect(text.contains("approved: student_record"))
        #expect(try f.sql("SELECT count(*) FROM student_record WHERE pin = '2AB3CD5'") == "1")
        // The state filter: no inquiry is open any more.
        f.press(.character("f"), .character("f"))
        #expect(f.text.contains("No inquiries"))
    }

    @Test("seed 000: an inquiry without a PIN is approved only when the administrator states the record predates PINs")
    func approvalWithoutAPINNeedsTheStatement() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("4"), .character("n"))
        f.press(.tab); f.type("Quliyev")
        f.press(.tab); f.type("Rəşad")
        f.press(.tab, .tab); f.type("1975-05-05")
        f.press(.tab, .tab); f.type("1994")
        f.press(.tab); f.type("graduated 1998")
        f.press(.enter)
        f.press(.character("s"))
        f.press(.tab, .tab, .tab, .tab)
        f.type("050509")
        f.press(.enter)
        f.press(.character("a"), .enter)
        #expect(f.text.contains("a PIN is needed, or state the record predates PINs (before 2008)"))
        #expect(try f.sql("SELECT state FROM inquiry WHERE id = 1") == "answered")
        f.press(.tab, .right)
        #expect(f.text.contains("yes: the record predates PINs"))
        f.press(.enter)
        #expect(f.text.contains("Approve inquiry 1? The record of Quliyev Rəşad") && f.text.contains("without a PIN (a record from"))
        f.press(.enter)
        let text = f.text
        #expect(text.contains("Inquiry 1 approved"))
        #expect(text.contains("without a PIN: the administrator"))
        #expect(text.contains("stated the record predates PINs (admitted 1994, before 2008)"))
        #expect(try f.sql("SELECT pin IS NULL FROM student_record WHERE id = (SELECT student_record_id FROM inquiry WHERE id = 1)") == "1")
    }

    @Test func rejectingNeedsAReason() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("4"), .character("n"))
        f.press(.tab); f.type("Quliyev")
        f.press(.tab); f.type("Rəşad")
        f.press(.tab, .tab); f.type("1990-05-05")
        f.press(.tab, .tab, .tab); f.type("x")
        f.press(.enter)
        f.press(.character("r"), .enter)
        #expect(f.text.contains("write the reason"))
        f.type("no such student")
        f.press(.enter)
        #expect(f.text.contains("Reject inquiry 1 (Quliyev Rəşad) with the reason \"no such") && f.text.contains("Nothing goes into the registry"))
        f.press(.escape)
        #expect(f.text.contains("Cancelled — nothing was written"))
        #expect(try f.sql("SELECT state FROM inquiry WHERE id = 1") == "open")
        f.press(.enter, .enter)
        #expect(f.text.contains("rejected: no such student"))
    }

    @Test func aClerkSeesTheirInstitutionsQueueSuppliesButMayNotApprove() throws {
        let admin = try RegistryFixture()
        let service = RegistryService(database: admin.database, caller: Caller(login: "aygun", role: .admin))
        for code in ["BDU", "ATU"] {
            _ = try service.openInquiry(Inquiry(pin: nil, name: PersonName(surname: "Quliyev", name: code, fatherName: ""),
                                                birthDate: CivilDate(year: 1990, month: 1, day: 1) ?? .today(),
                                                institutionCode: code, admissionYear: 2005, message: "for \(code)"))
        }
        let clerk = Caller(login: "leyla", role: .clerk, institutionCode: "BDU")
        let context = AppContext(language: .en, login: "leyla", role: "clerk", databasePath: "/tmp/sts.db", caller: clerk,
                                 today: CivilDate(year: 2026, month: 3, day: 2) ?? .today())
        let pane = InquiriesPane(context: context, service: RegistryService(database: admin.database, caller: clerk),
                                 hasChanged: { false })
        let app = App(context: context, panes: [pane])
        var text = app.render(width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("for BDU"))
        #expect(!text.contains("for ATU"), "another institution's inquiry is not in this clerk's queue")
        _ = app.handle(.character("s"))
        for _ in 0..<4 { _ = app.handle(.tab) }
        for c in "050509" { _ = app.handle(.character(c)) }
        _ = app.handle(.enter)
        #expect(pane.statusMessage?.text.contains("record supplied") == true)
        _ = app.handle(.character("a"))
        _ = app.handle(.enter)
        _ = app.handle(.enter)
        text = app.render(width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("leyla is not permitted to approve inquiries"))
        #expect(pane.selectedInquiry?.state == .answered)
    }

    @Test func anInquiryFormInterruptedBySIGHUPComesBackNextSession() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("4"), .character("n"))
        f.type("2AB3CD5")
        f.press(.tab); f.type("Quliyev")
        f.app.saveDrafts()
        let caller = Caller(login: "aygun", role: .admin, institutionCode: "BDU")
        let context = AppContext(language: .en, login: "aygun", role: "admin", databasePath: "/tmp/sts.db", caller: caller)
        let next = InquiriesPane(context: context, service: RegistryService(database: f.database, caller: caller),
                                 hasChanged: { false })
        let text = App(context: context, panes: [next]).render(width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("New \"Feedback\" inquiry"))
        #expect(text.contains("2AB3CD5") && text.contains("Quliyev"))
        #expect(text.contains("Restored the unsaved form"))
        #expect(try f.sql("SELECT count(*) FROM draft") == "0", "handed back once")
    }

    @Test func helpListsTheKeysOfEachRegistryScreen() throws {
        let f = try RegistryFixture()
        f.press(.enter, .escape) // purpose chosen, leave the PIN field
        f.press(.function(1))
        #expect(f.text.contains("change the purpose (it goes into the audit)"))
        f.press(.escape, .character("4"), .character("?"))
        #expect(f.text.contains("an administrator approves"))
    }
}
