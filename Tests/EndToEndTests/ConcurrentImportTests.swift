import Foundation
import Testing

/// Several processes importing into one database at once: every row lands exactly once,
/// every process finishes, and none of them reports a locked database.
@Suite(.enabled(if: StoreEndToEnd.hasBinary, StoreEndToEnd.missingBinary))
struct ConcurrentImportTests {
    @Test func importersRunningTogetherLoseNothing() throws {
        let directory = try StoreEndToEnd.directory()
        #expect(try StoreEndToEnd.run(["init", "--db", "c.db"], in: directory).status == 0)
        let files: [(String, Range<Int>)] = [("a.csv", 0..<2500), ("b.csv", 2500..<5000), ("c.csv", 1250..<3750),
                                             ("d.csv", 1250..<3750)]
        for (name, range) in files {
            try Data(StoreEndToEnd.studentCSV(range).utf8).write(to: directory.appendingPathComponent(name))
        }
        try Data(StoreEndToEnd.applicantCSV(0..<800).utf8).write(to: directory.appendingPathComponent("p.csv"))
        var started = try files.map { try StoreEndToEnd.start(["import", "students", $0.0, "--db", "c.db", "--batch-size", "150"], in: directory) }
        started.append(try StoreEndToEnd.start(["import", "applicants", "p.csv", "--db", "c.db", "--batch-size", "50"], in: directory))
        started.append(try StoreEndToEnd.start(["demo", "--students", "1500", "--db", "c.db", "--seed", "3"], in: directory))
        let outputs = try started.map(StoreEndToEnd.finish)
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stderr.lowercased().contains("locked"))
            #expect(!output.stderr.lowercased().contains("busy"))
        }
        let summaries = outputs.prefix(4).compactMap { StoreEndToEnd.summary($0.stdout) }
        #expect(summaries.count == 4)
        #expect(summaries.map(\.loaded).reduce(0, +) == 5000)
        #expect(summaries.map { $0.loaded + $0.present }.reduce(0, +) == 10_000)
        #expect(summaries.allSatisfy { $0.rejected == 0 })
        #expect(StoreEndToEnd.summary(outputs[4].stdout)?.loaded == 800)
        if let count = try StoreEndToEnd.sql(directory.appendingPathComponent("c.db"),
                                         "SELECT count(*) FROM student_record WHERE institution_id = (SELECT id FROM institution WHERE code = 'BDU') AND admission_year = 2009 AND major_id = (SELECT id FROM major WHERE code = '050509') AND updated_by <> 'demo'") {
            #expect(count == "5000")
            #expect(try StoreEndToEnd.sql(directory.appendingPathComponent("c.db"), "PRAGMA integrity_check") == "ok")
        }
        // Every row is there exactly once: importing everything again finds it all present.
        try Data(StoreEndToEnd.studentCSV(0..<5000).utf8).write(to: directory.appendingPathComponent("all.csv"))
        let again = try StoreEndToEnd.run(["import", "students", "all.csv", "--db", "c.db"], in: directory)
        #expect(again.stdout == "loaded 0 · already present 5000 · refused 0\n")
    }
}
