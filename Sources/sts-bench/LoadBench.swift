import Domain
import Foundation
import Storage

/// The load test of the shared server (issue "many sessions over SSH"): `workers` processes
/// issue certificates and edit registry records on one database at once for `seconds`.
/// Each edit is optimistic (read the version, save against it; on a conflict read again and
/// retry, as a clerk would after reloading). Afterwards: no worker saw an error, the number of
/// successful edits equals the versions the edited records gained (no lost update), and
/// `PRAGMA integrity_check` is ok.
enum LoadBench {
    static let editedRecords = 64

    struct Outcome {
        var certificates = 0
        var edits = 0
        var conflicts = 0
        var errors: [String] = []
    }

    /// One worker process: `sts-bench --load-worker DB SECONDS SEED`; prints one line
    /// `certificates edits conflicts errors` and the first error, if any.
    static func worker(path: String, seconds: Double, seed: Int) -> Never {
        var outcome = Outcome()
        do {
            let database = try Database(path: path)
            let registry = SQLiteRegistryRepository(database: database, browsingAs: Caller(login: "load-\(seed)", role: .ssac))
            let certificates = SQLiteCertificateRepository(database: database)
            let caller = Caller(login: "load-\(seed)", role: .ssac)
            let pins = try database.rows("SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 2000") { PIN(unchecked: $0.text(0)) }
            let ids = try database.rows("SELECT id FROM student_record ORDER BY id LIMIT ?", [editedRecords]) { $0.int64(0) }
            var random = SeededRandom(seed: UInt64(seed))
            let deadline = Clock.nanoseconds() + Int64(seconds * 1_000_000_000)
            while Clock.nanoseconds() < deadline {
                do {
                    if random.chance(0.5) {
                        let pin = pins[random.below(pins.count)]
                        let records = try registry.records(pin: pin)
                        let snapshot = records.map { "\($0.name.full) \($0.admissionYear) \($0.institutionName)" }.joined(separator: "\n")
                        _ = try certificates.issue(pin: pin, purpose: "load test", snapshot: snapshot, by: caller)
                        outcome.certificates += 1
                    } else {
                        let id = ids[random.below(ids.count)]
                        while true {
                            guard var record = try registry.record(id: id) else { throw BenchError("record \(id) vanished") }
                            record.yearsOfStudy = record.yearsOfStudy % 6 + 1
                            do {
                                _ = try registry.update(record, by: caller)
                                outcome.edits += 1
                                break
                            } catch is ConflictError {
                                outcome.conflicts += 1
                            }
                        }
                    }
                } catch {
                    outcome.errors.append(String(describing: error))
                }
            }
        } catch {
            outcome.errors.append(String(describing: error))
        }
        print("\(outcome.certificates) \(outcome.edits) \(outcome.conflicts) \(outcome.errors.count) \(outcome.errors.first ?? "")")
        exit(outcome.errors.isEmpty ? 0 : 1)
    }

    struct Result {
        let outcome: Outcome
        let seconds: Double
        let versionsGained: Int
        let integrity: String
    }

    /// Runs the workers against a fresh copy-sized database and checks the result.
    static func run(sts: String, bench: String, directory: String, workers: Int, seconds: Double) throws -> Result {
        let path = directory + "/load.db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let made = try Command.run(sts, ["demo", "--students", "20000", "--seed", "7", "--db", path])
        guard made.status == 0 else { throw BenchError("sts demo for the load test failed: \(made.stderr)") }
        let database = try Database(path: path)
        let before = try database.scalarInt("SELECT sum(version) FROM (SELECT version FROM student_record ORDER BY id LIMIT ?)",
                                            [editedRecords])
        // Start every worker, then wait for all of them.
        var pids: [pid_t] = []
        var outputs: [String] = []
        let start = Clock.nanoseconds()
        for index in 0..<workers {
            let out = directory + "/load-\(index).out"
            outputs.append(out)
            let pid = try SessionsBench.spawn(bench, ["--load-worker", path, String(seconds), String(index + 1)],
                                              output: out)
            pids.append(pid)
        }
        for pid in pids {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        let elapsed = Double(Clock.nanoseconds() - start) / 1_000_000_000
        var total = Outcome()
        for out in outputs {
            let line = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            let parts = line.split(separator: " ", maxSplits: 4).map(String.init)
            guard parts.count >= 4, let c = Int(parts[0]), let e = Int(parts[1]), let k = Int(parts[2]), let n = Int(parts[3]) else {
                total.errors.append("a worker printed nothing usable: \(line)")
                continue
            }
            total.certificates += c
            total.edits += e
            total.conflicts += k
            if n > 0 { total.errors.append(parts.count > 4 ? parts[4] : "\(n) errors") }
        }
        let after = try database.scalarInt("SELECT sum(version) FROM (SELECT version FROM student_record ORDER BY id LIMIT ?)",
                                           [editedRecords])
        let integrity = try database.scalarText("PRAGMA integrity_check")
        return Result(outcome: total, seconds: elapsed, versionsGained: after - before, integrity: integrity)
    }
}
