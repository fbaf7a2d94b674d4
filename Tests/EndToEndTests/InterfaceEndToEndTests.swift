import Foundation
import Testing

/// The status printed by `echo EXIT=$?` after a command (not the typed command line itself).
func exitStatus(in screen: String) -> Int? {
    guard let range = screen.range(of: #"EXIT=[0-9]+"#, options: .regularExpression) else { return nil }
    return Int(screen[range].dropFirst(5))
}

/// Drives the real `sts` binary in tmux, as a person at a terminal would.
@Suite(.serialized) struct InterfaceEndToEndTests {
    private func session(width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws
        -> (TmuxSession, TemporaryDirectory) {
        let data = try TemporaryDirectory()
        var env = ["XDG_DATA_HOME": data.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "en"]
        for (k, v) in extra { env[k] = v }
        return (try TmuxSession(width: width, height: height, environment: env), data)
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func demoOpensMovesHelpsResizesAndQuitsLeavingTheTerminalUsable() throws {
        let (tmux, _) = try session()
        try tmux.typeLine("\(StsBinary.path) --demo; echo EXIT=$?")
        var screen = tmux.waitFor { $0.contains("F10 Quit") && $0.contains("▶ ") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].contains("STS — Student Tracking System"))
        #expect(lines[0].contains("(administrator)"))
        #expect(lines[0].contains("demo.db"))
        #expect(lines[1].contains("1 Registry"))
        #expect(lines[2].contains("PIN") && lines[2].contains("Surname"))
        #expect(lines[3].hasPrefix("▶ "))

        // Down moves the marker to the next row.
        try tmux.keys("Down")
        screen = tmux.waitFor { $0.split(separator: "\n").dropFirst(4).first?.hasPrefix("▶") == true }
        #expect(screen.split(separator: "\n")[4].hasPrefix("▶ "))

        // Help with F1, closed with Escape; again with "?".
        try tmux.keys("F1")
        screen = tmux.waitFor { $0.contains("Keys") && $0.contains("closes this help") }
        #expect(screen.contains("move in the list"))
        try tmux.keys("Escape")
        screen = tmux.waitFor { !$0.contains("closes this help") }
        #expect(!screen.contains("closes this help"))
        try tmux.keys("?")
        screen = tmux.waitFor { $0.contains("closes this help") }
        #expect(screen.contains("closes this help"))
        try tmux.keys("?")
        _ = tmux.waitFor { !$0.contains("closes this help") }

        // Smaller, too small, and back.
        try tmux.resize(width: 60, height: 20)
        screen = tmux.waitFor { $0.split(separator: "\n").first.map { $0.count <= 60 } == true && $0.contains("F10 Quit") }
        #expect(screen.contains("Surname"))
        #expect(!screen.contains("Father's name"), "narrow windows drop the least needed columns")
        try tmux.resize(width: 30, height: 10)
        screen = tmux.waitFor { $0.contains("too small") }
        #expect(screen.contains("Window too small"))
        try tmux.resize(width: 100, height: 30)
        screen = tmux.waitFor { $0.contains("Father's name") && $0.contains("F10 Quit") }
        #expect(screen.contains("Father's name"))
        #expect(!screen.contains("too small"))

        // q quits; the shell is back with echo and canonical input on.
        try tmux.keys("q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(screen.contains("EXIT=0"))
        try tmux.typeLine("stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END")
        screen = tmux.waitFor { $0.contains("icanon echo END") || $0.contains("-icanon") || $0.contains("-echo ") }
        #expect(screen.contains("icanon echo END"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func azerbaijaniLettersTypeIntoTheJumpFieldAndQIsALetterThere() throws {
        let (tmux, _) = try session(width: 100, height: 30, extra: ["LANG": "C"])
        try tmux.typeLine("\(StsBinary.path) --demo --lang az; echo EXIT=$?")
        _ = tmux.waitFor { $0.contains("F10 Çıxış") }
        try tmux.keys("/")
        try tmux.literal("Qəq")
        var screen = tmux.waitFor { $0.contains("Soyada keç: Qəq") }
        #expect(screen.contains("Soyada keç: Qəq"), "typed under LANG=C, shown as UTF-8")
        try tmux.keys("BSpace")
        screen = tmux.waitFor { $0.contains("Soyada keç: Qə\n") || $0.contains("Soyada keç: Qə ") }
        #expect(!screen.contains("Qəq"))
        #expect(screen.contains("Qurbanov") || screen.contains("Qəhrəmanov") || screen.contains("Quliyev"))
        try tmux.keys("Escape", "q")
        screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(screen.contains("EXIT=0"))
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func oneStepDownSendsFewBytesAndAKeyThatChangesNothingSendsNone() throws {
        let (tmux, _) = try session()
        try tmux.typeLine("\(StsBinary.path) --demo; echo EXIT=$?")
        _ = tmux.waitFor { $0.contains("F10 Quit") && $0.contains("▶ ") }
        usleep(300_000)
        let step = try tmux.bytesWritten { try tmux.keys("Down") }
        #expect(step > 0 && step <= 150, "one step down wrote \(step) bytes")
        let nothing = try tmux.bytesWritten { try tmux.keys("x") }
        #expect(nothing == 0, "a key that changes nothing wrote \(nothing) bytes")
        try tmux.keys("q")
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func hangupEndsTheSessionWithNoStuckProcess() throws {
        let (tmux, _) = try session()
        try tmux.typeLine("exec \(StsBinary.path) --demo")
        _ = tmux.waitFor { $0.contains("F10 Quit") }
        let pid = try #require(Int32((try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"]))
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) == 0)
        try tmux.tmux(["kill-server"], capture: false)
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "sts \(pid) still running after its terminal hung up")
    }

    @Test(.enabled(if: StsBinary.exists))
    func anUnknownTerminalTypeIsOneLineAndExitStatusTwo() throws {
        let data = try TemporaryDirectory()
        // Without a terminal on stdin the interface refuses before curses starts.
        let result = try StsBinary.run(["--demo"], environment: ["XDG_DATA_HOME": data.path, "TERM": "no-such-terminal"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(.enabled(if: StsBinary.exists && TmuxSession.available))
    func anUnknownTermInARealTerminalSaysSoInOneLine() throws {
        let (tmux, _) = try session()
        try tmux.typeLine("TERM=no-such-terminal \(StsBinary.path) --demo; echo EXIT=$?")
        let screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(screen.contains("unknown terminal type \"no-such-terminal\""))
        #expect(screen.contains("EXIT=2"))
    }

    @Test(.enabled(if: StsBinary.exists))
    func helpAndVersion() throws {
        let help = try StsBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("sts --demo"))
        let version = try StsBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("sts "))
        let bad = try StsBinary.run(["--frobnicate"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "sts: unknown option --frobnicate\n")
    }

    /// `man sts` documents every command `sts --help` lists (the installed page is what an
    /// administrator on the server reads).
    @Test(.enabled(if: StsBinary.exists))
    func theManPageDocumentsEveryCommand() throws {
        let help = try StsBinary.run(["--help"]).stdout
        let commands = help.split(separator: "\n")
            .drop { !$0.hasPrefix("Commands") }.dropFirst()
            .prefix { !$0.isEmpty }
            .compactMap { line -> String? in
                let words = line.split(separator: " ")
                return words.first == "sts" && words.count > 1 ? String(words[1]) : nil
            }
        #expect(commands.count >= 14, "commands read from --help: \(commands)")
        let page = try String(contentsOf: StsBinary.packageRoot.appendingPathComponent("Documentation/sts.1"), encoding: .utf8)
        let documented = Set(page.split(separator: "\n").filter { $0.hasPrefix(".B ") }
            .compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) })
        for command in commands {
            #expect(documented.contains(command), "sts.1 has no entry for `sts \(command)`")
        }
    }
}
