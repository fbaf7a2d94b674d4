import Domain
import Foundation
import Storage

/// `sts report yearly --year Y [--format csv]`: the 4.8 report on foreign students.
enum ReportCommand {
    static let help = """
        usage: sts report yearly --year YEAR [--format text|csv] [--db PATH]

        The yearly report of 4.8 on your institution's foreign students (for the Ministry of
        Education and the State Statistics Committee): every student admitted by the end of
        YEAR and not dismissed before it.

          --format csv   RFC 4180 CSV with a header line (default: text)

        Exit status: 0 shown, 1 not permitted, 2 bad input.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--year", "--format"], flagOptions: ["--help"])
        if args.has("--help") { print(help); return 0 }
        guard let kind = args.positionals.first else { throw UsageError("missing report name (yearly)") }
        guard kind == "yearly" else { throw UsageError("unknown report \"\(kind)\" (the report is: yearly)") }
        if args.positionals.count > 1 { throw UsageError("unexpected argument \"\(args.positionals[1])\"") }
        guard let raw = args.value("--year") else { throw UsageError("missing --year") }
        guard let year = Int(raw), (1992...2200).contains(year) else { throw UsageError("--year: \"\(raw)\" is not a year") }
        let format = args.value("--format") ?? "text"
        guard format == "text" || format == "csv" else { throw UsageError("--format: \"\(format)\" (use text or csv)") }
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let report = try StoreCommandSupport.refusals { try YearlyReport(year: year, by: caller, database: database) }
        if format == "csv" {
            FileHandle.standardOutput.write(Data(report.csv.utf8))
            return 0
        }
        let language = StoreCommandSupport.language
        print(language == .az ? "4.8 illik hesabat, \(year): \(report.lines.count) xarici tələbə"
                              : "4.8 yearly report, \(year): \(report.lines.count) foreign students")
        for line in report.lines {
            print(report.csvRow(line).map(StoreCommandSupport.safe).joined(separator: "  "))
        }
        return 0
    }
}
