import Foundation
import Testing

/// The admissions desk in the real binary, in tmux at 80×24, as a new clerk would try it.
@Suite(.serialized) struct DeskEndToEndTests {
    private func session(_ data: TemporaryDirectory) throws -> TmuxSession {
        // Exports go to the home directory (issue 15): here, the test's own directory.
        let env = ["XDG_DATA_HOME": data.path, "HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en"]
        let tmux = try TmuxSession(width: 80, height: 24, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        tmux.waitFor { $0.contains("F10 Quit") && $0.contains("2 Applicants") }
        return tmux
    }

    /// Types text, then presses the given keys.
    private func type(_ tmux: TmuxSession, _ text: String, then keys: String...) throws {
        if !text.isEmpty { try tmux.literal(text) }
        for key in keys { try tmux.keys(key) }
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func newApplicantFromEmptyFormToAdmissionAndContract() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("2")
        tmux.waitFor { $0.contains("Still lacks") }
        try tmux.keys("n")
        tmux.waitFor { $0.contains("New applicant") }
        try type(tmux, "Həsənova", then: "Tab")
        try type(tmux, "Aynur", then: "Tab", "Tab")
        try type(tmux, "TR", then: "Tab")
        try type(tmux, "31.02.2005", then: "Tab")
        var screen = tmux.waitFor { $0.contains("is not a date") }
        #expect(screen.contains("\"31.02.2005\" is not a date"))
        // The refused save names the field and keeps what was typed.
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Not saved") }
        #expect(screen.contains("Not saved — Birth date") && screen.contains("Həsənova") && screen.contains("Aynur"))
        try type(tmux, "", then: "C-u")
        try type(tmux, "12.03.2005", then: "Tab")
        try type(tmux, "U9988776", then: "Tab")
        try type(tmux, "2031-01-01", then: "Tab")
        try type(tmux, "050101", then: "Tab", "Tab")
        try type(tmux, "en", then: "Tab", "Tab", "Tab", "Tab")
        try type(tmux, "TR", then: "Tab", "Tab")
        try type(tmux, "tr", then: "Enter")
        screen = tmux.waitFor { $0.contains("F3 for documents") }
        #expect(screen.contains("Həsənova Aynur"))

        // Documents: incomplete, then each one received.
        try tmux.keys("F3")
        screen = tmux.waitFor { $0.contains("Missing:") }
        #expect(screen.contains("3.4.2: document on previous education not received"))
        // After each save the cursor is on the next missing document (issue 15): no Down.
        try tmux.keys("Enter", "Enter")
        screen = tmux.waitFor { $0.contains("Document 3.4.1 saved") }
        #expect(screen.contains("▶ ✗ 3.4.2"))
        try tmux.keys("Enter", "Tab", "Space", "Tab", "Tab", "Tab", "Right", "Right", "Tab", "Right", "Right", "Enter")
        tmux.waitFor { $0.contains("Document 3.4.2 saved") }
        try tmux.keys("Enter", "Tab", "Space", "Tab", "Space", "Enter")
        screen = tmux.waitFor { $0.contains("Document 3.4.3 saved") }
        #expect(screen.contains("3.4.3: hepatitis C") || screen.contains("3.4.3: Hepatitis C"))
        #expect(screen.contains("▶ ✗ 3.4.5"))
        // A saved document is corrected on the record: the reason is asked, the old row stays, voided.
        try tmux.keys("Up", "Up", "Enter", "Tab", "Tab", "Tab", "Space", "Tab")
        try type(tmux, "hepatitis C was ticked on paper", then: "Enter")
        screen = tmux.waitFor { $0.contains("Corrected (who, when and why are kept)") }
        #expect(screen.contains("hepatitis C was ticked on paper") && screen.contains("▶ ✗ 3.4.5"))
        try tmux.keys("Enter", "Enter")
        screen = tmux.waitFor { $0.contains("All documents are complete") }
        #expect(screen.contains("All documents are complete (3.4)"))

        // Language: IELTS 6.0 exempts under 3.6.
        try tmux.keys("F4", "a", "Tab")
        try type(tmux, "6.0", then: "Tab")
        try type(tmux, "10.01.2026", then: "Enter")
        screen = tmux.waitFor { $0.contains("Result saved") }
        #expect(screen.contains("3.6: Exempt"))
        // 3.5: the order reads the decision recorded today, not one worked out again later.
        try tmux.keys("d")
        screen = tmux.waitFor { $0.contains("Decision recorded") }
        #expect(screen.contains("3.6"))

        // Payment and admission: refused until half the fee is paid.
        try tmux.keys("F5", "a")
        screen = tmux.waitFor { $0.contains("Cannot admit") }
        #expect(screen.contains("2.1.1"))
        try tmux.keys("f")
        try type(tmux, "4000", then: "Enter")
        tmux.waitFor { $0.contains("Annual fee 4000.00 AZN saved") }
        try tmux.keys("p")
        try type(tmux, "2000", then: "Enter")
        tmux.waitFor { $0.contains("Payment of 2000.00 AZN saved") }
        try tmux.keys("a")
        tmux.waitFor { $0.contains("Issue the admission order") }
        // Contract 2.1.1: the order's number (and date, today by default), then the question.
        try type(tmux, "ƏMR-2026/41", then: "Enter")
        screen = tmux.waitFor { $0.contains("Admission order (2.1.1)") }
        #expect(screen.contains("Admit №") && screen.contains("Həsənova Aynur"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Admitted by order") }
        #expect(screen.contains("ƏMR-2026/41") && screen.contains("Residence document due by"))

        // Contract: previewed and exported.
        try tmux.keys("F6")
        screen = tmux.waitFor { $0.contains("Contract in English") }
        #expect(screen.contains("Həsənova Aynur"))
        try tmux.keys("t")
        // The whole path is shown first (issue 15); Enter writes.
        tmux.waitFor { $0.contains("Write the contract to a file") }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Written:") }
        let files = try FileManager.default.contentsOfDirectory(atPath: data.path)
        #expect(files.contains { $0.hasPrefix("contract-") && $0.hasSuffix("-en.txt") })

        // 4.11: the registry finds the new student.
        try tmux.keys("Escape", "1", "/")
        try type(tmux, "Həsənova", then: "Enter")
        screen = tmux.waitFor { $0.contains("Aynur") }
        #expect(screen.contains("Həsənova"))
        try tmux.keys("F10")
        tmux.waitFor { $0.contains("EXIT=0") }
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func studiesInAzerbaijanExemptUnder371() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("2", "n")
        tmux.waitFor { $0.contains("New applicant") }
        try type(tmux, "Quliyev", then: "Tab")
        try type(tmux, "Rauf", then: "Tab", "Tab")
        try type(tmux, "GE", then: "Tab")
        try type(tmux, "01.09.2003", then: "Tab")
        try type(tmux, "GE5544332", then: "Tab")
        try type(tmux, "01.01.2030", then: "Tab")
        try type(tmux, "050101", then: "Tab", "Right", "Tab")
        try type(tmux, "az", then: "Tab", "Tab", "Tab", "Right", "Right", "Tab")
        try type(tmux, "AZ", then: "Tab", "Tab")
        try type(tmux, "az", then: "Tab", "Space", "Tab", "Space", "Enter")
        tmux.waitFor { $0.contains("F3 for documents") }
        try tmux.keys("F4")
        let screen = tmux.waitFor { $0.contains("Exempt") || $0.contains("required") }
        #expect(screen.contains("3.7.1: Exempt"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func twoSessionsEditingOneApplicantTheSecondSaveIsRefused() throws {
        let data = try TemporaryDirectory()
        let first = try session(data)
        let second = try session(data)
        for tmux in [first, second] {
            try tmux.keys("2")
            tmux.waitFor { $0.contains("Still lacks") }
            try tmux.keys("Enter")
            tmux.waitFor { $0.contains("F2 Form") }
            try tmux.keys("BTab")
        }
        try type(first, " (1)")
        first.waitFor { $0.contains("(1)") }
        try type(second, " (2)", then: "Enter")
        second.waitFor { $0.contains("Saved.") }
        try first.keys("Enter")
        var screen = first.waitFor { $0.contains("Changed by someone else") }
        #expect(screen.contains("was changed by"))
        try first.keys("Right", "Enter")
        screen = first.waitFor { $0.contains("Both versions") }
        #expect(screen.contains("(1)") && screen.contains("(2)"))
        try first.keys("r")
        screen = first.waitFor { $0.contains("stored version was loaded") }
        #expect(screen.contains("(2)") && !screen.contains("(1)"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func aKilledSessionsFormIsOfferedBackAsADraft() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("2", "n")
        tmux.waitFor { $0.contains("New applicant") }
        try type(tmux, "Qaralamaova", then: "Tab")
        try type(tmux, "Şəbnəm")
        tmux.waitFor { $0.contains("Şəbnəm") }
        let pid = try #require(tmux.childPID())
        kill(pid, SIGHUP)
        tmux.waitFor { $0.contains("EXIT=") }
        try tmux.typeLine("\(StsBinary.path) --demo; echo EXIT=$?")
        tmux.waitFor { $0.contains("F10 Quit") && $0.contains("2 Applicants") }
        try tmux.keys("2")
        var screen = tmux.waitFor { $0.contains("Restore it?") }
        #expect(screen.contains("Qaralamaova"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Draft restored") }
        #expect(screen.contains("Qaralamaova") && screen.contains("Şəbnəm"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func evenASessionKilledOutrightKeepsItsTypingAsADraft() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("2", "n")
        tmux.waitFor { $0.contains("New applicant") }
        try type(tmux, "Kəsilmiş", then: "Tab")
        tmux.waitFor { $0.contains("Kəsilmiş") }
        usleep(2_500_000) // the idle tick keeps the typing
        let pid = try #require(tmux.childPID())
        kill(pid, SIGKILL)
        tmux.waitFor { $0.contains("EXIT=") }
        try tmux.typeLine("reset; \(StsBinary.path) --demo; echo EXIT=$?")
        tmux.waitFor { $0.contains("F10 Quit") && $0.contains("2 Applicants") }
        try tmux.keys("2")
        let screen = tmux.waitFor { $0.contains("Restore it?") }
        #expect(screen.contains("Kəsilmiş"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func studentsDeadlinesAndReport() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("3")
        var screen = tmux.waitFor { $0.contains("2.2.4 residence") }
        #expect(screen.contains("enrolled"))
        try tmux.keys("s")
        tmux.waitFor { $0.contains("Dismissal ground") }
        try tmux.keys("Right", "Right", "Tab", "Tab", "Right", "Enter")
        // 4.10, 4.12: the dismissal asks first.
        screen = tmux.waitFor { $0.contains("Dismissal (4.10)") }
        #expect(screen.contains("Dismiss №"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("4.12 notices due by") }
        #expect(screen.contains("dismissed"))
        try tmux.keys("4")
        screen = tmux.waitFor { $0.contains("Due") && $0.contains("What") }
        // The demo's list is longer than a screen: page down to the new 4.12 notices.
        for _ in 0..<10 where !screen.contains("notice → Ministry") {
            try tmux.keys("NPage")
            screen = tmux.waitFor(timeout: 2) { $0.contains("notice → Ministry") }
        }
        #expect(screen.contains("notice → Ministry") && screen.contains("notice → State Mig"))
        try tmux.keys("d")
        tmux.waitFor { $0.contains("Mark ") && $0.contains("as done on") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Marked done by") }
        try tmux.keys("5")
        screen = tmux.waitFor { $0.contains("4.8 yearly report,") }
        #expect(screen.contains("foreign students"))
        try tmux.keys("e")
        tmux.waitFor { $0.contains("Write the report to a file") }
        try tmux.keys("Enter")
        tmux.waitFor { $0.contains("Written:") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).contains { $0.hasSuffix(".csv") })
    }

    /// 2.2.4 → 4.9 → seed 000: the FİN typed with the residence document and a diploma typed in
    /// lower case at graduation reach the registry, where `sts certificate PIN` and `sts diploma`
    /// find them.
    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func residenceWithPINThenGraduationThenCertificateAndDiplomaCheck() throws {
        let data = try TemporaryDirectory()
        let tmux = try session(data)
        try tmux.keys("3")
        var screen = tmux.waitFor { $0.contains("2.2.4 residence") }
        #expect(screen.contains("no PIN"))
        // Down to the first student whose residence document (and so FİN) has not come yet.
        func selectedHasNoPIN(_ screen: String) -> Bool {
            screen.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("no PIN") }
        }
        for _ in 0..<30 where !selectedHasNoPIN(screen) {
            try tmux.keys("Down")
            screen = tmux.waitFor(timeout: 2) { selectedHasNoPIN($0) }
        }
        #expect(selectedHasNoPIN(screen))
        try tmux.keys("r")
        tmux.waitFor { $0.contains("PIN (residence permit)") }
        try type(tmux, "MI-2026-555", then: "Tab", "Tab")
        try type(tmux, "9tq4m2z", then: "Enter")
        screen = tmux.waitFor { $0.contains("9TQ4M2Z") }
        try tmux.keys("s")
        tmux.waitFor { $0.contains("Diploma issue date") }
        try tmux.keys("Left", "Tab", "Tab", "Tab", "Tab")
        try type(tmux, "bd", then: "Tab")
        try type(tmux, "0055501", then: "Tab")
        try type(tmux, "20.11.2026", then: "Enter")
        screen = tmux.waitFor { $0.contains("graduated") }
        #expect(screen.contains("New status: graduated"))
        try tmux.keys("F10")
        tmux.waitFor { $0.contains("EXIT=") }
        let env = ["XDG_DATA_HOME": data.path, "STS_LANG": "en"]
        let db = data.path + "/sts/demo.db"
        let certificate = try StsBinary.run(["certificate", "9tq4m2z", "--purpose", "verification", "--db", db], environment: env)
        #expect(certificate.status == 0, "\(certificate.stderr)")
        #expect(certificate.stdout.contains("BD 0055501") && certificate.stdout.contains("graduated"))
        let diploma = try StsBinary.run(["diploma", "--series", "bd", "--number", "0055501", "--db", db], environment: env)
        #expect(diploma.status == 0 && diploma.stdout.hasPrefix("Valid"), "\(diploma.stdout)\(diploma.stderr)")
    }
}
