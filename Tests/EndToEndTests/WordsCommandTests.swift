import Foundation
import Testing

/// What the commands print in Azerbaijani and in English (issue 15): audit actions and
/// purposes, inquiry history, the 4.8 report in words, and its file for a spreadsheet.
@Suite(.serialized) struct WordsCommandTests {
    static let database = NSTemporaryDirectory() + "sts-words-cli-\(getpid()).db"

    static func prepared() throws -> String {
        if !FileManager.default.fileExists(atPath: database) {
            let made = try StsBinary.run(["demo", "--students", "200", "--applicants", "40", "--db", database])
            #expect(made.status == 0, "\(made.stderr)")
        }
        return database
    }

    @Test(.enabled(if: StsBinary.exists))
    func theAuditAndTheInquiryHistoryReadInTheChosenLanguage() throws {
        let db = try Self.prepared()
        let found = try StoreEndToEnd.sql(URL(fileURLWithPath: db), "SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1")
        let pin = try #require(found).trimmingCharacters(in: .whitespacesAndNewlines)
        let issued = try StsBinary.run(["certificate", pin, "--db", db])
        #expect(issued.status == 0, "\(issued.stderr)")
        let az = try StsBinary.run(["audit", "--db", db, "--lang", "az"])
        #expect(az.stdout.contains("  arayış verildi  \(pin)  «vətəndaşın müraciəti»"), "\(az.stdout.prefix(600))")
        let en = try StsBinary.run(["audit", "--db", db, "--lang", "en"])
        #expect(en.stdout.contains("  certificate issued  \(pin)  «citizen's request»"))
        #expect(!en.stdout.contains("arayış"))
        let list = try StsBinary.run(["inquiry", "list", "--db", db, "--json"])
        let idLine = list.stdout.split(separator: "\n").first { $0.contains("\"id\"") }
        let id = try #require(idLine.map { String($0.filter(\.isNumber)) })
        let shownAz = try StsBinary.run(["inquiry", "show", String(id), "--db", db, "--lang", "az"])
        #expect(shownAz.stdout.contains("  açıldı  "), "\(shownAz.stdout)")
        let shownEn = try StsBinary.run(["inquiry", "show", String(id), "--db", db, "--lang", "en"])
        #expect(shownEn.stdout.contains("  opened  "))
    }

    @Test(.enabled(if: StsBinary.exists))
    func anAdministratorSetsTheInstitutionsRectorAndAddress() throws {
        let db = try Self.prepared()
        let set = try StsBinary.run(["institutions", "set", "SDU", "--rector", "Həsənov Kamal", "--address", "Sumqayıt, 43-cü məhəllə",
                                     "--name-en", "Sumgait State University", "--db", db, "--lang", "en"])
        #expect(set.status == 0 && set.stdout == "institution SDU saved\n", "\(set.stdout)\(set.stderr)")
        let list = try StsBinary.run(["institutions", "list", "--db", db, "--lang", "az"])
        #expect(list.stdout.contains("SDU  Sumqayıt Dövlət Universiteti (Sumgait State University)\n"
                                     + "    ünvan: Sumqayıt, 43-cü məhəllə; rektor: Həsənov Kamal\n"), "\(list.stdout)")
        let audit = try StsBinary.run(["audit", "--db", db, "--lang", "en"])
        #expect(audit.stdout.contains("reference data changed") && audit.stdout.contains("institution changed: SDU"))
        let unknown = try StsBinary.run(["institutions", "set", "NOPE", "--rector", "X", "--db", db])
        #expect(unknown.status == 1)
        let nothing = try StsBinary.run(["institutions", "set", "SDU", "--db", db])
        #expect(nothing.status == 2)
    }

    @Test(.enabled(if: StsBinary.exists))
    func aCertificateIsIssuedInTheLanguageAsked() throws {
        let db = try Self.prepared()
        let found = try StoreEndToEnd.sql(URL(fileURLWithPath: db), "SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1")
        let pin = try #require(found).trimmingCharacters(in: .whitespacesAndNewlines)
        let en = try StsBinary.run(["certificate", pin, "--lang", "en", "--db", db], environment: ["STS_LANG": "az"])
        #expect(en.stdout.hasPrefix("Certificate from the “Student-graduate” state electronic data system"), "\(en.stdout)")
        let az = try StsBinary.run(["certificate", pin, "--db", db], environment: ["STS_LANG": "az"])
        #expect(az.stdout.hasPrefix("“Tələbə-Məzun” dövlət elektron məlumat sistemindən arayış"))
    }

    @Test(.enabled(if: StsBinary.exists))
    func theReportIsInWordsAndItsFileOpensInASpreadsheet() throws {
        let db = try Self.prepared()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let text = try StsBinary.run(["report", "yearly", "--year", String(year), "--db", db, "--lang", "az"])
        #expect(text.status == 0 && text.stdout.contains("  bakalavr  "), "\(text.stdout.prefix(400))")
        #expect(!text.stdout.contains("  bachelor  "))
        let out = NSTemporaryDirectory() + "sts-words-report-\(getpid()).csv"
        unlink(out)
        defer { unlink(out) }
        let written = try StsBinary.run(["report", "yearly", "--year", String(year), "--out", out, "--db", db, "--lang", "az"])
        #expect(written.status == 0 && written.stderr.contains("Yazıldı: \(out)"), "\(written.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte order mark")
        let content = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(content.hasPrefix("№;Soyad;Ad;Ata adı;Vətəndaşlıq;"))
        let again = try StsBinary.run(["report", "yearly", "--year", String(year), "--out", out, "--db", db])
        #expect(again.status == 1 && again.stderr.contains("already exists"), "never over a file silently: \(again.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
