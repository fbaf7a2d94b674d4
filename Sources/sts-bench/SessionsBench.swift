import CPOSIX
import Domain
import Foundation
import Storage

/// The national deployment on one server (issue 16): `sessions` processes open on one
/// database for `seconds`, of which `active` act like people at speed while one
/// `sts import students` runs; the rest are real `sts` interface sessions, each on a
/// pseudo-terminal of its own, idle (blocked on input, waking once a second to ask
/// `PRAGMA data_version`, redrawing their live list when the import changes it).
///
/// The active sessions are `sts-bench --session-worker` processes calling the same Storage
/// services the screens call (RegistryService, the applicant repository) with a person's
/// think time between actions; each action is timed from its start to its answer, retries
/// included. What they do not include is drawing the answer (measured on its own: a step down
/// a list is a few hundred microseconds).
enum SessionsBench {
    enum Action: String, CaseIterable {
        case pinSearch = "PIN search with purpose"
        case certificate = "certificate issue"
        case nameSearch = "name search, first 50"
        case paging = "registry page down"
        case applicantSave = "applicant save"
    }

    // MARK: - One active session

    /// `sts-bench --session-worker DB SECONDS SEED OUT`: writes `action micros retries` lines
    /// and a last line `end refusals locked errors first-error`.
    static func worker(path: String, seconds: Double, seed: Int, out: String) -> Never {
        var lines: [String] = []
        var refusals = 0, locked = 0, errors = 0
        var firstError = ""
        do {
            let database = try Store.open(path: path)
            let login = String(cString: getpwuid(getuid()).pointee.pw_name)
            guard let user = try SQLiteUserRepository(database: database).user(login: login) else {
                throw BenchError("\(login) is not a user of \(path)")
            }
            let caller = Caller(user: user)
            let service = RegistryService(database: database, caller: caller)
            let registry = SQLiteRegistryRepository(database: database, browsingAs: caller)
            let applicants = SQLiteApplicantRepository(database: database)
            var random = SeededRandom(seed: UInt64(seed))
            let count = try database.scalarInt("SELECT max(id) FROM student_record")
            var pins: [PIN] = []
            while pins.count < 500 {
                let id = 1 + random.below(max(count, 1))
                if let pin = try database.first("SELECT pin FROM student_record WHERE id = ? AND pin IS NOT NULL", [id], { $0.text(0) }) {
                    pins.append(PIN(unchecked: pin))
                }
            }
            let surnames = ["Məmmədov", "Əliyev", "Hüseynova", "Quliyev", "Həsənov", "İsmayılova", "Abbasov", "Kərimov"]
            let applicantIDs = try database.rows("SELECT id FROM applicant ORDER BY id LIMIT 200") { $0.int64(0) }
            var cursor: RegistryCursor?
            let deadline = Clock.nanoseconds() + Int64(seconds * 1_000_000_000)
            while Clock.nanoseconds() < deadline {
                let roll = random.below(100)
                let action: Action = roll < 35 ? .pinSearch : roll < 50 ? .certificate : roll < 70 ? .nameSearch
                    : roll < 85 ? .paging : .applicantSave
                var retries = 0
                let start = Clock.nanoseconds()
                do {
                    switch action {
                    case .pinSearch:
                        _ = try service.records(pin: pins[random.below(pins.count)], purpose: .citizenRequest)
                    case .certificate:
                        _ = try service.issueCertificate(pin: pins[random.below(pins.count)], purpose: .verification)
                    case .nameSearch:
                        _ = try service.search(NameQuery(surnamePrefix: surnames[random.below(surnames.count)]),
                                               after: nil, limit: 50, newSearch: true)
                    case .paging:
                        let page = try registry.rows(after: cursor, limit: 40)
                        cursor = page.count == 40 ? page.last?.cursor : nil
                    case .applicantSave:
                        guard !applicantIDs.isEmpty else { break }
                        let id = applicantIDs[random.below(applicantIDs.count)]
                        while true {
                            guard var applicant = try applicants.applicant(id: id, by: caller) else { break }
                            applicant.contact = "+994 50 \(random.below(9_000_000) + 1_000_000)"
                            do {
                                _ = try applicants.update(applicant, by: caller)
                                break
                            } catch is ConflictError {
                                retries += 1 // another session saved first: read again, as a clerk would
                            }
                        }
                    }
                    let micros = (Clock.nanoseconds() - start) / 1_000
                    lines.append("\(action.rawValue)\t\(micros)\t\(retries)")
                } catch let error as DatabaseError where error.isBusy {
                    locked += 1
                    if firstError.isEmpty { firstError = String(describing: error) }
                } catch is PermissionError {
                    refusals += 1
                } catch {
                    errors += 1
                    if firstError.isEmpty { firstError = String(describing: error) }
                }
                // A person reads the answer and types the next thing: 0.2–1 s.
                usleep(useconds_t(200_000 + random.below(800_000)))
            }
        } catch {
            errors += 1
            firstError = String(describing: error)
        }
        lines.append("end\t\(refusals)\t\(locked)\t\(errors)\t\(firstError.replacingOccurrences(of: "\n", with: " "))")
        _ = FileManager.default.createFile(atPath: out, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        exit(0)
    }

    // MARK: - The whole run

    struct Result {
        let sessions: Int
        let active: Int
        let seconds: Double
        var timings: [Action: [Int64]] = [:]
        var retries = 0
        var refusals = 0
        var locked = 0
        var errors: [String] = []
        var idleStarted = 0
        var rssAnonTotalKB = 0
        var rssAnonIdleMaxKB = 0
        var idleCPUSeconds = 0.0
        var importSeconds = 0.0
        var importStatus: Int32 = 0
        var integrity = ""
        var openFilesPerSession = 0
    }

    static func run(sts: String, bench: String, database: String, csv: String?, directory: String,
                    sessions: Int, active: Int, seconds: Double) throws -> Result {
        var result = Result(sessions: sessions, active: active, seconds: seconds)
        // The idle sessions: real interfaces on pseudo-terminals.
        let idle = try IdleSessions(sts: sts, database: database, count: sessions - active)
        defer { idle.stop() }
        result.idleStarted = idle.waitUntilDrawn(timeout: 60 + Double(sessions) / 10)
        let cpuBefore = idle.cpuSeconds()
        // The importer and the active sessions start together.
        var importer: pid_t = 0
        let importStart = Clock.nanoseconds()
        if let csv {
            importer = try spawn(sts, ["import", "students", csv, "--db", database], output: directory + "/sessions-import.out")
        }
        var workers: [(pid_t, String)] = []
        for index in 0..<active {
            let out = directory + "/sessions-worker-\(index).out"
            try? FileManager.default.removeItem(atPath: out)
            let pid = try spawn(bench, ["--session-worker", database, String(seconds), String(index + 101), out],
                                output: "/dev/null")
            workers.append((pid, out))
        }
        // Memory when everyone is at work (half-way), then wait for the end.
        usleep(useconds_t(seconds * 500_000))
        let rss = idle.rssAnonKB() + workers.map { rssAnonKB(of: $0.0) }.reduce(0, +)
        result.rssAnonTotalKB = rss
        result.rssAnonIdleMaxKB = idle.maxRssAnonKB()
        result.openFilesPerSession = idle.openFiles()
        for (pid, _) in workers { waitFor(pid) }
        if importer != 0 {
            result.importStatus = waitFor(importer)
            result.importSeconds = Double(Clock.nanoseconds() - importStart) / 1e9
        }
        result.idleCPUSeconds = idle.cpuSeconds() - cpuBefore
        for (_, out) in workers {
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if parts.first == "end", parts.count >= 5 {
                    result.refusals += Int(parts[1]) ?? 0
                    result.locked += Int(parts[2]) ?? 0
                    if (Int(parts[3]) ?? 0) > 0 { result.errors.append(parts[4]) }
                } else if parts.count == 3, let action = Action(rawValue: parts[0]), let micros = Int64(parts[1]) {
                    result.timings[action, default: []].append(micros)
                    result.retries += Int(parts[2]) ?? 0
                }
            }
            if text.isEmpty { result.errors.append("a worker wrote nothing") }
        }
        let check = try Database(path: database)
        result.integrity = try check.scalarText("PRAGMA integrity_check")
        return result
    }

    // MARK: - Processes

    @discardableResult
    static func spawn(_ executable: String, _ arguments: [String], output: String,
                      terminal: String? = nil, environment: [String: String] = [:]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let terminal {
            for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, terminal, O_RDWR, 0) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, output, O_WRONLY | O_APPEND, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, sts_posix_spawn_setsid())
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") }
        envp.append(nil)
        var args: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) }
        args.append(nil)
        defer { (args + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, &args, &envp)
        guard code == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))") }
        return pid
    }

    @discardableResult
    static func waitFor(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    static func rssAnonKB(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("RssAnon:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func cpuSeconds(of pid: pid_t) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

/// Real `sts` interface sessions, each on a pseudo-terminal whose output is read and thrown
/// away (as a terminal would show it), none typing.
final class IdleSessions: @unchecked Sendable { // state shared with the reader thread is under `lock`
    private var masters: [Int32] = []
    private(set) var pids: [pid_t] = []
    private var bytes: [Int] = []
    private let lock = NSLock()
    private var running = true
    private var reader: Thread?

    init(sts: String, database: String, count: Int) throws {
        for _ in 0..<count {
            let master = posix_openpt(O_RDWR | O_NOCTTY)
            guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
                throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
            }
            let pid = try SessionsBench.spawn(sts, ["--db", database], output: "", terminal: String(cString: name),
                                              environment: ["TERM": "xterm-256color", "LINES": "30", "COLUMNS": "100",
                                                            "STS_LANG": "en"])
            masters.append(master)
            pids.append(pid)
            bytes.append(0)
        }
        let thread = Thread { [unowned self] in self.drain() }
        thread.stackSize = 1 << 20
        reader = thread
        thread.start()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while lock.withLock({ running }) {
            var fds = masters.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), 200)
            guard ready > 0 else { continue }
            for (index, entry) in fds.enumerated() where entry.revents != 0 {
                let n = read(entry.fd, &buffer, buffer.count)
                if n > 0 { lock.withLock { bytes[index] += n } }
            }
        }
    }

    /// Waits until every session has drawn its first screen; returns how many did.
    func waitUntilDrawn(timeout: Double) -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let drawn = lock.withLock { bytes.filter { $0 > 2_000 }.count }
            if drawn == pids.count { return drawn }
            usleep(200_000)
        }
        return lock.withLock { bytes.filter { $0 > 2_000 }.count }
    }

    func cpuSeconds() -> Double { pids.map(SessionsBench.cpuSeconds(of:)).reduce(0, +) }
    func rssAnonKB() -> Int { pids.map(SessionsBench.rssAnonKB(of:)).reduce(0, +) }
    func maxRssAnonKB() -> Int { pids.map(SessionsBench.rssAnonKB(of:)).max() ?? 0 }

    /// Open file descriptors of one session (the database, its -wal and -shm, the terminal).
    func openFiles() -> Int {
        guard let pid = pids.first else { return 0 }
        return (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? 0
    }

    func stop() {
        for pid in pids { kill(pid, SIGTERM) }
        for pid in pids { SessionsBench.waitFor(pid) }
        lock.withLock { running = false }
        usleep(300_000)
        for master in masters { close(master) }
    }
}

// MARK: - In the report

extension SessionsBench {
    /// A CSV of `rows` people who are not in the registry yet: the records of `source` with
    /// their PIN's first character made `Z` and the diploma number marked, so the import
    /// during the load inserts a year's file instead of finding every row already present.
    static func newPeopleCSV(from source: String, to path: String, rows: Int) throws {
        if FileManager.default.fileExists(atPath: path) { return }
        try RegistryBench(path: source).exportCSV(to: path, rows: rows, asNewPeople: true)
    }

    /// Runs each size on a fresh copy of `database` (so every run imports the same new file
    /// into the same registry) and adds its lines to the report. The 400-session run carries
    /// DESIGN.md's budgets.
    static func measure(into report: inout Report, sts: String, bench: String, database: String, csv: String,
                        directory: String, sizes: [Int], active: Int, seconds: Double) throws {
        for sessions in sizes {
            let copy = directory + "/sessions.db"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
            let copied = try Command.run("/bin/cp", [database, copy])
            guard copied.status == 0 else { throw BenchError("cannot copy \(database): \(copied.stderr)") }
            // Applicants for the clerks' saves (the registry database has none of its own):
            // those of a small demo database, copied in.
            let source = directory + "/applicants-source.db"
            if !FileManager.default.fileExists(atPath: source) {
                let made = try Command.run(sts, ["demo", "--students", "200", "--applicants", "300", "--quiet", "--db", source])
                guard made.status == 0 else { throw BenchError("sts demo --applicants: \(made.stderr)") }
            }
            // Both at the current schema (a source made by an older build lacks the columns
            // later migrations added, and `SELECT *` would not fit).
            _ = try Store.open(path: source)
            let target = try Store.open(path: copy)
            try target.execute("ATTACH DATABASE '\(source)' AS source")
            try target.write { try target.execute("INSERT OR IGNORE INTO main.applicant SELECT * FROM source.applicant") }
            try target.execute("DETACH DATABASE source")
            print("\(sessions) sessions (\(active) at work, an import of \(csv) running) for \(Int(seconds)) s …")
            let r = try run(sts: sts, bench: bench, database: copy, csv: csv, directory: directory,
                            sessions: sessions, active: active, seconds: seconds)
            let atBudget = sessions == 400
            let budgets: [Action: Int64] = [.pinSearch: 5_000, .certificate: 50_000, .applicantSave: 100_000]
            for action in Action.allCases {
                let values = (r.timings[action] ?? []).sorted()
                guard !values.isEmpty else { continue }
                let p50 = Double(values[values.count / 2]), p99 = Double(values[min(values.count - 1, values.count * 99 / 100)])
                let max = Double(values.last ?? 0)
                let budget = budgets[action].map { "p99 ≤ \(duration(Double($0)))" } ?? ""
                report.add("\(sessions) sessions: \(action.rawValue) (\(values.count) times)",
                           "p50 \(duration(p50)) · p99 \(duration(p99)) · max \(duration(max))",
                           budget: atBudget ? budget : "", met: atBudget && !budget.isEmpty ? p99 <= Double(budgets[action] ?? 0) : nil)
            }
            report.add("\(sessions) sessions: retries (conflicts re-read) · refusals · \"database is locked\" seen",
                       "\(r.retries) · \(r.refusals) · \(r.locked)", budget: atBudget ? "never locked" : "",
                       met: atBudget ? r.locked == 0 && r.errors.isEmpty : nil,
                       comparison: r.errors.isEmpty ? "" : "errors: \(r.errors.count), first: \(r.errors[0].prefix(160))")
            let perSession = r.rssAnonTotalKB / Swift.max(1, sessions)
            report.add("\(sessions) sessions: private memory (RssAnon), all sessions",
                       String(format: "%.0f MB in all, %d kB a session on average, largest idle %d kB",
                              Double(r.rssAnonTotalKB) / 1024, perSession, r.rssAnonIdleMaxKB),
                       budget: atBudget ? "≤ 2 GB" : "", met: atBudget ? r.rssAnonTotalKB <= 2 * 1024 * 1024 : nil)
            report.add("\(sessions) sessions: CPU of the \(sessions - active) idle sessions over the run",
                       String(format: "%.1f s of CPU in %.0f s (%.1f%% of one core); %d of %d drew their first screen; %d open files each",
                              r.idleCPUSeconds, seconds, 100 * r.idleCPUSeconds / seconds, r.idleStarted, sessions - active,
                              r.openFilesPerSession))
            report.add("\(sessions) sessions: the import of 1 000 000 new people alongside",
                       String(format: "%.1f s, exit %d; integrity_check after: %@", r.importSeconds, r.importStatus, r.integrity),
                       budget: atBudget ? "integrity ok" : "", met: atBudget ? r.integrity == "ok" && r.importStatus == 0 : nil)
        }
    }
}
