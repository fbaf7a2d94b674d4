import Foundation
import Testing

/// An import killed with SIGKILL leaves a sound database holding whole batches only, and
/// running it again loads exactly the rest.
@Suite(.enabled(if: StoreEndToEnd.hasBinary, StoreEndToEnd.missingBinary))
struct KillDuringImportTests {
    @Test func aKilledImportIsFinishedByARerun() throws {
        let directory = try StoreEndToEnd.directory()
        let database = directory.appendingPathComponent("k.db")
        let total = 40_000
        let batch = 500
        try Data(StoreEndToEnd.studentCSV(0..<total).utf8).write(to: directory.appendingPathComponent("k.csv"))
        #expect(try StoreEndToEnd.run(["init", "--db", "k.db"], in: directory).status == 0)
        let started = try StoreEndToEnd.start(["import", "students", "k.csv", "--db", "k.db", "--batch-size", String(batch)],
                                         in: directory)
        // Kill it once some batches are in (or, without a sqlite3 shell, after a moment).
        let deadline = Date().addingTimeInterval(30)
        if StoreEndToEnd.hasSqliteShell {
            while Date() < deadline, started.0.isRunning {
                let count = Int(try StoreEndToEnd.sql(database, "SELECT count(*) FROM student_record") ?? "0") ?? 0
                if count >= 4 * batch { break }
                usleep(20_000)
            }
        } else {
            usleep(700_000)
        }
        try #require(started.0.isRunning, "the import finished before it could be killed; make the file larger")
        kill(started.0.processIdentifier, SIGKILL)
        started.0.waitUntilExit()
        #expect(started.0.terminationReason == .uncaughtSignal)

        var before = 0
        if StoreEndToEnd.hasSqliteShell {
            #expect(try StoreEndToEnd.sql(database, "PRAGMA integrity_check") == "ok")
            before = Int(try StoreEndToEnd.sql(database, "SELECT count(*) FROM student_record") ?? "") ?? -1
            #expect(before > 0 && before < total)
            #expect(before % batch == 0, "only whole batches are stored")
        }
        let rerun = try StoreEndToEnd.run(["import", "students", "k.csv", "--db", "k.db"], in: directory)
        #expect(rerun.status == 0)
        let summary = try #require(StoreEndToEnd.summary(rerun.stdout))
        #expect(summary.loaded + summary.present == total)
        #expect(summary.rejected == 0)
        if StoreEndToEnd.hasSqliteShell {
            #expect(summary.present == before)
            #expect(try StoreEndToEnd.sql(database, "SELECT count(*) FROM student_record") == String(total))
            #expect(try StoreEndToEnd.sql(database, "SELECT count(*) FROM diploma") == String((0..<total).filter { $0 % 3 != 0 }.count))
            #expect(try StoreEndToEnd.sql(database, "PRAGMA integrity_check") == "ok")
        }
    }
}
