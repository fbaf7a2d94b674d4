import Foundation
import Testing

/// Issue 15 in the real `sts --demo` in tmux at 80×24, as an SSAC officer works all day: the
/// PIN loop (search, type the next PIN at once), the certificate that asks before it is
/// issued, and times in the server's zone (TZ pinned to Asia/Baku, as in production).
@Suite(.serialized, .enabled(if: StsBinary.exists && TmuxSession.available && StoreEndToEnd.sqliteShell != nil))
struct PINLoopEndToEndTests {
    private func start(width: Int = 80, height: Int = 24, language: String = "en")
        throws -> (TmuxSession, TemporaryDirectory, URL) {
        let data = try TemporaryDirectory()
        let env = ["XDG_DATA_HOME": data.path, "HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                   "STS_LANG": language, "TZ": "Asia/Baku"]
        let tmux = try TmuxSession(width: width, height: height, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        let shown = tmux.waitFor(timeout: 30) { $0.contains("F10") && ($0.contains(" PIN ") || $0.contains(" FİN ")) }
        #expect(shown.contains("F10"))
        return (tmux, data, URL(fileURLWithPath: data.path + "/sts/demo.db"))
    }

    private func sql(_ db: URL, _ query: String) throws -> String {
        let shell = try #require(StoreEndToEnd.sqliteShell)
        let result = try Subprocess.run(shell, ["-cmd", ".timeout 20000", db.path, query])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The tab line's active area name is shown in full; the others may be shortened.
    private func openPINArea(_ tmux: TmuxSession, name: String = "PIN") throws {
        let tabs = tmux.screen().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let words = tabs.split(separator: " ").map(String.init)
        let digit = try #require(words.indices.first { words[$0] == name && $0 > 0 }.map { words[$0 - 1] },
                                 "no area \(name) on the tab line: \(tabs)")
        try tmux.keys(digit)
    }

    private func tabLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
    }

    @Test func theNextPINTypedRightAfterASearchReplacesTheOldOneAndNothingSwitchesArea() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let first = try sql(db, "SELECT pin FROM student_record WHERE pin NOT LIKE '5%' AND pin IS NOT NULL LIMIT 1")
        let next = try sql(db, "SELECT pin FROM student_record WHERE pin LIKE '5%' LIMIT 1")
        try #require(!first.isEmpty && !next.isEmpty)
        try openPINArea(tmux)
        tmux.waitFor { $0.contains("Choose the purpose of the lookup") }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Purpose: citizen's request") }
        try tmux.literal(first.lowercased())
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("PIN \(first) ·") }
        #expect(screen.contains("type the next PIN"))
        let tabsBefore = tabLine(screen)
        // Straight on: the 5 is the first character of the next PIN, not the fifth area.
        try tmux.literal(next.lowercased())
        screen = tmux.waitFor { $0.contains("PIN     \(next.lowercased())") }
        #expect(screen.contains("PIN     \(next.lowercased())"), "the old PIN is replaced, not added to")
        #expect(tabLine(screen) == tabsBefore, "no area switch")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("PIN \(next) ·") }
        #expect(screen.contains("PIN \(next) ·"))
        #expect(try sql(db, "SELECT group_concat(pin, ' ') FROM (SELECT pin FROM audit_event WHERE action = 'pin-search' ORDER BY id)")
                == "\(first) \(next)")
        // Esc leaves the field: now letters are commands and q quits.
        try tmux.keys("Escape", "q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(screen.contains("EXIT=0"))
    }

    @Test func aCertificateIsIssuedOnlyAfterEnterAndOnce() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let pin = try sql(db, "SELECT pin FROM student_record WHERE pin IS NOT NULL ORDER BY id LIMIT 1")
        try openPINArea(tmux)
        tmux.waitFor { $0.contains("Choose the purpose of the lookup") }
        try tmux.keys("Enter")
        try tmux.literal(pin)
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("PIN \(pin) ·") }
        try tmux.keys("Escape", "i")
        var screen = tmux.waitFor { $0.contains("Issue the certificate?") }
        #expect(screen.contains("Enter issues, Esc cancels"))
        try tmux.keys("Escape")
        screen = tmux.waitFor { $0.contains("No certificate was issued") }
        #expect(try sql(db, "SELECT count(*) FROM certificate") == "0")
        try tmux.keys("i")
        tmux.waitFor { $0.contains("Issue the certificate?") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Certificate issued, code:") }
        let code = try sql(db, "SELECT verification_code FROM certificate WHERE pin = '\(pin)'")
        #expect(screen.contains(code))
        // Back in the PIN field: a second i is a letter, not a second certificate.
        try tmux.keys("i")
        tmux.waitFor { $0.contains("PIN     i") }
        #expect(try sql(db, "SELECT count(*) FROM certificate") == "1")
        #expect(try sql(db, "SELECT count(*) FROM audit_event WHERE action = 'certificate-issue' AND pin = '\(pin)'") == "1")
        // The time of issue, on screen and from the command line, is Baku time DD.MM.YYYY HH:MM.
        let stored = try sql(db, "SELECT issued_at FROM certificate WHERE pin = '\(pin)'")
        let baku = try #require(TimeZone(identifier: "Asia/Baku"))
        let local = try #require(localTime(stored, baku))
        try tmux.keys("C-u")
        for _ in 0..<30 { try tmux.keys("Down") }
        screen = tmux.waitFor { $0.contains("Issued ") }
        #expect(screen.contains(local), "the screen shows \(local) for \(stored)")
        let env = ["TZ": "Asia/Baku", "STS_LANG": "en"]
        let verify = try StsBinary.run(["verify", code, "--db", db.path], environment: env)
        #expect(verify.stdout.contains(local) && !verify.stdout.contains(stored))
        // The audit row has its own time (a millisecond or so after the certificate's).
        let audited = try sql(db, "SELECT at FROM audit_event WHERE action = 'certificate-issue' AND pin = '\(pin)'")
        let auditedLocal = try #require(localTime(audited, baku))
        let audit = try StsBinary.run(["audit", "--pin", pin, "--db", db.path], environment: env)
        // The action in words (issue 15): "certificate issued", not the stored code.
        #expect(audit.stdout.split(separator: "\n").contains { $0.hasPrefix(auditedLocal) && $0.contains("certificate issued") })
        let json = try StsBinary.run(["audit", "--pin", pin, "--json", "--db", db.path], environment: env)
        #expect(json.stdout.contains("\"at\" : \"\(audited)\"") || json.stdout.contains("\"at\": \"\(audited)\""),
                "--json keeps ISO 8601: \(json.stdout.prefix(300))")
    }

    @Test func theAzerbaijaniScreenAsksTheSameWay() throws {
        let (tmux, data, db) = try start(width: 100, height: 30, language: "az")
        defer { withExtendedLifetime(data) {} }
        let pin = try sql(db, "SELECT pin FROM student_record WHERE pin IS NOT NULL ORDER BY id LIMIT 1")
        try openPINArea(tmux, name: "FİN")
        tmux.waitFor { $0.contains("Axtarışın məqsədini seçin") }
        try tmux.keys("3")
        var screen = tmux.waitFor { $0.contains("Axtarışın məqsədini seçin") }
        #expect(screen.contains("Axtarışın məqsədini seçin"), "a digit does not leave the purpose dialog")
        try tmux.keys("Enter")
        try tmux.literal(pin)
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("FİN \(pin) ·") }
        try tmux.keys("Escape", "i")
        screen = tmux.waitFor { $0.contains("Arayış verilsin?") }
        try tmux.keys("Escape")
        tmux.waitFor { $0.contains("Arayış verilmədi") }
        #expect(try sql(db, "SELECT count(*) FROM certificate") == "0")
    }

    @Test func inquiryHistoryOnTheCommandLineIsInLocalTime() throws {
        let directory = try StoreEndToEnd.directory()
        #expect(try StoreEndToEnd.run(["demo", "--students", "20", "--db", "i.db"], in: directory).status == 0)
        let db = directory.appendingPathComponent("i.db")
        let env = ["TZ": "Asia/Baku", "STS_LANG": "en"]
        let filed = try StsBinary.run(["inquiry", "new", "--institution", "BDU", "--pin", "2AB3CD5", "--surname", "Quliyev",
                                       "--name", "Rəşad", "--born", "05.05.1990", "--year", "2007", "--db", db.path],
                                      environment: env)
        try #require(filed.status == 0, "\(filed.stderr)")
        let stored = try sql(db, "SELECT at FROM inquiry_event WHERE inquiry_id = (SELECT max(id) FROM inquiry) ORDER BY id LIMIT 1")
        let baku = try #require(TimeZone(identifier: "Asia/Baku"))
        let local = try #require(localTime(stored, baku))
        let id = try sql(db, "SELECT max(id) FROM inquiry")
        let shown = try StsBinary.run(["inquiry", "show", id, "--db", db.path], environment: env)
        #expect(shown.stdout.contains("05.05.1990"), "the birth date as DD.MM.YYYY: \(shown.stdout)")
        #expect(shown.stdout.contains("  \(local)  "), "the history in Baku time: \(shown.stdout)")
        #expect(!shown.stdout.contains(stored))
    }

    /// The test's own reading of a stored UTC time in `zone`, by Foundation's calendar.
    private func localTime(_ stored: String, _ zone: TimeZone) -> String? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: stored) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
