import Domain
import Foundation
import Storage

/// `sts holidays list|add|remove|import`: the holiday calendar that 4.12's working days count
/// on. Anyone with a user may list it; only administrators change it (checked in Storage).
enum HolidaysCommand {
    static let help = """
        usage: sts holidays list [--year Y] [--json] [--db PATH]
               sts holidays add DATE --name TEXT [--working-day] [--db PATH]
               sts holidays remove DATE [--db PATH]
               sts holidays import FILE.csv [--db PATH]

        The days off that 4.12's "3 working days" skip besides Saturdays and Sundays: public
        holidays (Novruz, Ramazan and Qurban bayramı move every year) and the days the Cabinet
        of Ministers transfers. With --working-day, DATE is a Saturday or Sunday declared a
        working day. A year with no holidays entered counts weekends only, and the desk warns.

          list          the days of a year (default: this year)
          add           one day; DATE as YYYY-MM-DD or DD.MM.YYYY
          remove        one day
          import        a CSV file, one day a line: date,name[,kind] (kind: holiday or
                        working-day), an optional header line; every line is checked first
                        and a bad line stores nothing; a day already entered takes the file's name

        Exit status: 0 done; 1 not permitted or no such day; 2 bad date, name, file or usage.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--year", "--name"],
                                 flagOptions: ["--help", "--json", "--working-day"])
        if args.has("--help") || args.positionals.isEmpty { print(help); return args.has("--help") ? 0 : 2 }
        let az = StoreCommandSupport.language == .az
        switch args.positionals[0] {
        case "list":
            _ = try args.requirePositionals(["list"])
            var year = CivilDate.today().year
            if let raw = args.value("--year") {
                guard let y = Int(raw), (1992...2200).contains(y) else { throw UsageError("--year: \"\(raw)\" is not a year") }
                year = y
            }
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let admin = AdminService(database: database, caller: try StoreCommandSupport.caller(database, path: path))
            let days = try StoreCommandSupport.refusals { try admin.holidays(year: year) }
            if args.has("--json") {
                print(JSON.array(days.map { day in
                    JSON.object([("date", .string(day.day.description)), ("name", .string(day.name)),
                                 ("kind", .string(day.kind.rawValue))])
                }).rendered(pretty: true))
                return 0
            }
            if days.isEmpty {
                print(StoreCommandSupport.language == .az ? "\(year): heç bir gün daxil edilməyib" : "\(year): no days entered")
            }
            for day in days {
                let kind = day.kind == .workingDay ? (az ? "  (iş günü)" : "  (working day)") : ""
                print("\(day.day.dotted)  \(weekday(day.day, az: az))  \(StoreCommandSupport.safe(day.name))\(kind)")
            }
            if let warning = try StoreCommandSupport.refusals({ try admin.holidayWarning(on: CivilDate.today()) }) {
                StoreCommandSupport.printError("sts: " + warning.text(StoreCommandSupport.language))
            }
            return 0
        case "add":
            let day = try date(try args.requirePositionals(["add", "DATE"])[1])
            guard let name = args.value("--name") else { throw UsageError("missing --name TEXT (the holiday's name)") }
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            let kind: DayKind = args.has("--working-day") ? .workingDay : .holiday
            let added = try StoreCommandSupport.refusals { try admin.addHoliday(day, name: name, kind: kind) }
            print(az ? "\(added.day.dotted) əlavə edildi: \(StoreCommandSupport.safe(added.name))"
                     : "added \(added.day.dotted): \(StoreCommandSupport.safe(added.name))")
            return 0
        case "remove":
            let day = try date(try args.requirePositionals(["remove", "DATE"])[1])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            guard try StoreCommandSupport.refusals({ try admin.removeHoliday(day) }) else {
                throw FailureError(az ? "\(day.dotted) təqvimdə yoxdur" : "\(day.dotted) is not in the holiday calendar")
            }
            print(az ? "\(day.dotted) silindi" : "removed \(day.dotted)")
            return 0
        case "import":
            let file = try args.requirePositionals(["import", "FILE.csv"])[1]
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw UsageError("FILE.csv: cannot read \(StoreCommandSupport.safe(file)) as UTF-8 text")
            }
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            let result = try StoreCommandSupport.refusals {
                do { return try admin.importHolidays(text) } catch let error as ValidationError {
                    throw ValidationError(field: file + ": " + error.field, reason: error.reason)
                }
            }
            print(Phrases.holidaysImported(added: result.added, changed: result.changed, unchanged: result.unchanged)
                .text(StoreCommandSupport.language))
            return 0
        default:
            throw UsageError("unknown holidays command \"\(args.positionals[0])\" (list, add, remove or import)")
        }
    }

    static func date(_ raw: String) throws -> CivilDate {
        guard let day = CivilDate(parsing: raw) else {
            throw UsageError("DATE: \"\(StoreCommandSupport.safe(raw))\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
        }
        return day
    }

    static func weekday(_ day: CivilDate, az: Bool) -> String {
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let aze = ["B.e", "Ç.a", "Çər", "C.a", "Cüm", "Şən", "Baz"]
        return (az ? aze : en)[day.weekday - 1]
    }
}
