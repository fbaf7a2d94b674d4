import Domain
import Foundation
import Testing
@testable import Storage

/// `sts backup` and `sts check` below the command line (issue 12): for administrators only,
/// the backup online and consistent while another connection keeps writing, verified and
/// audited; the check finds what is wrong.
@Suite struct MaintenanceTests {
    private func fileDatabase() throws -> (URL, Database) {
        let directory = try TestSupport.directory()
        let database = try Store.open(path: directory.appendingPathComponent("sts.db").path)
        try TestSupport.seedReference(database)
        return (directory, database)
    }

    @Test func aBackupMadeWhileAnotherConnectionWritesIsWholeConsistentAndAudited() throws {
        let (directory, database) = try fileDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        for i in 0..<3_000 {
            _ = try registry.add(TestSupport.record(surname: "Əliyev\(i)", pin: nil), by: TestSupport.admin)
        }
        // A second connection adds records the whole time the backup runs.
        let path = database.path
        let stop = HandOffFlag()
        let writer = Thread {
            guard let other = try? Database(path: path) else { return }
            let otherRegistry = SQLiteRegistryRepository(database: other, browsingAs: TestSupport.admin)
            var i = 0
            while !stop.isSet {
                _ = try? otherRegistry.add(TestSupport.record(surname: "Yeni\(i)", pin: nil), by: TestSupport.admin)
                i += 1
            }
        }
        writer.start()
        let destination = directory.appendingPathComponent("copy.db").path
        try PrivateFile.createEmpty(at: destination)
        var steps = 0
        let result = try Maintenance(database: database, caller: TestSupport.admin)
            .backup(to: destination) { _, _ in steps += 1 }
        stop.set()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(result.isIntact, "integrity of the copy: \(result.integrity)")
        #expect(steps >= 1)
        let copy = try Database(path: destination, options: [])
        let copied = try copy.scalarInt("SELECT count(*) FROM student_record WHERE surname LIKE 'Əliyev%'")
        #expect(copied == 3_000, "every record that was there when the backup began")
        #expect(try copy.scalarText("PRAGMA integrity_check") == "ok")
        var status = stat()
        #expect(stat(destination, &status) == 0 && status.st_mode & 0o777 == 0o600)
        let audited = try database.scalarInt("SELECT count(*) FROM audit_event WHERE action = 'backup' AND login = 'admin1'")
        #expect(audited == 1)
    }

    @Test func onlyAnAdministratorMayBackUpOrCheck() throws {
        let (directory, database) = try fileDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let destination = directory.appendingPathComponent("copy.db").path
        try PrivateFile.createEmpty(at: destination)
        for caller in [TestSupport.ssac, TestSupport.clerkBDU] {
            #expect(throws: PermissionError.self) { try Maintenance(database: database, caller: caller).backup(to: destination) }
            #expect(throws: PermissionError.self) { try Maintenance(database: database, caller: caller).check() }
        }
        #expect(try database.scalarInt("SELECT count(*) FROM audit_event WHERE action = 'backup'") == 0)
    }

    @Test func theCheckFindsABrokenForeignKeyAndCountsRows() throws {
        let (directory, database) = try fileDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let healthy = try Maintenance(database: database, caller: TestSupport.admin).check()
        #expect(healthy.isHealthy)
        #expect(healthy.schemaVersion == Store.latestSchemaVersion)
        #expect(healthy.rowCounts.first { $0.table == "institution" }?.rows == 2)
        _ = try SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin).add(TestSupport.record(), by: TestSupport.admin)
        try database.execute("PRAGMA foreign_keys = OFF; UPDATE student_record SET institution_id = 9999; PRAGMA foreign_keys = ON")
        let broken = try Maintenance(database: database, caller: TestSupport.admin).check()
        #expect(!broken.isHealthy)
        #expect(broken.foreignKeyProblems.contains { $0.hasPrefix("student_record") }, "\(broken.foreignKeyProblems)")
    }
}

/// Files written for a person: mode 0600, never over an existing file unless asked.
@Suite struct PrivateFileTests {
    @Test func aNewFileIsTheOwnersAloneAndAnExistingOneIsNotReplaced() throws {
        let directory = try TestSupport.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("certificate.txt").path
        try PrivateFile.write(Data("first".utf8), to: path)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        do {
            try PrivateFile.write(Data("second".utf8), to: path)
            Issue.record("an existing file was replaced without --force")
        } catch {
            #expect(error.exists)
            #expect(error.phrase.en.contains("already exists"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try PrivateFile.write(Data("second".utf8), to: path, replace: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o600)
    }

    @Test func aSymbolicLinkIsNotFollowed() throws {
        let directory = try TestSupport.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target").path
        let link = directory.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: PrivateFile.Failure.self) { try PrivateFile.write(Data("x".utf8), to: link) }
        #expect(!FileManager.default.fileExists(atPath: target), "nothing was written through the link")
    }
}

/// A flag one thread sets and another reads.
final class HandOffFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
