import Domain
import Foundation
import Storage

/// `sts report yearly --year Y [--format csv] [--mark-sent ministry|statistics]`: the 4.8
/// report on foreign students.
enum ReportCommand {
    static let help = Phrases.helpReport

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--year", "--format", "--mark-sent", "--out"],
                                 flagOptions: ["--help", "--force"])
        if args.has("--help") { print(help.shown); return 0 }
        guard let kind = args.positionals.first else { throw UsageError(Phrases.cliMissingReportName) }
        guard kind == "yearly" else { throw UsageError(Phrases.cliUnknownReport(kind)) }
        if args.positionals.count > 1 { throw UsageError(Phrases.cliUnexpected(args.positionals[1])) }
        guard let raw = args.value("--year") else { throw UsageError(Phrases.cliMissing("--year")) }
        guard let year = Int(raw), (1992...2200).contains(year) else { throw UsageError(Phrases.cliNotAYear("--year", raw)) }
        let format = args.value("--format") ?? "text"
        guard format == "text" || format == "csv" else { throw UsageError(Phrases.cliUseOneOf("--format", format, ["text", "csv"])) }
        var addressee: YearlyReport.Addressee?
        if let whom = args.value("--mark-sent") {
            guard let parsed = YearlyReport.Addressee(rawValue: whom) else {
                throw UsageError(Phrases.cliUseOneOf("--mark-sent", whom, ["ministry", "statistics"]))
            }
            addressee = parsed
        }
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let language = StoreCommandSupport.language
        if let addressee {
            let today = CivilDate.today()
            try StoreCommandSupport.refusals {
                try DeskService(database: database, caller: caller).markReportSent(year: year, to: addressee, on: today)
            }
            print(Phrases.cliReportMarkedSent(year, to: addressee.phrase, on: today).text(language))
            return 0
        }
        let report = try StoreCommandSupport.refusals { try DeskService(database: database, caller: caller).yearlyReport(year: year) }
        if let out = args.value("--out") {
            // The file people open (issue 15): words, UTF-8 with BOM, semicolons; never over
            // an existing file without --force.
            try RegistryCommandSupport.write(report.spreadsheet(language), to: out, replace: args.has("--force"))
            StoreCommandSupport.printError(Phrases.deskExported(out).text(language))
            return 0
        }
        if format == "csv" {
            FileHandle.standardOutput.write(Data(report.csv.utf8))
            return 0
        }
        print(Phrases.cliReportHeading(year, students: report.lines.count).text(language))
        var marks = [Phrases.reportDue(report.deadline.due).text(language)]
        for addressee in YearlyReport.Addressee.allCases {
            let name = (addressee == .ministry ? Phrases.reportToMinistry : Phrases.reportToStatistics).text(language)
            if let event = report.sent[addressee], let done = event.doneOn {
                marks.append(name + ": " + Phrases.reportSent(on: done, by: event.doneBy ?? "").text(language))
            } else {
                marks.append(name + ": " + Phrases.reportNotSent.text(language))
            }
        }
        print(marks.joined(separator: "; "))
        for line in report.lines {
            print(report.spreadsheetRow(line, language).map { $0.isEmpty ? "-" : StoreCommandSupport.safe($0) }
                .joined(separator: "  "))
        }
        return 0
    }
}
