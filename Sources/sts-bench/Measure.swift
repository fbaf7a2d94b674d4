import Foundation

/// Timing helpers: a monotonic clock and percentiles of many samples.
enum Clock {
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Runs `body` once and returns the elapsed time in microseconds.
    static func micros(_ body: () throws -> Void) rethrows -> Double {
        let start = nanoseconds()
        try body()
        return Double(nanoseconds() - start) / 1_000
    }
}

/// Median, p99 and maximum of a set of samples (microseconds unless said otherwise).
struct Summary {
    let count: Int
    let median: Double
    let p99: Double
    let max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func at(_ q: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
        }
        median = at(0.5)
        p99 = at(0.99)
        max = sorted.last ?? 0
    }
}

/// Formats microseconds readably: µs below a millisecond, ms above.
func duration(_ micros: Double) -> String {
    if micros < 1_000 { return String(format: "%.1f µs", micros) }
    if micros < 1_000_000 { return String(format: "%.2f ms", micros / 1_000) }
    return String(format: "%.2f s", micros / 1_000_000)
}

/// Runs a program to completion (posix_spawn + waitpid), output to files, and returns its
/// exit status and what it printed.
enum Command {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let micros: Double
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    stdinFile: String? = nil) throws -> Result {
        let directory = NSTemporaryDirectory()
        let outPath = directory + "sts-bench-\(getpid())-out"
        let errPath = directory + "sts-bench-\(getpid())-err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        var cArgs = ([executable] + arguments).map { strdup($0) } + [nil]
        var cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let start = Clock.nanoseconds()
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, executable, &actions, &attributes, &cArgs, &cEnv)
        guard code == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(code)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let micros = Double(Clock.nanoseconds() - start) / 1_000
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
        return Result(status: (status >> 8) & 0xFF, stdout: out, stderr: err, micros: micros)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
