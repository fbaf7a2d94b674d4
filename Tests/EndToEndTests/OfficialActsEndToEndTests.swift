import Foundation
import Testing

/// Issue 15 "Official acts ask first" and "Mistakes can be corrected, on the record", in the
/// real `sts --demo` in tmux at 80×24 (the demo user is an administrator who also works a
/// demo institution's desk): each act says what will happen and waits for Enter; Esc cancels
/// and nothing is written (checked in the database file); a correction keeps its reason.
@Suite(.serialized, .enabled(if: StsBinary.exists && TmuxSession.available && StoreEndToEnd.sqliteShell != nil))
struct OfficialActsEndToEndTests {
    private func start() throws -> (TmuxSession, TemporaryDirectory, URL) {
        let data = try TemporaryDirectory()
        let env = ["XDG_DATA_HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en",
                   "TZ": "Asia/Baku"]
        let tmux = try TmuxSession(width: 80, height: 24, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        let shown = tmux.waitFor(timeout: 30) { $0.contains("F10") && $0.contains("2 Applicants") }
        #expect(shown.contains("F10"))
        return (tmux, data, URL(fileURLWithPath: data.path + "/sts/demo.db"))
    }

    private func sql(_ db: URL, _ query: String) throws -> String {
        let shell = try #require(StoreEndToEnd.sqliteShell)
        return try Subprocess.run(shell, ["-cmd", ".timeout 20000", db.path, query]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The digit of an area on the tab line (shortened names start the same way).
    private func area(_ tmux: TmuxSession, _ prefix: String) throws {
        let tabs = tmux.screen().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let words = tabs.split(separator: " ").map(String.init)
        let digit = try #require(words.indices.first { $0 > 0 && words[$0].hasPrefix(prefix) }.map { words[$0 - 1] },
                                 "no area \(prefix) on the tab line: \(tabs)")
        try tmux.keys(digit)
    }

    private func quit(_ tmux: TmuxSession) throws {
        try tmux.keys("F10")
        // The typed command line holds "EXIT=$?" too: wait for a status with its digits.
        #expect(exitStatus(in: tmux.waitFor(timeout: 60) { exitStatus(in: $0) != nil }) == 0)
    }

    @Test("4.10, 4.12: a dismissal says who, when, the ground and the notices' date; Esc writes nothing, Enter dismisses")
    func dismissal() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        try area(tmux, "St")
        tmux.waitFor { $0.contains("enrolled") }
        let dismissedBefore = try sql(db, "SELECT count(*) FROM applicant WHERE education_state = 'dismissed'")
        try tmux.keys("s")
        tmux.waitFor { $0.contains("Dismissal ground") }
        try tmux.keys("Right", "Right", "Tab", "Tab", "Right", "Enter")
        var screen = tmux.waitFor { $0.contains("Dismissal (4.10)") }
        #expect(screen.contains("Dismiss №") && screen.contains("3.1.2") && screen.contains("4.12"))
        #expect(screen.contains("Enter Dismiss") && screen.contains("Esc cancel, nothing is written"))
        try tmux.keys("Escape")
        screen = tmux.waitFor { $0.contains("Cancelled — nothing was written") }
        #expect(screen.contains("Dismissal ground"), "the form stays as it was")
        #expect(try sql(db, "SELECT count(*) FROM applicant WHERE education_state = 'dismissed'") == dismissedBefore)
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Dismissal (4.10)") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("4.12 notices due by") }
        #expect(Int(try sql(db, "SELECT count(*) FROM applicant WHERE education_state = 'dismissed'")) == (Int(dismissedBefore) ?? 0) + 1)
        try quit(tmux)
    }

    @Test("seed 000: approving an inquiry says what goes into the national registry; rejecting says the reason; Esc writes nothing")
    func inquiryApprovalAndRejection() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let answered = try sql(db, "SELECT id FROM inquiry WHERE state = 'answered' AND pin IS NOT NULL ORDER BY id LIMIT 1")
        // The queue lists the newest first: the rows above the one with a PIN.
        let above = Int(try sql(db, "SELECT count(*) FROM inquiry WHERE state = 'answered' AND id > \(answered)")) ?? 0
        let records = try sql(db, "SELECT count(*) FROM student_record")
        try area(tmux, "In")
        tmux.waitFor { $0.contains("State:") }
        // The queue opens on "open" inquiries: f moves the filter to "answered".
        try tmux.keys("f")
        tmux.waitFor { $0.contains("Əliyev") }
        for _ in 0..<above { try tmux.keys("Down") }
        try tmux.keys("a")
        tmux.waitFor { $0.contains("Approve the inquiry") }
        try tmux.keys("Enter")
        var screen = tmux.waitFor { $0.contains("Approve inquiry \(answered)?") }
        #expect(screen.contains("national") && screen.contains("with PIN"))
        try tmux.keys("Escape")
        tmux.waitFor { $0.contains("Cancelled — nothing was written") }
        #expect(try sql(db, "SELECT state FROM inquiry WHERE id = \(answered)") == "answered")
        #expect(try sql(db, "SELECT count(*) FROM student_record") == records)
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Approve inquiry \(answered)?") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Inquiry \(answered) approved") }
        #expect(try sql(db, "SELECT state FROM inquiry WHERE id = \(answered)") == "approved")
        #expect(Int(try sql(db, "SELECT count(*) FROM student_record")) == (Int(records) ?? 0) + 1)

        // Rejection of an open one: the reason is asked, then the question with it.
        // After the approval the queue shows every state; f once is "open", newest first.
        let open = try sql(db, "SELECT id FROM inquiry WHERE state = 'open' ORDER BY id DESC LIMIT 1")
        let name = try sql(db, "SELECT surname FROM inquiry WHERE id = \(open)")
        try tmux.keys("f")
        screen = tmux.waitFor { $0.contains(name) }
        try tmux.keys("r")
        tmux.waitFor { $0.contains("Reject the inquiry") }
        try tmux.literal("no such student at the institution")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Reject inquiry \(open)") }
        #expect(screen.contains("Nothing goes into the registry"))
        try tmux.keys("Escape")
        tmux.waitFor { $0.contains("Cancelled — nothing was written") }
        #expect(try sql(db, "SELECT state FROM inquiry WHERE id = \(open)") == "open")
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Reject inquiry \(open)") }
        try tmux.keys("Enter")
        // The state filter line always says "rejected": wait for the message itself.
        tmux.waitFor { $0.contains("Inquiry \(open) rejected") }
        #expect(try sql(db, "SELECT state FROM inquiry WHERE id = \(open)") == "rejected")
        try quit(tmux)
    }

    @Test("deadlines: marking done asks first; the done list shows who and when; u undoes (asked, audited); 2.2.4 asks the document's number, date and FİN")
    func deadlinesDoneUndoneAndResidence() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        try area(tmux, "De")
        var screen = tmux.waitFor { $0.contains("Due") && $0.contains("What") }
        // The applicant's number stands beside the name.
        #expect(screen.range(of: #"№ \d+ \S+"#, options: .regularExpression) != nil)
        let doneBefore = try sql(db, "SELECT count(*) FROM desk_event WHERE done_on IS NOT NULL AND undone_at IS NULL")
        try tmux.keys("d")
        screen = tmux.waitFor { $0.contains("as done on") }
        try tmux.keys("Escape")
        tmux.waitFor { $0.contains("Cancelled — nothing was written") }
        #expect(try sql(db, "SELECT count(*) FROM desk_event WHERE done_on IS NOT NULL AND undone_at IS NULL") == doneBefore)
        try tmux.keys("d")
        tmux.waitFor { $0.contains("as done on") }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Marked done by") }
        #expect(Int(try sql(db, "SELECT count(*) FROM desk_event WHERE done_on IS NOT NULL AND undone_at IS NULL"))
                == (Int(doneBefore) ?? 0) + 1)
        // The done list, newest first: undo the mark just made.
        try tmux.keys("h")
        screen = tmux.waitFor { $0.contains("Deadlines marked done") }
        #expect(screen.contains("✓"))
        try tmux.keys("u")
        screen = tmux.waitFor { $0.contains("Undo it?") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("the deadline is open again") }
        #expect(try sql(db, "SELECT count(*) FROM desk_event WHERE done_on IS NOT NULL AND undone_at IS NULL") == doneBefore)
        #expect(try sql(db, "SELECT count(*) FROM audit_event WHERE action = 'deadline-undone'") == "1")

        // 2.2.4: down to a residence line; d asks the number, the date and the FİN.
        try tmux.keys("h")
        tmux.waitFor { $0.contains("Due") && $0.contains("What") }
        for _ in 0..<30 where !(tmux.screen().split(separator: "\n").first { $0.contains("▶") }?.contains("2.2.4") ?? false) {
            try tmux.keys("Down")
            usleep(60_000)
        }
        let line = try #require(tmux.screen().split(separator: "\n").first { $0.contains("▶") }.map(String.init))
        #expect(line.contains("2.2.4"))
        let id = try #require(line.range(of: #"№ (\d+)"#, options: .regularExpression).map { String(line[$0].dropFirst(2)) })
        try tmux.keys("d")
        tmux.waitFor { $0.contains("PIN (residence permit)") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Not saved") }
        #expect(screen.contains("Document number"))
        try tmux.literal("MI-2026-777")
        try tmux.keys("Tab", "Tab")
        try tmux.literal("8tq4m2w")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("2.2.4 residence document") && $0.contains("8TQ4M2W") }
        #expect(screen.contains("record residence document MI-2026-777"))
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("recorded (2.2.4)") }
        #expect(try sql(db, "SELECT pin || ' ' || (residence_document_on IS NOT NULL) FROM applicant WHERE id = \(id)") == "8TQ4M2W 1")
        #expect(try sql(db, "SELECT detail FROM desk_event WHERE applicant_id = \(id) AND kind = 'residence' ORDER BY id DESC LIMIT 1")
                == "MI-2026-777")
        try quit(tmux)
    }

    @Test("a mistyped payment is voided with its reason: it stays in F5, marked, and no longer counts")
    func paymentVoided() throws {
        let (tmux, data, db) = try start()
        defer { withExtendedLifetime(data) {} }
        let institution = try sql(db, "SELECT i.code FROM app_user u JOIN institution i ON i.id = u.institution_id LIMIT 1")
        let row = try sql(db, """
            SELECT a.id || '|' || a.surname || '|' || p.id FROM applicant a JOIN payment p ON p.applicant_id = a.id
            WHERE a.institution_code = '\(institution)' ORDER BY a.id LIMIT 1
            """).split(separator: "|").map(String.init)
        try #require(row.count == 3)
        try area(tmux, "Ap")
        tmux.waitFor { $0.contains("Still lacks") }
        try tmux.keys("/")
        try tmux.literal(row[1])
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains(row[1]) }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("F5 Payment") }
        try tmux.keys("F5")
        var screen = tmux.waitFor { $0.contains("Payments") || $0.contains("payments") }
        #expect(screen.contains("▶"))
        try tmux.keys("v")
        tmux.waitFor { $0.contains("Reason for voiding") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("say why") }
        #expect(try sql(db, "SELECT voided_at IS NULL FROM payment WHERE id = \(row[2])") == "1")
        try tmux.literal("entered for the wrong applicant")
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Voided (who, when and why are kept)") }
        #expect(screen.contains("voided by") && screen.contains("entered for the wr"))
        #expect(try sql(db, "SELECT void_reason FROM payment WHERE id = \(row[2])") == "entered for the wrong applicant")
        #expect(try sql(db, "SELECT count(*) FROM audit_event WHERE action = 'record-void'") == "1")
        try quit(tmux)
    }
}
