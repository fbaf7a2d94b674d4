import Domain
import Foundation
import Storage

/// `sts backup FILE`: an online, consistent copy of the database for administrators, while
/// sessions keep working; verified, then published mode 0600 under FILE, never over an
/// existing file without `--force`.
enum BackupCommand {
    static let help = Phrases.helpBackup

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db"], flagOptions: ["--help", "--force", "--quiet"])
        if args.has("--help") { print(help.shown); return 0 }
        let destination = try args.requirePositionals([Phrases.argFile.shown])[0]
        let language = StoreCommandSupport.language
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let maintenance = Maintenance(database: database, caller: try StoreCommandSupport.caller(database, path: path))
        let force = args.has("--force")
        if !force && FileManager.default.fileExists(atPath: destination) {
            throw FailureError(PrivateFile.Failure(path: destination, exists: true, reason: "").phrase)
        }
        let temporary = destination + ".partial-\(getpid())"
        do { try PrivateFile.createEmpty(at: temporary) } catch { throw FailureError(error.phrase) }
        var kept = false
        defer { if !kept { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) } } }
        let progress = ProgressLine(label: Phrases.cliProgressBackup.text(language), unit: Phrases.progressPages,
                                    quiet: args.has("--quiet"))
        progress.start(total: 0)
        let result: Maintenance.BackupResult
        do {
            result = try StoreCommandSupport.refusals {
                try maintenance.backup(to: temporary) { done, total in progress.update(done: done, total: total) }
            }
            guard result.isIntact else {
                throw FailureError(Phrases.backupDamaged(result.integrity.prefix(5).joined(separator: "; ")).text(language))
            }
            do { try PrivateFile.publish(temporary, as: destination, replace: force) } catch { throw FailureError(error.phrase) }
        } catch {
            progress.abandon()
            throw error
        }
        kept = true
        let megabytes = String(format: "%.1f", Double(result.bytes) / 1_048_576)
        progress.finish([Phrases.backupDone(path, destination, megabytes: megabytes).text(language)])
        return 0
    }
}

/// `sts check`: is the database whole? integrity_check, foreign_key_check, schema version and
/// row counts; exit 1 when anything is wrong (for cron: silent output is not the signal, the
/// exit status is).
enum CheckCommand {
    static let help = Phrases.helpCheck

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db"], flagOptions: ["--help", "--json", "--quiet"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        let language = StoreCommandSupport.language
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let maintenance = Maintenance(database: database, caller: try StoreCommandSupport.caller(database, path: path))
        let quiet = args.has("--quiet")
        let progress = ProgressLine(label: Phrases.cliProgressCheck.text(language), unit: Phrases.progressSteps,
                                    quiet: quiet || args.has("--json"))
        progress.start(total: 0)
        let health: Maintenance.Health
        do {
            health = try StoreCommandSupport.refusals {
                try maintenance.check { done, total in progress.update(done: done, total: total) }
            }
        } catch {
            progress.abandon()
            throw error
        }
        progress.finish([])
        if quiet { return health.isHealthy ? 0 : 1 }
        if args.has("--json") {
            let json = JSON.object([
                ("database", .string(path)),
                ("healthy", .bool(health.isHealthy)),
                ("integrity", .array(health.integrity.map { .string($0) })),
                ("foreign_key_problems", .array(health.foreignKeyProblems.map { .string($0) })),
                ("schema_version", .integer(health.schemaVersion)),
                ("expected_schema_version", .integer(health.expectedSchemaVersion)),
                ("rows", .object(health.rowCounts.map { ($0.table, JSON.integer($0.rows)) })),
            ])
            print(json.rendered(pretty: true))
        } else {
            let integrity = health.integrity == ["ok"] ? Phrases.cliOK.text(language) : health.integrity.prefix(10).joined(separator: "; ")
            print("\(path)")
            print("  \(Phrases.checkIntegrity.text(language)): \(StoreCommandSupport.safe(integrity))")
            let keys = health.foreignKeyProblems.isEmpty ? Phrases.cliOK.text(language)
                : Phrases.checkProblems(health.foreignKeyProblems.count).text(language) + ": "
                  + health.foreignKeyProblems.prefix(10).joined(separator: "; ")
            print("  \(Phrases.checkForeignKeys.text(language)): \(keys)")
            let schema = health.schemaVersion == health.expectedSchemaVersion ? "\(health.schemaVersion)"
                : Phrases.checkSchemaBehind(health.schemaVersion, health.expectedSchemaVersion).text(language)
            print("  \(Phrases.checkSchema.text(language)): \(schema)")
            print("  \(Phrases.checkRows.text(language)):")
            for (table, rows) in health.rowCounts { print("    \(table.padding(toLength: 22, withPad: " ", startingAt: 0)) \(rows)") }
            print((health.isHealthy ? Phrases.checkHealthy : Phrases.checkUnhealthy).text(language))
        }
        return health.isHealthy ? 0 : 1
    }
}
