import Foundation
import Testing

/// The shared server as people use it: SSH into 127.0.0.1 as different Unix logins, each
/// session its own `sts` process — installed setgid, its users outside the group — on one
/// database.
@Suite(.serialized) struct SSHEndToEndTests {
    static let group = "ststest"
    static let clerk = "ststest-clerk"
    static let ssac = "ststest-ssac"
    static let stranger = "ststest-nobody"
    static let secondClerk = "ststest-clerk2"

    /// `sts` installed setgid to the group (which nobody is in) with its database made by
    /// `init --group`, demo data, and three users: two clerks of the institution with the most
    /// applicants, and SSAC staff. The logins are removed, with the group, by `tearDown`.
    private func sharedDatabase() throws -> (SharedInstall, String) {
        let install = try SharedInstall(group: Self.group)
        for login in [Self.clerk, Self.secondClerk, Self.ssac, Self.stranger] {
            try install.makeLogin(login)
        }
        let path = install.database
        let demo = try install.sts(["demo", "--students", "1500", "--applicants", "60"])
        #expect(demo.status == 0, "sts demo: \(demo.stderr)")
        let shell = try #require(StoreEndToEnd.sqliteShell)
        let institution = try Subprocess.run(shell, [path, "SELECT institution_code FROM applicant GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for arguments in [["users", "add", Self.clerk, "--role", "clerk", "--institution", institution],
                          ["users", "add", Self.secondClerk, "--role", "clerk", "--institution", institution],
                          ["users", "add", Self.ssac, "--role", "ssac"]] {
            let result = try install.sts(arguments)
            #expect(result.status == 0, "sts \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return (install, path)
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available && SSHServer.available))
    func twoLoginsWorkOnOneDatabaseAndSeeEachOthersChanges() throws {
        let server = try SSHServer()
        let (install, path) = try sharedDatabase()
        defer { install.tearDown() }
        let sts = install.binary
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let ssac = try TmuxSession(width: 100, height: 30, environment: env)
        let clerk = try TmuxSession(width: 100, height: 30, environment: env)
        try ssac.typeLine(server.sshCommand(Self.ssac, "STS_LANG=en \(sts) --db \(path)"))
        try clerk.typeLine(server.sshCommand(Self.clerk, "STS_LANG=en \(sts) --db \(path)"))
        let ssacScreen = ssac.waitFor(timeout: 20) { $0.contains("F10 Quit") }
        let clerkScreen = clerk.waitFor(timeout: 20) { $0.contains("F10 Quit") }
        #expect(ssacScreen.contains("\(Self.ssac) (SSAC staff)"))
        #expect(clerkScreen.contains("\(Self.clerk) (clerk)"))
        let clerkTabs = clerkScreen.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(clerkTabs.contains("Applicants"), "a clerk works in the desk")
        #expect(!clerkTabs.contains("Registry") && !clerkTabs.contains("PIN"), "a clerk has no registry search: \(clerkTabs)")

        // Another process adds a record that sorts first; the SSAC session's list shows it
        // within a couple of seconds without a key being pressed (PRAGMA data_version).
        let csv = install.root + "/one.csv"
        try """
            pin,surname,name,father_name,birth_date,admission_year,institution_code,institution_name,funding,level,years_of_study,major_code,major_name,enrollment_status,education_state,diploma_series,diploma_number,diploma_issue_date,diploma_level
            AAAA111,Aabbasova,Aynur,Elçin qızı,2004-03-02,2022,BDU,Bakı Dövlət Universiteti,state,bachelor,4,050509,Kompüter elmləri,admitted,studying,,,,
            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try install.sts(["import", "students", csv])
        #expect(imported.status == 0, "\(imported.stderr)")
        let updated = ssac.waitFor(timeout: 5) { $0.contains("Aabbasova") }
        #expect(updated.contains("AAAA111 Aabbasova"), "the other session's list did not notice the change")

        // Dropping the clerk's SSH connection ends its sts; nothing is left running.
        #expect(!SSHServer.processes(of: Self.clerk, containing: "sts").isEmpty)
        if let sshPID = clerk.childPID() { kill(sshPID, SIGKILL) }
        let deadline = Date().addingTimeInterval(10)
        while !SSHServer.processes(of: Self.clerk, containing: sts).isEmpty && Date() < deadline {
            usleep(100_000)
        }
        #expect(SSHServer.processes(of: Self.clerk, containing: sts).isEmpty,
                "sts of the dropped SSH session is still running")
        try ssac.keys("q")
        _ = ssac.waitFor { !$0.contains("F10 Quit") }
        _ = server
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available && SSHServer.available))
    func aLoginThatIsNotAUserIsToldWhomToAskAndGetsNothing() throws {
        let server = try SSHServer()
        let (install, path) = try sharedDatabase()
        defer { install.tearDown() }
        let sts = install.binary
        let session = try TmuxSession(width: 120, height: 20, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        try session.typeLine(server.sshCommand(Self.stranger, "STS_LANG=en \(sts) --db \(path); echo EXIT=$?"))
        let screen = session.waitFor(timeout: 20) { exitStatus(in: $0) != nil }
        let joined = screen.replacingOccurrences(of: "\n", with: "") // the line wraps in the window
        #expect(joined.contains("\(Self.stranger) is not a user of \(path); ask an administrator"))
        #expect(exitStatus(in: screen) == 1)
        #expect(!screen.contains("F10 Quit"))
        // The same refusal below the interface: the command line.
        let audit = try Subprocess.run("su", [Self.stranger, "-c", "\(sts) audit --db \(path)"])
        #expect(audit.status == 1)
        #expect(audit.stderr.contains("is not a user"))
        let users = try Subprocess.run("su", [Self.clerk, "-c", "\(sts) users add someone --role admin --db \(path)"])
        #expect(users.status == 1, "a clerk must not add users: \(users.stderr)")
        _ = server
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available && SSHServer.available && StoreEndToEnd.hasSqliteShell))
    func twoClerksOverSSHAConflictingSaveIsRefusedAndADroppedSessionKeepsItsDraft() throws {
        let server = try SSHServer()
        let (install, path) = try sharedDatabase()
        defer { install.tearDown() }
        let sts = install.binary
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let first = try TmuxSession(width: 80, height: 24, environment: env)
        let second = try TmuxSession(width: 80, height: 24, environment: env)
        let command = "STS_LANG=en \(sts) --db \(path)"
        try first.typeLine(server.sshCommand(Self.clerk, command))
        try second.typeLine(server.sshCommand(Self.secondClerk, command))
        // Each step waits for what the clerk would see before the next key, and the test stops
        // at the first step that does not come, naming it (a slow machine must not turn one
        // miss into a chain of timeouts whose first cause is cut off the log).
        for (tmux, login) in [(first, Self.clerk), (second, Self.secondClerk)] {
            try step("\(login) logs in", tmux) { $0.contains("F10 Quit") && $0.contains("(clerk)") }
            try tmux.keys("1") // a clerk's first area is Applicants
            try step("\(login) sees the applicants", tmux) { $0.contains("Still lacks") }
            try tmux.keys("Enter")
            try step("\(login) opens the first applicant", tmux) { $0.contains("F2 Form") }
            try tmux.keys("BTab")
        }
        // Both change the same applicant; the second to save is refused with who and when.
        try first.literal(" (1)")
        try step("the first clerk's typing shows", first) { $0.contains("(1)") }
        try second.literal(" (2)")
        try step("the second clerk's typing shows", second) { $0.contains("(2)") }
        try second.keys("Enter")
        try step("the second clerk's save is stored", second) { $0.contains("Saved.") }
        try first.keys("Enter")
        let refused = try step("the first clerk's save is refused", first) { $0.contains("Changed by someone else") }
        #expect(refused.contains(Self.secondClerk), "the refusal names who changed it: \(refused)")

        // The second clerk starts a new applicant and the SSH connection drops mid-form.
        try second.keys("Escape")
        try step("the second clerk is back at the list", second) { $0.contains("Still lacks") && !$0.contains("F2 Form") }
        try second.keys("n")
        try step("the second clerk opens a new applicant", second) { $0.contains("New applicant") }
        try second.literal("Kəsilənova")
        try step("the surname shows", second) { $0.contains("Kəsilənova") }
        let ssh = try #require(second.childPID(), "the second clerk's ssh client")
        kill(ssh, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while !SSHServer.processes(of: Self.secondClerk, containing: sts).isEmpty && Date() < deadline {
            usleep(100_000)
        }
        #expect(SSHServer.processes(of: Self.secondClerk, containing: sts).isEmpty,
                "the dropped session's sts is still running")
        // Next session of the same login: the form is offered back. The killed ssh left the
        // pane's terminal raw and the old screen on it: both are cleared first, so that what
        // is read next is the new session's screen.
        try second.typeLine("stty sane; clear")
        try step("the pane is cleared", second) { !$0.contains("F10 Quit") }
        try second.typeLine(server.sshCommand(Self.secondClerk, command))
        let offered = try step("the next session offers the draft back", second, timeout: 30) { $0.contains("Restore it?") }
        #expect(offered.contains("Kəsilənova"), "the offer names the typed surname: \(offered)")
        try first.keys("Escape")
        _ = server
    }

    /// Two logins whose sessions open the database at the same moment both write. SQLite
    /// creates the -wal and -shm files with the process's umask (022 from login.defs) and
    /// widens them to the database's mode a moment later; a session opening them in that
    /// moment fell back to reading the -shm and every write of it failed with "attempt to
    /// write a readonly database" — 8 of these 20 rounds before `Database` opened with a
    /// group-writable umask, and how CI's two clerks over SSH failed. `sts` keeps the two
    /// files once made; here the administrator's sqlite3 shell (which does not) removes them
    /// before every round, so the two sessions create them anew, together, with the group
    /// that only their setgid `sts` holds.
    @Test(.enabled(if: StsBinary.exists && SSHServer.available && StoreEndToEnd.hasSqliteShell))
    func loginsOpeningTheDatabaseAtOnceCanBothWrite() throws {
        let (install, path) = try sharedDatabase()
        defer { install.tearDown() }
        let sts = install.binary
        let added = try install.sts(["users", "add", Self.stranger, "--role", "ssac"])
        #expect(added.status == 0, "\(added.stderr)")
        let shell = try #require(StoreEndToEnd.sqliteShell)
        let pin = try Subprocess.run(shell, [path, "SELECT pin FROM student_record ORDER BY id LIMIT 1"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!pin.isEmpty)
        let issue = "\(sts) certificate \(pin) --purpose verification --db \(path) >/dev/null"
        let rounds = 20
        var refused: [String] = []
        for round in 1...rounds {
            let script = """
                \(shell) \(path) 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
                test ! -e \(path)-shm || echo "the -shm is still there"
                su \(Self.ssac) -c '\(issue)' 2>&1 & first=$!
                su \(Self.stranger) -c '\(issue)' 2>&1 & second=$!
                wait $first; a=$?; wait $second; echo "exit $a $?"
                """
            let result = try Subprocess.run("bash", ["-c", script])
            if !result.stdout.hasSuffix("exit 0 0\n") || result.stdout.contains("still there") { refused.append("round \(round): \(result.stdout)") }
        }
        #expect(refused.isEmpty, "\(refused.count) of \(rounds) rounds had a session that could not write:\n\(refused.joined())")
        let issued = try Subprocess.run(shell, [path, "SELECT count(*) FROM audit_event WHERE action = 'certificate-issue' AND pin = '\(pin)'"])
        #expect(issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(2 * rounds),
                "every issue is audited")
    }

    /// Waits for one step of a session to show; stops the test naming the step and showing
    /// the screen when it does not.
    @discardableResult
    private func step(_ name: String, _ tmux: TmuxSession, timeout: Double = 20,
                      _ condition: (String) -> Bool) throws -> String {
        let screen = tmux.waitFor(timeout: timeout, condition)
        try #require(condition(screen), "step \"\(name)\" did not show within \(Int(timeout)) s; the screen:\n\(screen)")
        return screen
    }
}
