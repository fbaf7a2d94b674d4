import Foundation
import Testing

/// Issue 15, "screens that are current", in the real `sts --demo` in tmux at 80×24: a
/// dismissal saved in Students shows its two 4.12 notices in Deadlines at once, in the same
/// session, though Deadlines had been read before (it took a restart until now).
@Suite(.serialized, .enabled(if: StsBinary.exists && TmuxSession.available))
struct CurrentScreensEndToEndTests {
    private func start() throws -> (TmuxSession, TemporaryDirectory) {
        let data = try TemporaryDirectory()
        let env = ["XDG_DATA_HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en",
                   "TZ": "Asia/Baku"]
        let tmux = try TmuxSession(width: 80, height: 24, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        let shown = tmux.waitFor(timeout: 30) { $0.contains("F10 Quit") }
        #expect(shown.contains("F10"))
        return (tmux, data)
    }

    /// The demo's areas for its administrator-and-clerk: 1 Registry, 2 Applicants, 3 Students, 4 Deadlines.
    private func open(_ tmux: TmuxSession, _ digit: String, showing: String) -> String {
        try? tmux.keys(digit)
        return tmux.waitFor { $0.contains(showing) }
    }

    @Test func aDismissalInStudentsShowsItsNoticesInDeadlinesWithoutARestart() throws {
        let (tmux, data) = try start()
        defer { withExtendedLifetime(data) {} }
        // Deadlines read first, as a clerk starting the day would.
        var screen = open(tmux, "4", showing: "d Mark done")
        try tmux.keys("G")
        screen = tmux.waitFor { $0.contains("4.8 2026 yearly report") }
        screen = open(tmux, "3", showing: "r Residence document")
        let rows = screen.split(separator: "\n").map(String.init)
        let enrolled = try #require(rows.firstIndex { $0.contains(" enrolled ") },
                                    "an enrolled student on the first page: \(screen)")
        let first = try #require(rows.firstIndex { $0.hasPrefix("▶ ") })
        let words = rows[enrolled].dropFirst(2).split(separator: " ").map(String.init)
        let who = words[1] + " " + words[2]
        for _ in first..<enrolled { try tmux.keys("Down") }
        try tmux.keys("s")
        tmux.waitFor { $0.contains(who + " — Status change") }
        // Event: take leave → transfer → dismissal; ground: the second (3.1.2).
        try tmux.keys("Right", "Right", "Tab", "Tab", "Right")
        tmux.waitFor { $0.contains("◂ dismissal ▸") }
        try tmux.keys("Enter")
        // The dismissal asks first (an official act, issue 15); Enter confirms it.
        tmux.waitFor { $0.contains("[ Dismiss ]") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("dismissed; 4.12 notices due by") }
        #expect(screen.contains("dismissed; 4.12 notices due by"))
        screen = open(tmux, "4", showing: "d Mark done")
        try tmux.keys("G")
        // "4.12 № 219 Abenov Askar: notice → …" (the applicant's number beside the name).
        screen = tmux.waitFor { $0.components(separatedBy: " \(who): notice").count == 3 }
        let notices = screen.split(separator: "\n").filter { $0.contains(" 4.12 ") && $0.contains(" \(who): notice") }
        #expect(notices.count == 2, "both 4.12 notices, without a restart: \(screen)")
        #expect(notices.allSatisfy { $0.contains("days left") })
        try tmux.keys("q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(exitStatus(in: screen) == 0)
    }
}
