import Foundation
import Testing

/// Issue 12 from the command line: an option carrying an invisible control character is
/// refused naming the option and the character, and nothing is stored; `--json` writes
/// such characters (in data stored before the rule, or by another tool) as `\uXXXX`; the
/// 4.8 CSV has no cell a spreadsheet would run.
@Suite(.enabled(if: StoreEndToEnd.hasBinary && StoreEndToEnd.hasSqliteShell, StoreEndToEnd.missingBinary))
struct HostileTextCommandTests {
    let directory: URL
    let db: URL

    init() throws {
        directory = try StoreEndToEnd.directory()
        db = directory.appendingPathComponent("s.db")
        let made = try StoreEndToEnd.run(["demo", "--students", "200", "--applicants", "40", "--db", "s.db"], in: directory)
        #expect(made.status == 0)
    }

    func run(_ arguments: [String]) throws -> StoreEndToEnd.Output {
        try StoreEndToEnd.run(arguments + ["--db", "s.db"], in: directory)
    }

    @Test func anOptionWithARightToLeftOverrideIsRefusedAndNothingStored() throws {
        let inquiries = try StoreEndToEnd.sql(db, "SELECT count(*) FROM inquiry")   // the demo's own
        let filed = try run(["inquiry", "new", "--institution", "BDU", "--surname", "Qul\u{202E}iyev", "--name", "Rəşad",
                             "--born", "1990-05-05", "--message", "bachelor"])
        #expect(filed.status == 2)
        #expect(filed.stderr.contains("--surname: contains an invisible control character U+202E (right-to-left override) at position 4"),
                "\(filed.stderr)")
        #expect(try StoreEndToEnd.sql(db, "SELECT count(*) FROM inquiry") == inquiries)

        let user = try run(["users", "add", "ay\u{202E}sel", "--role", "clerk", "--institution", "BDU"])
        #expect(user.status == 2)
        #expect(user.stderr.contains("\"ay\\u{202E}sel\": contains an invisible control character U+202E"), "\(user.stderr)")
        #expect(!user.stderr.unicodeScalars.contains("\u{202E}"), "the message itself carries the override")
        #expect(try StoreEndToEnd.sql(db, "SELECT count(*) FROM app_user WHERE login LIKE 'ay%'") == "0")
    }

    @Test func jsonEscapesHiddenCharactersStoredBehindTheProgramsBack() throws {
        let pin = try #require(try StoreEndToEnd.sql(db, "SELECT pin FROM student_record WHERE pin IS NOT NULL ORDER BY id LIMIT 1"))
        // As another tool (or a version before the rule) could have written it.
        _ = try StoreEndToEnd.sql(db, """
            UPDATE student_record SET surname = 'Əli' || char(0x202E) || 'yev' || char(0x2028) || char(0x1B) || '[2J'
                || char(0x85) || char(0x200B) || char(0xE0041) WHERE pin = '\(pin)'
            """)
        let result = try run(["certificate", pin, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        for escape in ["\\u202e", "\\u2028", "\\u001b", "\\u0085", "\\u200b", "\\udb40\\udc41"] {
            #expect(out.contains(escape), "no \(escape) in \(out)")
        }
        #expect(!out.unicodeScalars.contains { [0x202E, 0x2028, 0x1B, 0x85, 0x200B, 0xE0041].contains($0.value) })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(json["surname"] as? String == "Əli\u{202E}yev\u{2028}\u{1B}[2J\u{85}\u{200B}\u{E0041}", "the value survives the escaping")
    }

    @Test func theYearlyReportCSVNeutralisesFormulas() throws {
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        _ = try StoreEndToEnd.sql(db, """
            UPDATE applicant SET surname = '=HYPERLINK("http://x","y")', name = '+1', father_name = '@SUM(A1)',
                contact = '-2+3'
            """)
        let csv = try run(["report", "yearly", "--year", String(year), "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!rows.isEmpty, "the demo admits some applicants this year")
        for row in rows {
            #expect(row.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'@SUM(A1),"), "\(row)")
        }
    }
}
