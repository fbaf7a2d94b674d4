import Foundation

/// A tmux server of the test's own (its own socket), with one window running a shell, so a
/// test can type into the real `sts` and read the screen as a person would.
final class TmuxSession {
    let socket: String
    let name = "e2e"

    init(width: Int, height: Int, environment: [String: String]) throws {
        try MakeTest.require("tmux", at: "/usr/bin/tmux")
        socket = "sts-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var exports = environment.map { "export \($0.key)='\($0.value)'" }.sorted()
        exports.append("export PS1='$ '")
        let rc = NSTemporaryDirectory() + socket + ".rc"
        try (exports.joined(separator: "\n") + "\n").write(toFile: rc, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "bash --noprofile --rcfile \(rc)"], capture: false)
        try tmux(["set-option", "-t", name, "status", "off"])
        _ = waitFor { $0.contains("$") }
    }

    deinit { _ = try? tmux(["kill-server"], capture: false) }

    /// Runs a tmux command on this test's server. The command that starts the server must
    /// not capture output: the server would inherit the pipe and it would never reach EOF.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        try Subprocess.run("tmux", ["-L", socket] + arguments, capture: capture).stdout
    }

    /// Types text followed by Enter.
    func typeLine(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Sends tmux key names (Down, PageDown, F1, Escape, q …).
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", name] + names)
    }

    /// Sends literal text (Azerbaijani letters and all).
    func literal(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until the condition holds (or ~10 s pass); returns the last screen.
    @discardableResult
    func waitFor(timeout: Double = 20, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while !condition(last) && Date() < deadline {
            usleep(50_000)
            last = screen()
        }
        if !condition(last) {
            // Keep the whole screen for whoever reads the failure (test output truncates it).
            try? last.write(toFile: NSTemporaryDirectory() + "sts-e2e-timeout.txt", atomically: true, encoding: .utf8)
        }
        return last
    }

    /// The pid of the program running in the pane's shell (the `sts` process), if any.
    func childPID() -> Int32? {
        guard let shell = Int32((try? tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Counts the bytes the program writes to the terminal while `action` runs.
    func bytesWritten(during action: () throws -> Void) throws -> Int {
        let file = NSTemporaryDirectory() + socket + ".bytes"
        try? FileManager.default.removeItem(atPath: file)
        try tmux(["pipe-pane", "-t", name, "-o", "cat > \(file)"], capture: false)
        usleep(200_000)
        try action()
        usleep(600_000)
        try tmux(["pipe-pane", "-t", name], capture: false)
        usleep(200_000)
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: file)
        return size
    }

    static var available: Bool {
        MakeTest.runs(needing: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"))
    }
}
