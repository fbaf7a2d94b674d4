import Domain
import Foundation
import Storage

/// `sts import students|applicants FILE.csv`: bulk load with a line per refused row.
enum ImportCommand {
    static let help = Phrases.helpImport

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--batch-size", "--rejects"],
                                 flagOptions: ["--help", "--force", "--quiet"])
        if args.has("--help") { print(help.shown); return 0 }
        let positionals = try args.requirePositionals([Phrases.argImportKind.shown, Phrases.argCSVFile.shown])
        guard let kind = ImportKind(rawValue: positionals[0]) else {
            throw UsageError(Phrases.cliNotImportKind(positionals[0]))
        }
        let batchSize = try StoreCommandSupport.count(args, "--batch-size") ?? 100_000
        guard batchSize > 0 else { throw UsageError(Phrases.cliBatchSize) }
        let file = positionals[1]
        // Read with the user's own rights (never the group of a setgid sts): access() asks
        // for exactly those, and says why not.
        guard access(file, R_OK) == 0 else {
            throw UsageError(errno == ENOENT ? Phrases.cliNoFile(file) : Phrases.cliCannotRead(file, String(cString: strerror(errno))))
        }
        let rejectsPath = args.value("--rejects")
        if let rejectsPath { try checkRejectsPath(rejectsPath, input: file) }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: true)
        let language = StoreCommandSupport.language
        // A new, empty database is administered by whoever fills it; otherwise the login's role.
        if try !SQLiteUserRepository(database: database).hasUsers() {
            _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: StoreCommandSupport.login(),
                                                                                    institutionCode: nil)
        }
        let caller = try StoreCommandSupport.caller(database, path: path)
        var rejects: RejectsFile?
        if let rejectsPath {
            do {
                rejects = try RejectsFile.create(at: rejectsPath, replacing: args.has("--force"), language: language)
            } catch {
                throw UsageError(error.reason.text(language))
            }
        }
        let reading = ImportProgress()
        let progress = ProgressLine(label: (file as NSString).lastPathComponent, unit: Phrases.progressRows,
                                    language: language, quiet: args.has("--quiet"))
        progress.start(total: 0) {
            let now = reading.snapshot
            return (now.done, now.estimatedTotal, now.done)
        }
        let summary: ImportSummary
        do {
            summary = try CSVImport.run(kind, file: file, into: database, by: caller, batchSize: batchSize,
                                        rejects: rejects, reading: reading) { problem in
                // With a rejects file the refused rows are there, with their reasons.
                if rejects == nil { progress.error(StoreCommandSupport.safe(problem.message(language))) }
            }
        } catch let error as PermissionError {
            progress.abandon()
            rejects?.remove()
            throw FailureError(StoreCommandSupport.describe(error))
        } catch let error as ImportFileError {
            progress.abandon()
            rejects?.remove()
            throw UsageError("\(file): " + StoreCommandSupport.describe(error))
        } catch let error as DatabaseError {
            progress.abandon()
            try? rejects?.close()
            throw FailureError("\(file): " + StoreCommandSupport.describe(error) + " "
                               + Phrases.importStoppedByDatabase.text(language))
        }
        do {
            try rejects?.close()
        } catch {
            progress.abandon()
            throw FailureError(error.reason.text(language))
        }
        var lines = summary.lines(language)
        if let rejects {
            lines.append((summary.rejected > 0
                ? Phrases.importRejectsWritten(count: rejects.rows, kind: kind.rawValue, rejects: rejects.path)
                : Phrases.importNoRejects(rejects: rejects.path)).text(language))
        } else if summary.rejected > 0 {
            lines.append(Phrases.importRejectsHint(kind: kind.rawValue, file: file).text(language))
        }
        progress.finish(lines)
        return 0
    }

    /// The rejects file must not be the file being loaded (with --force it would be removed).
    static func checkRejectsPath(_ rejects: String, input: String) throws {
        var a = stat()
        var b = stat()
        if stat(rejects, &a) == 0, stat(input, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino {
            throw UsageError(Phrases.cliRejectsIsInput(rejects))
        }
    }
}
