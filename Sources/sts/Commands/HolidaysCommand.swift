import Domain
import Foundation
import Storage

/// `sts holidays list|add|remove|import`: the holiday calendar that 4.12's working days count
/// on. Anyone with a user may list it; only administrators change it (checked in Storage).
enum HolidaysCommand {
    static let help = Phrases.helpHolidays

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--year", "--name"],
                                 flagOptions: ["--help", "--json", "--working-day"])
        if args.has("--help") || args.positionals.isEmpty { print(help.shown); return args.has("--help") ? 0 : 2 }
        let language = StoreCommandSupport.language
        switch args.positionals[0] {
        case "list":
            _ = try args.requirePositionals(["list"])
            var year = CivilDate.today().year
            if let raw = args.value("--year") {
                guard let y = Int(raw), (1992...2200).contains(y) else { throw UsageError(Phrases.cliNotAYear("--year", raw)) }
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
                print(Phrases.cliNoHolidays(year).text(language))
            }
            for day in days {
                let kind = day.kind == .workingDay ? Phrases.cliWorkingDayMark.text(language) : ""
                print("\(day.day.dotted)  \(Phrases.cliWeekdayShort[day.day.weekday - 1].text(language))  \(StoreCommandSupport.safe(day.name))\(kind)")
            }
            if let warning = try StoreCommandSupport.refusals({ try admin.holidayWarning(on: CivilDate.today()) }) {
                StoreCommandSupport.printError("sts: " + warning.text(language))
            }
            return 0
        case "add":
            let day = try date(try args.requirePositionals(["add", Phrases.argDate.shown])[1])
            guard let name = args.value("--name") else { throw UsageError(Phrases.cliMissingHolidayName) }
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            let kind: DayKind = args.has("--working-day") ? .workingDay : .holiday
            let added = try StoreCommandSupport.refusals { try admin.addHoliday(day, name: name, kind: kind) }
            print(Phrases.cliHolidayAdded(added.day, StoreCommandSupport.safe(added.name)).text(language))
            return 0
        case "remove":
            let day = try date(try args.requirePositionals(["remove", Phrases.argDate.shown])[1])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            guard try StoreCommandSupport.refusals({ try admin.removeHoliday(day) }) else {
                throw FailureError(Phrases.cliHolidayNotInCalendar(day))
            }
            print(Phrases.cliHolidayRemoved(day).text(language))
            return 0
        case "import":
            let file = try args.requirePositionals(["import", Phrases.argCSVFile.shown])[1]
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw UsageError(Phrases.cliNotUTF8(StoreCommandSupport.safe(file)))
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
                .text(language))
            return 0
        default:
            throw UsageError(Phrases.cliUnknownAction("holidays", args.positionals[0], choices: Phrases.cliChoices(["list", "add", "remove", "import"])))
        }
    }

    static func date(_ raw: String) throws -> CivilDate {
        guard let day = CivilDate(parsing: raw) else {
            throw UsageError(Phrases.cliNotADate(Phrases.argDate.shown, StoreCommandSupport.safe(raw)))
        }
        return day
    }
}
