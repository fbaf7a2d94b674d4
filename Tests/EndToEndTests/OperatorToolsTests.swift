import Foundation
import Testing

/// Issue 17, the operator's tools, on the real binary: the progress line of a long import on
/// a terminal and its absence in a pipe, the rejects file and the corrected file loaded
/// again, and a terminal that cannot move the cursor refused in one line.
@Suite(.serialized, .enabled(if: StoreEndToEnd.hasBinary, StoreEndToEnd.missingBinary))
struct OperatorToolsTests {
    static let rows = 100_000

    @Test(.enabled(if: TmuxSession.available))
    func aLongImportShowsOneProgressLineOnATerminalAndNoneInAPipe() throws {
        let directory = try StoreEndToEnd.directory()
        try Data(StoreEndToEnd.studentCSV(0..<Self.rows).utf8).write(to: directory.appendingPathComponent("big.csv"))
        let tmux = try TmuxSession(width: 100, height: 12, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.typeLine("cd \(directory.path) && \(StoreEndToEnd.binary) import students big.csv --db t.db; echo EXIT=$?")
        let progress = tmux.waitFor(timeout: 60) { $0.contains("big.csv: ") && $0.contains(" rows/s") && $0.contains(" left") }
        let line = progress.split(separator: "\n").filter { $0.hasPrefix("big.csv: ") }
        #expect(line.count == 1, "one progress line: \(progress)")
        #expect(line.first.map { $0.contains(" rows · ") && $0.contains(" %") } ?? false)
        // Redrawn in place: later the numbers have moved on and there is still one line.
        let later = tmux.waitFor(timeout: 60) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("big.csv: ") && !line.contains($0) } || exitStatus(in: screen) != nil
        }
        #expect(later.split(separator: "\n").filter { $0.hasPrefix("big.csv: ") }.count <= 1, "\(later)")
        let done = tmux.waitFor(timeout: 180) { exitStatus(in: $0) != nil }
        #expect(exitStatus(in: done) == 0)
        // The summary took the progress line's place.
        #expect(done.contains("loaded \(Self.rows) · already present 0 · refused 0"))
        #expect(!done.contains("big.csv: "), "\(done)")

        // The same work with standard error in a file: the summary only, no carriage return.
        let piped = try StoreEndToEnd.run(["import", "students", "big.csv", "--db", "p.db"], in: directory)
        #expect(piped.status == 0)
        #expect(piped.stdout == "loaded \(Self.rows) · already present 0 · refused 0\n")
        #expect(piped.stderr.isEmpty)
        #expect(!piped.stdout.contains("\r"))
    }

    @Test func quietPrintsNothingButTheRefusedRows() throws {
        let directory = try StoreEndToEnd.directory()
        var text = StoreEndToEnd.studentCSV(0..<5)
        text += "\(StoreEndToEnd.pin(99)),Bad,Date,x,1990-02-30,2009,BDU,B,state,bachelor,4,050509,K,admitted,studying,,,,\n"
        try Data(text.utf8).write(to: directory.appendingPathComponent("s.csv"))
        let quiet = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db", "--quiet"], in: directory)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(quiet.stderr == "line 7, column birth_date: \"1990-02-30\" is not a valid date\n")
    }

    @Test func refusedRowsGoToTheRejectsFileAndTheCorrectedFileLoadsWithoutDuplicates() throws {
        let directory = try StoreEndToEnd.directory()
        let bad = [
            "\(StoreEndToEnd.pin(91)),Bad,Date,x,1990-02-30,2009,BDU,B,state,bachelor,4,050509,K,admitted,studying,,,,",
            "\(StoreEndToEnd.pin(92)),Bad,Date,y,1991-02-29,2009,BDU,B,state,bachelor,4,050509,K,admitted,studying,,,,",
            "\(StoreEndToEnd.pin(93)),Bad,Fund,x,1990-01-01,2009,BDU,\"Bakı, \"\"BDU\"\"\",free,bachelor,4,050509,K,admitted,studying,,,,",
            "\(StoreEndToEnd.pin(94)),Short,Row",
        ]
        let header = StoreEndToEnd.studentCSV(0..<0).trimmingCharacters(in: .newlines)
        let text = StoreEndToEnd.studentCSV(0..<10).trimmingCharacters(in: .newlines) + "\n" + bad.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: directory.appendingPathComponent("s.csv"))
        let first = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db", "--rejects", "fix.csv"], in: directory)
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "with --rejects the rows are in the file, not on standard error")
        #expect(first.stdout.hasPrefix("""
            loaded 10 · already present 0 · refused 4
              2 rows: birth_date is not a valid date (first on line 12)

            """))
        #expect(first.stdout.contains("4 refused rows are in fix.csv with their line and reason; correct them there and load it: sts import students fix.csv"))
        let rejectsPath = directory.appendingPathComponent("fix.csv").path
        let bytes = try Data(contentsOf: URL(fileURLWithPath: rejectsPath))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == """
            \(header),line,reason\r
            \(bad[0]),12,"birth_date: ""1990-02-30"" is not a valid date"\r
            \(bad[1]),13,"birth_date: ""1991-02-29"" is not a valid date"\r
            \(bad[2]),14,"funding: ""free"" is not one of state, paid"\r
            \(bad[3]),15,"3 fields, but the header has 19"\r

            """)
        let mode = try FileManager.default.attributesOfItem(atPath: rejectsPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // An existing file is not written over without --force.
        let again = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db", "--rejects", "fix.csv"], in: directory)
        #expect(again.status == 2)
        #expect(again.stderr == "sts: fix.csv already exists; name another file, or add --force to replace it\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: rejectsPath)) == bytes)
        let forced = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db", "--rejects", "fix.csv", "--force"],
                                           in: directory)
        #expect(forced.status == 0)
        #expect(forced.stdout.hasPrefix("loaded 0 · already present 10 · refused 4\n"))

        // Without --rejects the summary says how to get the file.
        let plain = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db"], in: directory)
        #expect(plain.stderr.split(separator: "\n").count == 4)
        #expect(plain.stdout.contains("sts import students s.csv --rejects FILE"))

        // The administrator corrects three rows in the rejects file and loads it as it is.
        let corrected = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: ",1990-02-30,", with: ",1990-02-28,")
            .replacingOccurrences(of: ",1991-02-29,", with: ",1991-03-01,")
            .replacingOccurrences(of: ",free,", with: ",paid,")
        try Data(corrected.utf8).write(to: directory.appendingPathComponent("fixed.csv"))
        let fixed = try StoreEndToEnd.run(["import", "students", "fixed.csv", "--db", "s.db", "--rejects", "fix-2.csv"], in: directory)
        #expect(fixed.status == 0)
        #expect(fixed.stdout.hasPrefix("loaded 3 · already present 0 · refused 1\n"))
        let twice = try StoreEndToEnd.run(["import", "students", "fixed.csv", "--db", "s.db"], in: directory)
        #expect(twice.stdout.hasPrefix("loaded 0 · already present 3 · refused 1\n"))
        let whole = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db"], in: directory)
        #expect(whole.stdout.hasPrefix("loaded 0 · already present 10 · refused 4\n"))
        if let count = try StoreEndToEnd.sql(directory.appendingPathComponent("s.db"), "SELECT count(*) FROM student_record") {
            #expect(count == "13")
        }
    }

    @Test(.enabled(if: TmuxSession.available))
    func aTerminalThatCannotMoveTheCursorIsRefusedInOneLine() throws {
        let data = try TemporaryDirectory()
        let tmux = try TmuxSession(width: 140, height: 12, environment: [
            "XDG_DATA_HOME": data.path, "LANG": "C.UTF-8", "STS_LANG": "en", "TERM": "xterm-256color"])
        try tmux.typeLine("TERM=dumb \(StoreEndToEnd.binary) --demo; echo EXIT=$?")
        let screen = tmux.waitFor { exitStatus(in: $0) != nil }
        #expect(exitStatus(in: screen) == 2)
        #expect(screen.contains("sts: TERM=dumb cannot move the cursor, which the full screen needs; set TERM to your terminal's type"))
        #expect(screen.split(separator: "\n").filter { $0.hasPrefix("sts: ") }.count == 1)
        // Refused before anything was done: no demo database was made.
        #expect(!FileManager.default.fileExists(atPath: data.path + "/sts/demo.db"))

        // Any terminfo entry without `cup`, not only "dumb".
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tic") else { return }
        let source = data.path + "/nocup.src"
        try "nocup|a printing terminal,\n\tam, cols#80, lines#24, bel=^G, cr=\\r, cud1=\\n, ind=\\n,\n"
            .write(toFile: source, atomically: true, encoding: .utf8)
        _ = try Subprocess.run("/usr/bin/tic", ["-o", data.path + "/terminfo", source])
        try tmux.typeLine("TERMINFO=\(data.path)/terminfo TERM=nocup \(StoreEndToEnd.binary) --demo; echo EXIT=$?")
        // (Each typed command line shows "EXIT=$?"; each result "EXIT=" and a number.)
        let other = tmux.waitFor { $0.components(separatedBy: "EXIT=2").count == 3 }
        #expect(other.components(separatedBy: "EXIT=2").count == 3)
        #expect(other.contains("sts: TERM=nocup cannot move the cursor"))
    }
}
