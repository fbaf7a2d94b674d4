import Domain
import Foundation
import Testing
@testable import Storage

/// Clerks editing while other processes import into the same file: every edit lands (a
/// stale one is refused and retried, never lost) and no "database is locked" reaches anyone.
@Suite(.enabled(if: TestSupport.hasBinary, "the sts binary is not built (run swift build first)"))
struct ConcurrentEditTests {
    @Test func editsDuringImportsAreNeitherLostNorRefusedAsLocked() throws {
        let directory = try TestSupport.directory()
        let path = directory.appendingPathComponent("e.db").path
        let setup = try Store.open(path: path)
        try TestSupport.seedReference(setup)
        let settings = SQLiteSettingsRepository(database: setup)
        _ = try settings.set(SettingKeys.languageTestValidityYears, to: 1, expectedVersion: 0, by: TestSupport.admin)
        let record = try SQLiteRegistryRepository(database: setup, browsingAs: TestSupport.admin).add(TestSupport.record(pin: "ZZ00001"), by: TestSupport.admin)

        var importers: [Process] = []
        for part in 0..<3 {
            let rows = (part * 8000..<(part + 1) * 8000).map { TestSupport.studentRow($0 + 10) }
            let file = try TestSupport.write(([TestSupport.studentHeader] + rows).joined(separator: "\n"), to: directory,
                                             name: "part\(part).csv")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestSupport.binary)
            process.arguments = ["import", "students", file, "--db", path, "--batch-size", "400"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: try TestSupport.write("", to: directory,
                                                                                                          name: "err\(part)")))
            try process.run()
            importers.append(process)
        }

        let lock = NSLock()
        nonisolated(unsafe) var failures: [String] = []
        nonisolated(unsafe) var conflicts = 0
        nonisolated(unsafe) var increments = 0
        nonisolated(unsafe) let running = importers
        let editors = (0..<2).map { editor in
            Thread {
                do {
                    let database = try Database(path: path)
                    let settings = SQLiteSettingsRepository(database: database)
                    let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
                    let caller = Caller(login: "editor\(editor)", role: .admin)
                    var step = 0
                    // Edit for as long as the imports run (and at least 60 times).
                    while step < 60 || running.contains(where: { $0.isRunning }) {
                        defer { step += 1 }
                        while true {
                            let current = try settings.setting(SettingKeys.languageTestValidityYears)
                            do {
                                _ = try settings.set(SettingKeys.languageTestValidityYears, to: current.value + 1,
                                                     expectedVersion: current.version, by: caller)
                                lock.lock(); increments += 1; lock.unlock()
                                break
                            } catch is ConflictError {
                                lock.lock(); conflicts += 1; lock.unlock()
                            }
                        }
                        if step % 10 == 0, let current = try registry.record(id: record.id) {
                            _ = try? registry.changeState(recordID: record.id, to: step % 20 == 0 ? .academicLeave : .studying,
                                                          on: CivilDate(year: 2010, month: 1, day: 1 + step % 28) ?? current.birthDate,
                                                          reason: "test", orderNumber: "", expectedVersion: current.version,
                                                          by: caller)
                        }
                    }
                } catch {
                    lock.lock(); failures.append("\(error)"); lock.unlock()
                }
            }
        }
        editors.forEach { $0.start() }
        while editors.contains(where: { !$0.isFinished }) { usleep(10_000) }
        importers.forEach { $0.waitUntilExit() }

        #expect(failures.isEmpty, "\(failures)")
        #expect(importers.allSatisfy { $0.terminationStatus == 0 })
        for part in 0..<3 {
            let errors = try String(contentsOf: directory.appendingPathComponent("err\(part)"), encoding: .utf8)
            #expect(!errors.lowercased().contains("locked"), "\(errors)")
        }
        let check = try Database(path: path)
        #expect(try SQLiteSettingsRepository(database: check).setting(SettingKeys.languageTestValidityYears).value == 1 + increments)
        #expect(increments >= 120)
        #expect(try check.scalarInt("SELECT count(*) FROM student_record") == 24_001)
        #expect(try check.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try SQLiteRegistryRepository(database: check, browsingAs: TestSupport.admin).statusHistory(recordID: record.id).count >= 6)
    }
}
