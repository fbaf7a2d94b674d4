import Foundation
import Testing

/// Issue 12, the shared server's boundary: `sts` installed setgid to a group nobody is in.
/// Two Unix logins who are NOT in the group can work through `sts` — the interface and the
/// commands — and cannot reach the database any other way: not with cat, the sqlite3 shell
/// or Python, not by moving it, not by writing beside it through `sts --out`; what `sts`
/// writes for them is theirs, mode 0600; a file only the group may read is not imported.
@Suite(.serialized) struct SharedServerBoundaryTests {
    static let group = "ststest-gate"
    static let admin = "ststest-gadmin"
    static let clerk = "ststest-gclerk"

    static var runnable: Bool {
        getuid() == 0 && StsBinary.exists && TmuxSession.available
            && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
    }

    /// The installation with demo data, root as first administrator, an administrator login
    /// and a clerk of the institution with the most applicants.
    private func installed() throws -> (SharedInstall, institution: String, pin: String) {
        let install = try SharedInstall(group: Self.group)
        for login in [Self.admin, Self.clerk] { try install.makeLogin(login) }
        let demo = try install.sts(["demo", "--students", "400", "--applicants", "40"])
        try #require(demo.status == 0, "sts demo: \(demo.stderr)")
        let sqlite = try #require(StoreEndToEnd.sqliteShell, "make test installs sqlite3")
        let institution = try Subprocess.run(sqlite, [install.database,
            "SELECT institution_code FROM applicant GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pin = try Subprocess.run(sqlite, [install.database,
            "SELECT pin FROM student_record WHERE pin IS NOT NULL ORDER BY id LIMIT 1"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for arguments in [["users", "add", Self.admin, "--role", "admin"],
                          ["users", "add", Self.clerk, "--role", "clerk", "--institution", institution]] {
            let added = try install.sts(arguments)
            try #require(added.status == 0, "sts \(arguments.joined(separator: " ")): \(added.stderr)")
        }
        return (install, institution, pin)
    }

    @Test(.enabled(if: runnable))
    func onlyStsReachesTheDatabaseAndWhatItWritesIsTheUsersOwn() throws {
        let (install, _, pin) = try installed()
        defer { install.tearDown() }
        let db = install.database
        let directory = (db as NSString).deletingLastPathComponent
        let sts = "STS_LANG=en \(install.binary)"

        // The installation as README describes it.
        var status = stat()
        #expect(stat(install.binary, &status) == 0 && status.st_mode & 0o7777 == 0o2755 && status.st_uid == 0)
        #expect(stat(directory, &status) == 0 && status.st_mode & 0o7777 == 0o2770)
        #expect(stat(db, &status) == 0 && status.st_mode & 0o777 == 0o660)
        let groupID = try #require(getgrnam(Self.group)).pointee.gr_gid
        #expect(status.st_gid == groupID)
        let members = try Subprocess.run("id", ["-Gn", Self.clerk]).stdout
        #expect(!members.contains(Self.group), "people are not in the group: \(members)")

        // Through sts: commands work for both logins.
        let search = try install.run(as: Self.clerk, "\(sts) checklist 1 --db \(db)")
        #expect(search.status == 0 || search.status == 1, "a clerk's command runs: \(search.stderr)")
        #expect(!search.stderr.contains("cannot use the database"), "\(search.stderr)")
        let found = try install.run(as: Self.admin, "\(sts) search Məmmədov --db \(db)")
        #expect(found.status == 0, "\(found.stderr)")

        // Any other way: refused by the system.
        let cat = try install.run(as: Self.clerk, "cat \(db) > /dev/null")
        #expect(cat.status != 0 && cat.stderr.contains("Permission denied"), "cat: \(cat.stderr)")
        let shell = try install.run(as: Self.clerk, "sqlite3 \(db) 'SELECT count(*) FROM app_user'")
        #expect(shell.status != 0 && shell.stdout.isEmpty, "sqlite3: \(shell.stdout) \(shell.stderr)")
        let python = try install.run(as: Self.clerk,
            "python3 -c \"import sqlite3; print(sqlite3.connect('\(db)').execute('select count(*) from app_user').fetchone())\"")
        #expect(python.status != 0 && python.stdout.isEmpty, "python: \(python.stdout) \(python.stderr)")
        let move = try install.run(as: Self.admin, "mv \(db) /tmp/stolen.db")
        #expect(move.status != 0 && FileManager.default.fileExists(atPath: db), "mv: \(move.stderr)")
        let link = try install.run(as: Self.clerk, "ln \(db) ~/hard.db")
        #expect(link.status != 0, "ln: \(link.stderr)")

        // --out into the database's directory: the system refuses it, and the certificate is
        // not issued (the file is made before the act).
        let issuedBefore = try auditCount(install, "certificate-issue")
        let evil = try install.run(as: Self.admin, "\(sts) certificate \(pin) --db \(db) --out \(directory)/evil.txt")
        #expect(evil.status == 1 && evil.stderr.contains("Permission denied"), "\(evil.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/evil.txt"))
        #expect(try auditCount(install, "certificate-issue") == issuedBefore, "no certificate was issued")

        // Exports land in the user's home, theirs, mode 0600, and are not overwritten.
        let home = try #require(getpwnam(Self.admin)).pointee
        let homePath = String(cString: home.pw_dir)
        let exported = try install.run(as: Self.admin, "\(sts) certificate \(pin) --db \(db) --out ~/certificate.txt")
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(stat(homePath + "/certificate.txt", &status) == 0)
        #expect(status.st_uid == home.pw_uid && status.st_mode & 0o777 == 0o600,
                "owner \(status.st_uid), mode \(String(status.st_mode & 0o777, radix: 8))")
        let again = try install.run(as: Self.admin, "\(sts) certificate \(pin) --db \(db) --out ~/certificate.txt")
        #expect(again.status == 1 && again.stderr.contains("already exists"), "\(again.stderr)")

        // A backup is the administrator's own file too.
        let backup = try install.run(as: Self.admin, "\(sts) backup ~/backup.db --db \(db)")
        #expect(backup.status == 0 && backup.stdout.contains("integrity check ok"), "\(backup.stdout) \(backup.stderr)")
        #expect(stat(homePath + "/backup.db", &status) == 0 && status.st_uid == home.pw_uid && status.st_mode & 0o777 == 0o600)
        let clerkBackup = try install.run(as: Self.clerk, "\(sts) backup ~/backup.db --db \(db)")
        #expect(clerkBackup.status == 1 && clerkBackup.stderr.contains("not permitted"), "\(clerkBackup.stderr)")

        // A file only the group may read is not read through sts (it reads with the user's rights).
        let secret = install.root + "/group-only.csv"
        try "pin,surname,name\n".write(toFile: secret, atomically: true, encoding: .utf8)
        chown(secret, 0, groupID)
        chmod(secret, 0o640)
        let imported = try install.run(as: Self.admin, "\(sts) import students \(secret) --db \(db)")
        #expect(imported.status != 0 && imported.stderr.contains("Permission denied"), "\(imported.stderr)")

        // A database named by STS_DB that is not the group's own is opened with the user's
        // rights only: the -wal beside the shared database is not taken for a database.
        let sideFile = try install.run(as: Self.admin, "STS_DB=\(db)-wal \(sts) search Aliyev")
        #expect(sideFile.status == 1 && sideFile.stderr.contains("-wal"), "\(sideFile.stderr)")
        #expect(try auditCount(install, "certificate-issue") == issuedBefore + 1)
    }

    @Test(.enabled(if: runnable))
    func theInterfaceWorksForALoginOutsideTheGroupAndARemovedClerkLosesItAtOnce() throws {
        let (install, _, _) = try installed()
        defer { install.tearDown() }
        let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        try session.typeLine("su - \(Self.clerk) -c 'STS_LANG=en \(install.binary) --db \(install.database)'")
        let screen = session.waitFor(timeout: 20) { $0.contains("F10 Quit") }
        #expect(screen.contains("\(Self.clerk) (clerk)"), "\(screen)")
        #expect(screen.contains("Applicants"))
        // The process runs with the user's own groups only, the program's group given up.
        let pids = SSHServer.processes(of: Self.clerk, containing: install.binary)
        let pid = try #require(pids.first)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let gidLine = status.split(separator: "\n").first { $0.hasPrefix("Gid:") }.map(String.init) ?? ""
        let groupID = try #require(getgrnam(Self.group)).pointee.gr_gid
        #expect(!gidLine.split(separator: "\t").dropFirst().contains(Substring(String(groupID))),
                "real, effective, saved and filesystem group are the user's own: \(gidLine)")
        // The administrator removes the clerk (from the command line, another process): the
        // open session loses its rights at once, not at its next start.
        let removed = try install.sts(["users", "remove", Self.clerk])
        #expect(removed.status == 0, "\(removed.stderr)")
        let ended = session.waitFor(timeout: 10) { $0.contains("Access ended") }
        #expect(ended.contains("Access ended"), "the open session was not told: \(ended)")
        #expect(!ended.contains("Applicants"), "no area is left to the removed clerk")
        try session.keys("q")
        _ = session.waitFor { !$0.contains("F10 Quit") }
    }

    private func auditCount(_ install: SharedInstall, _ action: String) throws -> Int {
        let sqlite = try #require(StoreEndToEnd.sqliteShell)
        return Int(try Subprocess.run(sqlite, [install.database, "SELECT count(*) FROM audit_event WHERE action = '\(action)'"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// `init --group` takes only a new or empty directory: today's `--db /root/x.db` would
    /// have handed /root to the group. An empty one it takes over and says so.
    @Test(.enabled(if: runnable))
    func initGivesTheGroupOnlyANewOrEmptyDirectory() throws {
        let install = try SharedInstall(group: Self.group)
        defer { install.tearDown() }
        let busy = install.root + "/busy"
        try FileManager.default.createDirectory(atPath: busy, withIntermediateDirectories: true)
        try "mine".write(toFile: busy + "/notes.txt", atomically: true, encoding: .utf8)
        chmod(busy, 0o755)
        let refused = try Subprocess.run(install.binary, ["init", "--db", busy + "/sts.db", "--group", Self.group])
        #expect(refused.status == 1 && refused.stderr.contains("is not empty") && refused.stderr.contains("notes.txt"),
                "\(refused.stderr)")
        var status = stat()
        #expect(stat(busy, &status) == 0 && status.st_gid == 0 && status.st_mode & 0o7777 == 0o755, "the directory is untouched")
        #expect(!FileManager.default.fileExists(atPath: busy + "/sts.db"))

        let empty = install.root + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let taken = try Subprocess.run(install.binary, ["init", "--db", empty + "/sts.db", "--group", Self.group, "--admin", "root"])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stdout.contains("gave the empty directory") && taken.stdout.contains("made root an administrator"),
                "\(taken.stdout)")
        let groupID = try #require(getgrnam(Self.group)).pointee.gr_gid
        #expect(stat(empty, &status) == 0 && status.st_gid == groupID && status.st_mode & 0o7777 == 0o2770)
        #expect(stat(empty + "/sts.db", &status) == 0 && status.st_gid == groupID && status.st_mode & 0o777 == 0o660)
        // Run again (an upgrade): the directory is the group's now, and nothing is refused.
        let again = try Subprocess.run(install.binary, ["init", "--db", empty + "/sts.db", "--group", Self.group])
        #expect(again.status == 0 && again.stdout.contains("already at schema"), "\(again.stdout) \(again.stderr)")
    }
}
