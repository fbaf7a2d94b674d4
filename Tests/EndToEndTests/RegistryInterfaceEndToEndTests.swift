import Foundation
import Testing

/// The six parts of the registry issue driven in the real `sts --demo` in tmux, as a new
/// user would: PIN search with its purpose, the person's records, the certificate issued and
/// exported, the name search, the diploma check, and an inquiry from filing to approval.
@Suite(.serialized, .enabled(if: StsBinary.exists && TmuxSession.available && StoreEndToEnd.hasSqliteShell))
struct RegistryInterfaceEndToEndTests {
    /// A tmux session running `sts --demo` from a scratch directory (where exports land).
    private func start(width: Int = 140, height: Int = 30) throws -> (TmuxSession, TemporaryDirectory, URL) {
        let data = try TemporaryDirectory()
        // Exports go to the home directory (issue 15): here, the test's own directory.
        let env = ["XDG_DATA_HOME": data.path, "HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en"]
        let tmux = try TmuxSession(width: width, height: height, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        let shown = tmux.waitFor(timeout: 30) { $0.contains("F10 Quit") && $0.contains(" Inquiries") }
        #expect(shown.contains(" Inquiries"))
        return (tmux, data, URL(fileURLWithPath: data.path + "/sts/demo.db"))
    }

    private func sql(_ db: URL, _ query: String) throws -> String {
        let shell = try #require(StoreEndToEnd.sqliteShell)
        let result = try Subprocess.run(shell, ["-cmd", ".timeout 20000", db.path, query])
        let value = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!value.isEmpty, "no answer from sqlite3 to \(query) on \(db.path): \(result.stderr)")
        return value
    }

    /// Presses the digit of the area called `name` on the tab line (other areas may come first).
    private func openArea(_ tmux: TmuxSession, _ name: String) throws {
        let tabs = tmux.screen().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let words = tabs.split(separator: " ").map(String.init)
        let digit = try #require(words.indices.first { words[$0] == name && $0 > 0 }.map { words[$0 - 1] },
                                 "no area \(name) on the tab line: \(tabs)")
        try tmux.keys(digit)
    }

    /// Opens the PIN area, picks the first purpose and searches for `pin`.
    private func searchPIN(_ tmux: TmuxSession, _ pin: String) throws -> String {
        try openArea(tmux, "PIN")
        tmux.waitFor { $0.contains("Choose the purpose of the lookup") }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Purpose: citizen's request") }
        try tmux.literal(pin)
        try tmux.keys("Enter")
        return tmux.waitFor { $0.contains("PIN \(pin.uppercased()) ·") }
    }

    @Test func part1PINSearchAsksThePurposeAndSaysWhyAPINIsRefused() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        try openArea(tmux, "PIN")
        var screen = tmux.waitFor { $0.contains("Choose the purpose of the lookup") }
        try tmux.keys("Right", "Right", "Enter")
        screen = tmux.waitFor { $0.contains("Purpose: investigation of a suspected fake") }
        #expect(screen.contains("Purpose: investigation of a suspected fake"))
        try tmux.literal("ab1o")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("never contains") }
        #expect(screen.contains("a PIN never contains \"O\" (the letters I and O are not used)"))
        let pin = try sql(db, "SELECT pin FROM student_record WHERE pin IS NOT NULL ORDER BY id LIMIT 1")
        try tmux.keys("C-u")
        try tmux.literal(" " + pin.lowercased() + " ")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("PIN \(pin) ·") }
        #expect(screen.contains("PIN \(pin) ·"))
        #expect(try sql(db, "SELECT action || '|' || purpose FROM audit_event WHERE pin = '\(pin)'")
                == "pin-search|investigation")
        // The PIN field keeps the focus after a search (issue 15); Esc, then p.
        try tmux.keys("Escape", "p")
        screen = tmux.waitFor { $0.contains("Choose the purpose of the lookup") }
        #expect(screen.contains("Choose the purpose"), "p changes the purpose")
    }

    @Test func part2ThePersonsEducationNewestFirstWithCurrentState() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let pin = try sql(db, "SELECT pin FROM student_record WHERE pin IS NOT NULL GROUP BY pin HAVING count(*) > 1 LIMIT 1")
        let screen = try searchPIN(tmux, pin)
        #expect(screen.contains("2 records"))
        let years = try sql(db, "SELECT group_concat(admission_year, ' ') FROM (SELECT admission_year FROM student_record WHERE pin = '\(pin)' ORDER BY admission_year DESC)")
            .split(separator: " ").map(String.init)
        let lines = screen.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("▶ \(years[0])") })
        #expect(lines[first + 1].hasPrefix("  \(years[1])"))
        #expect(screen.contains("Current state of education"))
    }

    @Test func part3TheCertificateIssuedOnScreenAndExportedToAFile() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let pin = try sql(db, "SELECT r.pin FROM student_record r JOIN diploma d ON d.student_record_id = r.id WHERE r.pin IS NOT NULL LIMIT 1")
        _ = try searchPIN(tmux, pin)
        // Esc leaves the PIN field; i asks first, Enter issues (issue 15).
        try tmux.keys("Escape", "i")
        tmux.waitFor { $0.contains("Issue the certificate?") }
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("Certificate issued, code:") }
        let code = try sql(db, "SELECT verification_code FROM certificate WHERE pin = '\(pin)'")
        #expect(screen.contains("Verification code \(code)"))
        #expect(screen.contains("Series and registration number"))
        try tmux.keys("Escape", "e")
        screen = tmux.waitFor { $0.contains("Export the certificate") }
        #expect(screen.contains("certificate-\(pin)-\(code).html"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Written to") }
        let html = try String(contentsOfFile: data.path + "/certificate-\(pin)-\(code).html", encoding: .utf8)
        #expect(html.contains(code))
        // And as plain text, under a name the user types.
        try tmux.keys("Escape", "e")
        tmux.waitFor { $0.contains("Export the certificate") }
        try tmux.keys("Up", "Right", "Down", "C-u")
        try tmux.literal("mine.txt")
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("mine.txt") && $0.contains("Written to") }
        let text = try String(contentsOfFile: data.path + "/mine.txt", encoding: .utf8)
        #expect(text.contains("Verification code") && text.contains(code))
    }

    @Test func part4NameSearchWithoutAPINPagesThroughTheMatches() throws {
        let (tmux, data, _) = try start()
        defer { withExtendedLifetime(data) {} }
        try openArea(tmux, "Names")
        tmux.waitFor { $0.contains("Type a surname and press Enter") }
        try tmux.literal("Mamedov")
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("▶ ") && $0.contains("Məmmədov") }
        #expect(screen.contains("Məmmədov"))
        try tmux.keys("PageDown", "PageDown")
        screen = tmux.waitFor { $0.contains("▶ ") }
        #expect(screen.contains("Məmmədov"), "still Məmmədov two pages on")
        try tmux.keys("/", "Tab")
        try tmux.literal("Ə")
        try tmux.keys("Enter")
        screen = tmux.waitFor { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("▶ ") && $0.contains("Məmmədov") && $0.contains(" Ə") }
        }
        let selected = screen.split(separator: "\n").first { $0.hasPrefix("▶ ") }.map(String.init) ?? ""
        #expect(selected.contains("Məmmədov") && selected.contains(" Ə"), "the name narrows the search to Ə…")
    }

    @Test func part5ADiplomaCheckThatFailsAndOneThatPasses() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let row = try sql(db, """
            SELECT d.series || '|' || d.registration_number || '|' || r.surname
            FROM diploma d JOIN student_record r ON r.id = d.student_record_id ORDER BY d.id LIMIT 1
            """).split(separator: "|").map(String.init)
        try openArea(tmux, "Diploma")
        tmux.waitFor { $0.contains("Registration number") }
        try tmux.literal(row[0])
        try tmux.keys("Tab")
        try tmux.literal(row[1])
        try tmux.keys("Tab")
        try tmux.literal("qqq")
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("Mismatch") }
        #expect(screen.contains("initials differ (surname, name, father's name)"))
        try tmux.keys("C-u", "Enter")
        screen = tmux.waitFor { $0.contains("Valid") }
        #expect(screen.contains(row[2]))
        try tmux.keys("Up", "C-u")
        try tmux.literal("1")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Not found") }
        #expect(screen.contains("Not found"))
        #expect(try sql(db, "SELECT count(*) FROM audit_event WHERE action = 'diploma-check'") == "3")
    }

    @Test func part6AnInquiryFromFilingToApproval() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        try openArea(tmux, "Inquiries")
        tmux.waitFor { $0.contains("State:") }
        try tmux.keys("n")
        tmux.waitFor { $0.contains("New \"Feedback\" inquiry") }
        try tmux.literal("2AB3CD5")
        try tmux.keys("Tab")
        try tmux.literal("Quliyev")
        try tmux.keys("Tab")
        try tmux.literal("Rəşad")
        try tmux.keys("Tab", "Tab")
        try tmux.literal("1990-05-05")
        try tmux.keys("Tab", "Tab")
        try tmux.literal("2007")
        try tmux.keys("Tab")
        try tmux.literal("bachelor missing")
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("Inquiry 1 filed with") }
        #expect(screen.contains("opened: bachelor missing"))
        try tmux.keys("s")
        tmux.waitFor { $0.contains("Supply the record") }
        try tmux.keys("Tab", "Tab", "Tab", "Tab")
        try tmux.literal("050509")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("record supplied, waiting for approval") }
        try tmux.keys("a")
        tmux.waitFor { $0.contains("Approve the inquiry") }
        try tmux.keys("Enter")
        // Issue 15: approval writes into the national registry only after its question's Enter.
        screen = tmux.waitFor { $0.contains("Approve inquiry 1?") }
        #expect(try sql(db, "SELECT count(*) FROM student_record WHERE pin = '2AB3CD5'") == "0")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("approved: the record is in the registry") }
        #expect(screen.contains("record supplied: 2007 bachelor 050509"))
        #expect(screen.contains("approved: student_record"))
        #expect(try sql(db, "SELECT count(*) FROM student_record WHERE pin = '2AB3CD5'") == "1")
        // The approved record is now found by its PIN.
        screen = try searchPIN(tmux, "2AB3CD5")
        #expect(screen.contains("Quliyev Rəşad"))
        try tmux.keys("Escape", "q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(screen.contains("EXIT=0"))
    }
}
