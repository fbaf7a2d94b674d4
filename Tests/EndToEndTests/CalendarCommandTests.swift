import Foundation
import Testing

/// `sts holidays` and `sts settings` as an administrator uses them: 4.12's holiday calendar
/// and the settings (test validity, TOEFL table, 4.8 due day). Exit 2 names the bad date,
/// line or value; exit 1 says who may not.
@Suite(.enabled(if: StoreEndToEnd.hasBinary, StoreEndToEnd.missingBinary))
struct CalendarCommandTests {
    private func database() throws -> URL {
        let directory = try StoreEndToEnd.directory()
        #expect(try StoreEndToEnd.run(["init", "--db", "c.db"], in: directory).status == 0)
        return directory
    }

    @Test("4.12: holidays added, listed, removed and imported; a bad date or line is exit 2 with the reason")
    func holidaysFromTheCommandLine() throws {
        let directory = try database()
        let add = try StoreEndToEnd.run(["holidays", "add", "20.03.2026", "--name", "Novruz bayramı", "--db", "c.db"], in: directory)
        #expect(add.status == 0)
        #expect(add.stdout == "added 20.03.2026: Novruz bayramı\n")
        let impossible = try StoreEndToEnd.run(["holidays", "add", "2026-02-30", "--name", "x", "--db", "c.db"], in: directory)
        #expect(impossible.status == 2)
        #expect(impossible.stderr == "sts: DATE: \"2026-02-30\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)\n")
        let twice = try StoreEndToEnd.run(["holidays", "add", "2026-03-20", "--name", "x", "--db", "c.db"], in: directory)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("already in the calendar as Novruz bayramı"))
        #expect(try StoreEndToEnd.run(["holidays", "add", "2026-03-21", "--db", "c.db"], in: directory).status == 2)

        try Data("date,name,kind\n2026-01-01,Yeni il\n2026-13-01,Bad\n".utf8).write(to: directory.appendingPathComponent("h.csv"))
        let bad = try StoreEndToEnd.run(["holidays", "import", "h.csv", "--db", "c.db"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr == "sts: h.csv: line 3: \"2026-13-01\" is not a date (YYYY-MM-DD or DD.MM.YYYY)\n")
        try Data("2026-01-01,Yeni il\n2026-01-02,Yeni il\n2027-01-01,Yeni il\n".utf8).write(to: directory.appendingPathComponent("h.csv"))
        let good = try StoreEndToEnd.run(["holidays", "import", "h.csv", "--db", "c.db"], in: directory)
        #expect(good.stdout == "imported: 3 added, 0 changed, 0 unchanged\n")

        let list = try StoreEndToEnd.run(["holidays", "list", "--year", "2026", "--db", "c.db"], in: directory)
        #expect(list.stdout == "01.01.2026  Thu  Yeni il\n02.01.2026  Fri  Yeni il\n20.03.2026  Fri  Novruz bayramı\n")
        let json = try StoreEndToEnd.run(["holidays", "list", "--year", "2027", "--json", "--db", "c.db"], in: directory)
        #expect(json.stdout.contains("\"date\": \"2027-01-01\""))
        #expect(try StoreEndToEnd.run(["holidays", "remove", "2026-01-02", "--db", "c.db"], in: directory).status == 0)
        let gone = try StoreEndToEnd.run(["holidays", "remove", "2026-01-02", "--db", "c.db"], in: directory)
        #expect(gone.status == 1)
        #expect(gone.stderr == "sts: 02.01.2026 is not in the holiday calendar\n")
    }

    @Test("settings: listed with defaults, changed by an administrator, a bad value exit 2, a clerk exit 1")
    func settingsFromTheCommandLine() throws {
        let directory = try database()
        let list = try StoreEndToEnd.run(["settings", "list", "--db", "c.db"], in: directory)
        #expect(list.stdout.contains("report.yearly-due-day = 12-31  (default)"))
        #expect(list.stdout.contains("language-test.validity-years = 2  (default)"))
        let bad = try StoreEndToEnd.run(["settings", "set", "report.yearly-due-day", "31-12", "--db", "c.db"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr == "sts: report.yearly-due-day: \"31-12\" is not valid: MM-DD, e.g. 12-31\n")
        let toefl = try StoreEndToEnd.run(["settings", "set", "toefl.band-equivalence", "3:44 x", "--db", "c.db"], in: directory)
        #expect(toefl.status == 2)
        let set = try StoreEndToEnd.run(["settings", "set", "report.yearly-due-day", "01-31", "--db", "c.db"], in: directory)
        #expect(set.status == 0)
        let json = try StoreEndToEnd.run(["settings", "list", "--json", "--db", "c.db"], in: directory)
        #expect(json.stdout.contains("\"value\": \"01-31\""))
        #expect(json.stdout.contains("\"is_default\": false"))

        // The login that runs the tests becomes a clerk: refused in Storage, exit 1.
        let db = directory.appendingPathComponent("c.db")
        guard try StoreEndToEnd.sql(db, "UPDATE app_user SET role = 'ssac'; SELECT changes();") != nil else { return }
        let refused = try StoreEndToEnd.run(["settings", "set", "report.yearly-due-day", "02-01", "--db", "c.db"], in: directory)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not permitted to change settings"))
        let holiday = try StoreEndToEnd.run(["holidays", "add", "2026-05-28", "--name", "Müstəqillik günü", "--db", "c.db"], in: directory)
        #expect(holiday.status == 1)
        #expect(holiday.stderr.contains("is not permitted to change the holiday calendar"))
        #expect(try StoreEndToEnd.run(["holidays", "list", "--db", "c.db"], in: directory).status == 0)
    }
}
