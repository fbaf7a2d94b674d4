import Foundation
import Testing

/// `sts certificate`, `verify`, `diploma` and `inquiry` as a script would use them: exact
/// JSON shapes and exit statuses 0/1/2.
@Suite(.enabled(if: StoreEndToEnd.hasBinary && StoreEndToEnd.hasSqliteShell, StoreEndToEnd.missingBinary))
struct RegistryCommandTests {
    let directory: URL
    let db: URL

    init() throws {
        directory = try StoreEndToEnd.directory()
        db = directory.appendingPathComponent("s.db")
        let made = try StoreEndToEnd.run(["demo", "--students", "300", "--db", "s.db"], in: directory)
        #expect(made.status == 0)
    }

    func run(_ arguments: [String]) throws -> StoreEndToEnd.Output {
        try StoreEndToEnd.run(arguments + ["--db", "s.db"], in: directory)
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A PIN whose newest record has a diploma.
    func graduatePIN() throws -> String {
        try #require(try StoreEndToEnd.sql(db, """
            SELECT r.pin FROM student_record r JOIN diploma d ON d.student_record_id = r.id
            WHERE r.pin IS NOT NULL ORDER BY r.id LIMIT 1
            """))
    }

    @Test func certificateJSONHasExactlyTheDocumentedShape() throws {
        let pin = try graduatePIN()
        let result = try run(["certificate", pin.lowercased(), "--format", "json", "--purpose", "visa"])
        #expect(result.status == 0)
        let json = try object(result.stdout)
        #expect(Set(json.keys) == ["pin", "surname", "name", "father_name", "birth_date", "records", "verification_code",
                                   "issued_at", "issued_by"])
        #expect(json["pin"] as? String == pin)
        let records = try #require(json["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        for record in records {
            #expect(Set(record.keys) == ["admission_year", "institution", "funding", "level", "years_of_study", "major_code",
                                         "major_name", "enrollment_status", "education_state", "diploma"])
            #expect(["state", "paid"].contains(record["funding"] as? String ?? ""))
            if let diploma = record["diploma"] as? [String: Any] {
                #expect(Set(diploma.keys) == ["series", "registration_number", "issue_date", "level"])
            } else {
                #expect(record["diploma"] is NSNull)
            }
        }
        #expect(records.contains { $0["diploma"] is [String: Any] })
        let years = records.compactMap { $0["admission_year"] as? Int }
        #expect(years == years.sorted(by: >))
        let audited = try StoreEndToEnd.sql(db, "SELECT action || ' ' || purpose FROM audit_event WHERE pin = '\(pin)'")
        #expect(audited == "certificate-issue other: visa")
    }

    @Test func aPINWithNoRecordsExits1AndAnInvalidPINExits2NamingTheRule() throws {
        let missing = try run(["certificate", "2222222", "--format", "json"])
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("Feedback"))
        let short = try run(["certificate", "AB12"])
        #expect(short.status == 2)
        #expect(short.stderr.contains("a PIN has 7 characters, this one has 4"))
        let letterO = try run(["certificate", "AB12CDO"])
        #expect(letterO.status == 2)
        #expect(letterO.stderr.contains("the letters I and O are not used"))
        #expect(try run(["certificate", "AB12CD3", "--format", "pdf"]).status == 2)
    }

    @Test func htmlGoesToTheNamedFileAndVerifyTellsWhetherTheRegistryChanged() throws {
        let pin = try graduatePIN()
        let result = try run(["certificate", pin, "--format", "html", "--out", "c.html"])
        #expect(result.status == 0)
        let html = try String(contentsOf: directory.appendingPathComponent("c.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let code = try #require(try StoreEndToEnd.sql(db, "SELECT verification_code FROM certificate WHERE pin = '\(pin)'"))
        #expect(html.contains(code))
        #expect(result.stderr.contains("written to c.html"))
        let same = try run(["verify", code.lowercased().replacingOccurrences(of: "-", with: "")])
        #expect(same.status == 0)
        #expect(same.stdout.contains("The registry still says the same today."))
        _ = try StoreEndToEnd.sql(db, "UPDATE student_record SET education_state = 'dismissed' WHERE pin = '\(pin)'")
        let changed = try object(try run(["verify", code, "--json"]).stdout)
        #expect(changed["unchanged"] as? Bool == false)
        #expect((changed["differences"] as? [String])?.first?.contains("dismissed") == true)
        #expect(try run(["verify", "2222-3333-4444"]).status == 1)
        #expect(try run(["verify", "nonsense"]).status == 2)
    }

    @Test func diplomaCheckAnswersInJSON() throws {
        let row = try #require(try StoreEndToEnd.sql(db, """
            SELECT d.series || '|' || d.registration_number || '|' || substr(r.surname, 1, 1) || substr(r.name, 1, 1)
                   || substr(r.father_name, 1, 1)
            FROM diploma d JOIN student_record r ON r.id = d.student_record_id ORDER BY d.id LIMIT 1
            """)).split(separator: "|").map(String.init)
        let valid = try run(["diploma", "--series", row[0], "--number", row[1], "--initials", row[2], "--json"])
        #expect(valid.status == 0)
        let v = try object(valid.stdout)
        #expect(v["result"] as? String == "valid")
        #expect(Set(v.keys).isSuperset(of: ["holder", "institution", "major_code", "major_name", "issue_date", "level"]))
        let mismatch = try run(["diploma", "--series", row[0], "--number", row[1], "--initials", "QQQ", "--json"])
        #expect(mismatch.status == 1)
        let m = try object(mismatch.stdout)
        #expect(m["result"] as? String == "mismatch")
        #expect(m["differing"] as? [String] == ["surname", "name", "father_name"])
        #expect(m["holder"] == nil, "a mismatch does not reveal whose diploma it is")
        let none = try run(["diploma", "--series", "ZZ", "--number", "1", "--json"])
        #expect(none.status == 1)
        #expect(try object(none.stdout)["result"] as? String == "not-found")
        #expect(try run(["diploma", "--number", "1"]).status == 2)
        #expect(try StoreEndToEnd.sql(db, "SELECT count(*) FROM audit_event WHERE action = 'diploma-check'") == "3")
    }

    @Test func anInquiryFromFilingToApprovalMakesTheCertificateAvailable() throws {
        #expect(try run(["inquiry", "--help"]).stdout.contains("usage: sts inquiry list"))
        let filed = try run(["inquiry", "new", "--institution", "BDU", "--pin", "2AB3CD5", "--surname", "Quliyev",
                             "--name", "Rəşad", "--born", "1990-05-05", "--year", "2007", "--message", "bachelor", "--json"])
        #expect(filed.status == 0)
        let id = try #require(try object(filed.stdout)["id"] as? Int)
        let open = try JSONSerialization.jsonObject(with: Data(try run(["inquiry", "list", "--state", "open", "--json"]).stdout.utf8))
        #expect((open as? [[String: Any]])?.filter { $0["id"] as? Int == id }.count == 1, "the new inquiry is open (the demo has its own)")
        #expect(try run(["inquiry", "supply", String(id), "--major", "nope"]).status == 2)
        #expect(try run(["inquiry", "supply", String(id), "--major", "050509", "--diploma-series", "BA",
                         "--diploma-number", "7777771", "--diploma-date", "2011-06-30"]).status == 0)
        #expect(try run(["inquiry", "approve", String(id)]).status == 0)
        let shown = try object(try run(["inquiry", "show", String(id), "--json"]).stdout)
        #expect(shown["state"] as? String == "approved")
        #expect((shown["history"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["opened", "answered", "approved"])
        #expect(try run(["inquiry", "reject", String(id), "--reason", "late"]).status == 2, "an approved inquiry stays approved")
        #expect(try run(["inquiry", "approve", "999"]).status == 1)
        // Seed 000: a record without a PIN is approved only as one that predates PINs, shown in the history.
        let old = try object(try run(["inquiry", "new", "--institution", "BDU", "--surname", "Quliyev", "--name", "Elçin",
                                      "--born", "1972-03-03", "--year", "1993", "--json"]).stdout)
        let oldID = String(try #require(old["id"] as? Int))
        #expect(try run(["inquiry", "supply", oldID, "--major", "050509", "--year", "1993"]).status == 0)
        let noPIN = try run(["inquiry", "approve", oldID])
        #expect(noPIN.status == 2)
        #expect(noPIN.stderr.contains("--pin: a PIN is needed, or state the record predates PINs (before 2008)"))
        #expect(try run(["inquiry", "approve", oldID, "--pin", "2AB3CD6", "--predates-pins"]).status == 2)
        let stated = try run(["inquiry", "approve", oldID, "--predates-pins"])
        #expect(stated.status == 0 && stated.stdout.contains("without a PIN (it predates PINs)"))
        #expect(try run(["inquiry", "show", oldID]).stdout.contains("the administrator stated the record predates PINs (admitted 1993, before 2008)"))
        let certificate = try run(["certificate", "2AB3CD5", "--format", "json"])
        #expect(certificate.status == 0)
        #expect(try object(certificate.stdout)["surname"] as? String == "Quliyev")
    }

    @Test func aLoginThatIsNotAUserIsRefusedWithWhomToAsk() throws {
        _ = try StoreEndToEnd.sql(db, "DELETE FROM app_user")
        let refused = try run(["diploma", "--series", "BA", "--number", "1"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("ask an administrator"))
    }
}
