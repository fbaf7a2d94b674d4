import Foundation

/// Measurements of the real `sts` binary in tmux: start to first full screen, private memory
/// and CPU of an idle session, bytes sent to the terminal per step and per page.
struct TerminalBench {
    let sts: String
    let database: String
    let socket = "sts-bench-\(getpid())"
    let markFile = NSTemporaryDirectory() + "sts-bench-mark-\(getpid())"

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Command.run("tmux", ["-L", socket] + arguments).stdout
    }

    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "b"])) ?? "" }

    func waitFor(_ timeout: Double = 20, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen()) { return true }
            usleep(20_000)
        }
        return false
    }

    /// The pid of the program the pane's shell is running.
    func programPID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "b", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw BenchError("sts is not running in the benchmark's tmux pane")
        }
        return pid
    }

    func startShell() throws {
        try tmux(["new-session", "-d", "-s", "b", "-x", "100", "-y", "30", "env -i HOME=\(NSHomeDirectory()) TERM=xterm-256color LANG=C.UTF-8 PATH=/usr/bin:/bin PS1='$ ' bash --noprofile --norc"])
        try tmux(["set-option", "-t", "b", "status", "off"])
        _ = waitFor(5) { $0.contains("$") }
    }

    func stop() { _ = try? tmux(["kill-server"]) }

    /// Milliseconds from typing the command to the first full frame (written by sts itself
    /// to `STS_STARTUP_MARK`), over `runs` starts.
    func startToFirstScreen(runs: Int) throws -> Summary {
        var samples: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: markFile)
            try tmux(["send-keys", "-t", "b", "-l", "STS_STARTUP_MARK=\(markFile) \(sts) --db \(database) --lang en"])
            let start = Clock.nanoseconds()
            try tmux(["send-keys", "-t", "b", "Enter"])
            let deadline = Date().addingTimeInterval(20)
            var mark: Int64?
            while mark == nil && Date() < deadline {
                mark = (try? String(contentsOfFile: markFile, encoding: .utf8)).flatMap { Int64($0) }
                if mark == nil { usleep(2_000) }
            }
            guard let mark else { throw BenchError("sts did not draw its first screen within 20 s") }
            samples.append(Double(mark - start) / 1_000)
            _ = waitFor { $0.contains("F10 Quit") }
            try tmux(["send-keys", "-t", "b", "q"])
            _ = waitFor { !$0.contains("F10 Quit") }
        }
        return Summary(samples)
    }

    struct Idle {
        let rssAnonKB: Int
        let cpuTicks: Int
        /// Exact CPU time (`/proc/PID/schedstat`) and how many times it ran.
        let cpuNanoseconds: Int
        let wakeUps: Int
        let seconds: Int
    }

    /// Starts sts, lets it settle, reads RssAnon, then CPU time over `seconds` of idleness.
    func idle(seconds: Int) throws -> Idle {
        try tmux(["send-keys", "-t", "b", "-l", "\(sts) --db \(database) --lang en"])
        try tmux(["send-keys", "-t", "b", "Enter"])
        guard waitFor(20, { $0.contains("F10 Quit") }) else { throw BenchError("sts did not start") }
        let pid = try programPID()
        sleep(2)
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").first { $0.hasPrefix("RssAnon:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? -1
        let before = try cpuTicks(pid)
        let scheduledBefore = schedstat(pid)
        sleep(UInt32(seconds))
        let after = try cpuTicks(pid)
        let scheduledAfter = schedstat(pid)
        return Idle(rssAnonKB: rss, cpuTicks: after - before, cpuNanoseconds: scheduledAfter.0 - scheduledBefore.0,
                    wakeUps: scheduledAfter.1 - scheduledBefore.1, seconds: seconds)
    }

    /// (nanoseconds on a CPU, times scheduled) from /proc/PID/schedstat.
    func schedstat(_ pid: Int32) -> (Int, Int) {
        let fields = ((try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8)) ?? "").split(separator: " ")
        guard fields.count >= 3 else { return (0, 0) }
        return (Int(fields[0]) ?? 0, Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
    }

    /// utime + stime from /proc/PID/stat, in clock ticks.
    func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        guard let close = stat.lastIndex(of: ")") else { throw BenchError("unreadable /proc/\(pid)/stat") }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15 (1-based overall).
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else {
            throw BenchError("unreadable /proc/\(pid)/stat")
        }
        return user + system
    }

    /// Bytes written to the terminal while one key is handled, over `runs` presses.
    func bytes(for key: String, runs: Int) throws -> Summary {
        var samples: [Double] = []
        let file = NSTemporaryDirectory() + "sts-bench-bytes-\(getpid())"
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: file)
            try tmux(["pipe-pane", "-t", "b", "-o", "cat > \(file)"])
            usleep(150_000)
            try tmux(["send-keys", "-t", "b", key])
            usleep(400_000)
            try tmux(["pipe-pane", "-t", "b"])
            usleep(100_000)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            samples.append(Double(size))
        }
        try? FileManager.default.removeItem(atPath: file)
        return Summary(samples)
    }

    func quit() throws {
        try tmux(["send-keys", "-t", "b", "q"])
        _ = waitFor { !$0.contains("F10 Quit") }
    }
}
