import Domain
import Foundation
import Storage

/// `sts import students|applicants FILE.csv`: bulk load with a line per refused row.
enum ImportCommand {
    static let help = """
        usage: sts import students|applicants FILE.csv [--rejects FILE [--force]] [--quiet] [--db PATH] [--batch-size N]

        Loads a CSV file: UTF-8 (with or without a byte order mark), comma-separated, RFC 4180
        quoting, LF or CRLF line ends, header names in any order and any case. Each refused row
        is reported on standard error with its line, column and reason (or, with --rejects,
        written to a file); the good rows still load. Rows that are already in the database
        (same person at the same institution, major and admission year; for applicants the
        same passport, institution, major and level) are counted, not duplicated, so running
        an interrupted import again finishes it. A record longer than 64 KiB or with more than
        twice the header's fields is refused and the rest of its line skipped; no value may
        hold a control character, a direction or zero-width mark or another invisible
        character (the column and U+ code are named).

        On a terminal a progress line shows rows done, percent of the file, rows per second
        and time left. At the end: rows loaded, already present and refused, and the
        commonest reasons for refusal with how many rows each.

        students columns: pin (may be empty), surname, name, father_name, birth_date
          (YYYY-MM-DD), admission_year, institution_code, institution_name, funding
          (state|paid), level (secondary-specialised|bachelor|master|doctorate|residency),
          years_of_study, major_code, major_name, enrollment_status
          (admitted|transferred-in|reinstated), education_state
          (studying|academic-leave|graduated|dismissed|transferred), and for graduates
          diploma_series, diploma_number, diploma_issue_date, diploma_level (ordinary|honours)
        applicants columns: surname, name, father_name (may be empty), citizenship (ISO 3166
          alpha-2), birth_date, passport_number, passport_expiry, institution_code, major_code,
          level, program_language (ISO 639-1), study_form (full-time|part-time), basis
          (3.1.1 … 3.1.6), previous_level, previous_country, previous_language,
          studied_in_azerbaijan (yes|no)

          --rejects FILE     write every refused row to FILE as it was in the input, with two
                             more columns, line and reason (UTF-8 with BOM, mode 0600); correct
                             the rows there and load FILE itself (line and reason are ignored)
          --force            let --rejects replace an existing file
          --quiet            print nothing but errors
          --db PATH          the database file (created if missing)
          --batch-size N     rows per transaction (default 100000)

        Exit status: 0 when the file was processed (even with refused rows), 2 when it cannot
        be read or its header lacks a column, 1 when the database fails.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--batch-size", "--rejects"],
                                 flagOptions: ["--help", "--force", "--quiet"])
        if args.has("--help") { print(help); return 0 }
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
        if try database.scalarInt("SELECT count(*) FROM app_user") == 0 {
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
