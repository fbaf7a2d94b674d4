import Domain
import Foundation
import Storage

/// `sts import students|applicants FILE.csv`: bulk load with a line per refused row.
enum ImportCommand {
    static let help = """
        usage: sts import students|applicants FILE.csv [--db PATH] [--batch-size N]

        Loads a CSV file: UTF-8 (with or without a byte order mark), comma-separated, RFC 4180
        quoting, LF or CRLF line ends, header names in any order and any case. Each refused row
        is reported on standard error with its line, column and reason; the good rows still
        load. Rows that are already in the database (same person at the same institution,
        major and admission year; for applicants the same passport, institution, major and
        level) are counted, not duplicated, so running an interrupted import again finishes it.
        A record longer than 64 KiB or with more than twice the header's fields is refused
        and the rest of its line skipped; no value may hold a control character, a direction
        or zero-width mark or another invisible character (the column and U+ code are named).

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

          --db PATH          the database file (created if missing)
          --batch-size N     rows per transaction (default 100000)

        Exit status: 0 when the file was processed (even with refused rows), 2 when it cannot
        be read or its header lacks a column, 1 when the database fails.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--batch-size"], flagOptions: ["--help"])
        if args.has("--help") { print(help); return 0 }
        let positionals = try args.requirePositionals(["students or applicants", "FILE.csv"])
        guard let kind = ImportKind(rawValue: positionals[0]) else {
            throw UsageError("\"\(positionals[0])\" is not students or applicants")
        }
        let batchSize = try StoreCommandSupport.count(args, "--batch-size") ?? 100_000
        guard batchSize > 0 else { throw UsageError("--batch-size must be at least 1") }
        let file = positionals[1]
        // Read with the user's own rights (never the group of a setgid sts): access() asks
        // for exactly those, and says why not.
        guard access(file, R_OK) == 0 else {
            throw UsageError(errno == ENOENT ? "there is no file \(file)" : "cannot read \(file): \(String(cString: strerror(errno)))")
        }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: true)
        let language = StoreCommandSupport.language
        // A new, empty database is administered by whoever fills it; otherwise the login's role.
        if try database.scalarInt("SELECT count(*) FROM app_user WHERE role = 'admin'") == 0 {
            _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: StoreCommandSupport.login(),
                                                                                    institutionCode: nil)
        }
        let caller = try StoreCommandSupport.caller(database, path: path)
        let summary: ImportSummary
        do {
            summary = try CSVImport.run(kind, file: file, into: database, by: caller, batchSize: batchSize) { problem in
                StoreCommandSupport.printError(StoreCommandSupport.safe(problem.message(language)))
            }
        } catch let error as PermissionError {
            throw FailureError(error.phrase.text(language))
        } catch let error as ImportFileError {
            throw UsageError("\(file): \(error.reason.text(language))")
        } catch let error as DatabaseError {
            throw FailureError("\(file): the database failed: \(error.message); rows in finished batches are stored, run the import again to finish")
        }
        try? SQLiteAuditRepository(database: database).record(
            .importFile, pin: nil, purpose: nil,
            detail: "\(kind.rawValue) \(file): \(summary.line(.en))", by: caller)
        print(summary.line(language))
        return 0
    }
}
