import Foundation
import Testing

/// Issue 12, "Roles that hold": a user demoted or removed by another session loses the
/// rights in the interface that is already open — at its next key or idle tick, not at its
/// next start. The change is made from outside with the sqlite3 shell (the test runs as one
/// Unix login, which cannot demote itself through `sts`); the open session only sees that
/// another connection committed (`PRAGMA data_version`) and reads its user again.
@Suite(.serialized) struct SessionRoleEndToEndTests {
    @Test(.enabled(if: StsBinary.exists && TmuxSession.available && StoreEndToEnd.sqliteShell != nil))
    func aDemotedThenRemovedUserLosesRightsInTheOpenSession() throws {
        let data = try TemporaryDirectory()
        let database = URL(fileURLWithPath: data.path + "/roles.db")
        let db = ["--db", database.path]
        #expect(try StsBinary.run(["init"] + db).status == 0)
        #expect(try StsBinary.run(["demo", "--students", "200", "--applicants", "5"] + db).status == 0)
        #expect(try StsBinary.run(["users", "add", "kamran", "--role", "admin"] + db).status == 0)
        let me = try #require(try StoreEndToEnd.sql(database, "SELECT login FROM app_user WHERE login <> 'kamran'"))
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let tmux = try TmuxSession(width: 110, height: 30, environment: [
            "XDG_DATA_HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en"])
        try tmux.typeLine("\(StsBinary.path) --db \(database.path); echo EXIT=$?")
        var screen = tmux.waitFor { $0.contains("(administrator)") && $0.contains("F10 Quit") }
        #expect(screen.split(separator: "\n")[1].contains("Admin"))

        _ = try StoreEndToEnd.sql(database, """
            UPDATE app_user SET role = 'ssac', institution_id = NULL, version = version + 1 WHERE login = '\(me)'
            """)
        screen = tmux.waitFor { $0.contains("Your role changed") }
        #expect(screen.contains("you are now SSAC staff"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { !$0.contains("Your role changed") && $0.contains("(SSAC staff)") }
        let tabs = String(screen.split(separator: "\n")[1])
        #expect(tabs.contains("Registry") && tabs.contains("Inquiries"))
        #expect(!tabs.contains("Admin"), "the Admin area is gone at once: \(tabs)")
        #expect(!tabs.contains("Applicants"), "so is the admissions desk: \(tabs)")

        _ = try StoreEndToEnd.sql(database, "DELETE FROM app_user WHERE login = '\(me)'")
        screen = tmux.waitFor { $0.contains("no longer a user") }
        #expect(screen.contains("Access ended"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { !$0.contains("Access ended") }
        #expect(!screen.contains("Registry") && !screen.contains("Inquiries"), "no area is left")
        try tmux.keys("q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(exitStatus(in: screen) == 0)
    }
}
