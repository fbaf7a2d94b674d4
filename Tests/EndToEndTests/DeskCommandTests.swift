import Foundation
import Testing

/// `sts checklist`, `sts deadlines` and `sts report yearly` on a demo database.
@Suite(.serialized) struct DeskCommandTests {
    static let database = NSTemporaryDirectory() + "sts-desk-cli-\(getpid()).db"

    /// A database with a small registry and 40 applicants (numbers 1…40), made once.
    static func prepared() throws -> String {
        if !FileManager.default.fileExists(atPath: database) {
            let made = try StsBinary.run(["demo", "--students", "200", "--applicants", "40", "--db", database])
            #expect(made.status == 0, "\(made.stderr)")
        }
        return database
    }

    @Test(.enabled(if: StsBinary.exists))
    func checklistShowsEachItemAndWhatIsMissing() throws {
        let db = try Self.prepared()
        let text = try StsBinary.run(["checklist", "1", "--db", db, "--on", "2026-11-23"], environment: ["STS_LANG": "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("3.4.1") && text.stdout.contains("3.4.5"))
        #expect(text.stdout.contains("Complete.") || text.stdout.contains("Missing:"))
        let json = try StsBinary.run(["checklist", "1", "--json", "--db", db], environment: ["STS_LANG": "en"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["applicant"] as? Int == 1)
        #expect((object["items"] as? [[String: Any]])?.first?["paragraph"] as? String == "3.4.1")
        #expect(object["complete"] is Bool && object["missing"] is [Any])
    }

    /// 1.2: a permanent resident follows the citizens' route — no 3.4 checklist; the command says so.
    @Test(.enabled(if: StsBinary.exists && StoreEndToEnd.sqliteShell != nil))
    func checklistOfAPermanentResidentSays12() throws {
        let data = try TemporaryDirectory()
        let db = data.path + "/resident.db"
        let made = try StsBinary.run(["demo", "--students", "50", "--applicants", "5", "--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        let shell = try #require(StoreEndToEnd.sqliteShell)
        _ = try Subprocess.run(shell, [db, "UPDATE applicant SET permanent_resident = 1 WHERE id = 1"])
        let text = try StsBinary.run(["checklist", "1", "--db", db], environment: ["STS_LANG": "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("1.2: lives permanently in Azerbaijan"))
        #expect(!text.stdout.contains("3.4.1") && !text.stdout.contains("Missing:"))
        let json = try StsBinary.run(["checklist", "1", "--json", "--db", db], environment: ["STS_LANG": "en"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["outside_regulations"] as? Bool == true && object["complete"] as? Bool == true)
    }

    @Test(.enabled(if: StsBinary.exists))
    func checklistRefusesUnknownAndMalformedNumbers() throws {
        let db = try Self.prepared()
        let missing = try StsBinary.run(["checklist", "9999", "--db", db], environment: ["STS_LANG": "en"])
        #expect(missing.status == 1 && missing.stderr.contains("no applicant number 9999"))
        let bad = try StsBinary.run(["checklist", "x1", "--db", db])
        #expect(bad.status == 2 && bad.stderr.contains("APPLICANT-ID"))
        let none = try StsBinary.run(["checklist", "--db", db])
        #expect(none.status == 2)
    }

    @Test(.enabled(if: StsBinary.exists))
    func deadlinesAreSortedByDateAsTextAndJSON() throws {
        let db = try Self.prepared()
        let json = try StsBinary.run(["deadlines", "--on", "2026-11-23", "--json", "--db", db])
        #expect(json.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let dues = items.compactMap { $0["due"] as? String }
        #expect(dues == dues.sorted())
        #expect(items.allSatisfy { ["2.1.1", "2.2.2", "2.2.4", "4.7", "4.8", "4.12"].contains($0["paragraph"] as? String ?? "") })
        let text = try StsBinary.run(["deadlines", "--on", "2026-11-23", "--db", db], environment: ["STS_LANG": "en"])
        #expect(text.status == 0 && text.stdout.split(separator: "\n").count == max(1, items.count))
        let bad = try StsBinary.run(["deadlines", "--on", "31.02.2026", "--db", db])
        #expect(bad.status == 2 && bad.stderr.contains("--on"))
    }

    /// Issue 15: what was marked done is listed with its number; `--undo N` opens it again (once).
    @Test(.enabled(if: StsBinary.exists))
    func deadlinesMarkedDoneAreListedAndUndone() throws {
        // Its own database: the other tests read the marks this one undoes.
        let db = NSTemporaryDirectory() + "sts-desk-undo-\(getpid()).db"
        try? FileManager.default.removeItem(atPath: db)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        #expect(try StsBinary.run(["demo", "--students", "200", "--applicants", "40", "--db", db]).status == 0)
        let env = ["STS_LANG": "en"]
        let done = try StsBinary.run(["deadlines", "--done", "--json", "--db", db], environment: env)
        #expect(done.status == 0)
        let marks = try #require(try JSONSerialization.jsonObject(with: Data(done.stdout.utf8)) as? [[String: Any]])
        let report = try #require(marks.first { $0["paragraph"] as? String == "4.8" })
        let mark = try #require(report["mark"] as? Int)
        let before = try StsBinary.run(["deadlines", "--json", "--db", db], environment: env).stdout
        let undo = try StsBinary.run(["deadlines", "--undo", String(mark), "--db", db], environment: env)
        #expect(undo.status == 0 && undo.stdout.contains("the deadline is open again"), "\(undo.stderr)")
        let again = try StsBinary.run(["deadlines", "--undo", String(mark), "--db", db], environment: env)
        #expect(again.status == 1, "a mark is undone once")
        let after = try StsBinary.run(["deadlines", "--json", "--db", db], environment: env).stdout
        let count = { (text: String) in (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])?.count ?? -1 }
        #expect(count(after) == count(before) + 1, "the 4.8 report is due again")
        #expect(try StsBinary.run(["deadlines", "--undo", "x", "--db", db], environment: env).status == 2)
    }

    @Test(.enabled(if: StsBinary.exists))
    func yearlyReportAsCSV() throws {
        let db = try Self.prepared()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let csv = try StsBinary.run(["report", "yearly", "--year", String(year), "--format", "csv", "--db", db])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("number,surname,name,father_name,citizenship,birth_date,passport,pin,level"))
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count >= 2, "the demo admits some applicants this year")
        let missingYear = try StsBinary.run(["report", "yearly", "--db", db])
        #expect(missingYear.status == 2 && missingYear.stderr.contains("--year"))
        let unknown = try StsBinary.run(["report", "monthly", "--year", "2026", "--db", db])
        #expect(unknown.status == 2)
    }

    /// 4.8 over years on the demo: last year's report names its FİNs, was sent to the Ministry
    /// only; marking it sent to the State Statistics Committee is kept, a second time refused.
    @Test(.enabled(if: StsBinary.exists))
    func lastYearsReportAndItsTwoMarks() throws {
        let db = try Self.prepared()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
        let text = try StsBinary.run(["report", "yearly", "--year", String(year), "--db", db], environment: ["STS_LANG": "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Ministry of Education: sent") && text.stdout.contains("Statistics Committee: not sent"))
        let csv = try StsBinary.run(["report", "yearly", "--year", String(year), "--format", "csv", "--db", db])
        let rows = csv.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count >= 5, "the demo's earlier cohorts are on last year's report")
        #expect(rows.contains { $0.contains(",graduated") }, "someone graduated last year")
        let marked = try StsBinary.run(["report", "yearly", "--year", String(year), "--mark-sent", "statistics", "--db", db],
                                       environment: ["STS_LANG": "en"])
        #expect(marked.status == 0 && marked.stdout.contains("marked sent"))
        let again = try StsBinary.run(["report", "yearly", "--year", String(year), "--mark-sent", "statistics", "--db", db])
        #expect(again.status == 1)
        let bad = try StsBinary.run(["report", "yearly", "--year", String(year), "--mark-sent", "ministers", "--db", db])
        #expect(bad.status == 2 && bad.stderr.contains("--mark-sent"))
    }
}
