import Domain
import Foundation
import Storage

/// `sts deadlines [--on DATE] [--json]`: everything due or overdue at the caller's institution.
enum DeadlinesCommand {
    static let help = Phrases.helpDeadlines

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--on", "--undo"], flagOptions: ["--help", "--json", "--done"])
        if args.has("--help") { print(help.shown); return 0 }
        if let stray = args.positionals.first { throw UsageError(Phrases.cliUnexpected(stray)) }
        if args.has("--done") || args.value("--undo") != nil { return try doneOrUndo(args) }
        let date = try args.date("--on") ?? CivilDate.today()
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let (lines, holidayWarning) = try StoreCommandSupport.refusals {
            try DeskService(database: database, caller: caller).deadlines(on: date)
        }
        let language = StoreCommandSupport.language
        if let warning = holidayWarning {
            StoreCommandSupport.printError("sts: " + Phrases.cliWarning.text(language) + ": " + warning.text(language))
        }
        if args.has("--json") {
            print(JSON.array(lines.map { json($0, on: date, language: language) }).rendered(pretty: true))
            return 0
        }
        if lines.isEmpty { print(Phrases.cliNothingDue.text(language)) }
        let words = [Phrases.cliDeadlineOverdue, Phrases.cliDeadlineDue, Phrases.cliDeadlineDone]
        let width = max(7, words.map { $0.text(language).count }.max() ?? 7)
        for line in lines {
            let (_, word, days) = state(line, on: date)
            let shown = word.text(language)
            // The applicant's number beside the name: two people of one name differ by it.
            let who = line.who.isEmpty ? "" : "  " + (line.applicantID.map { "№ \($0) " } ?? "") + StoreCommandSupport.safe(line.who)
            print("\(line.deadline.due.dotted)  \(shown.padding(toLength: width, withPad: " ", startingAt: 0)) \(String(days).padding(toLength: 4, withPad: " ", startingAt: 0)) \(line.deadline.paragraph)  \(what(line, language))\(who)")
        }
        return 0
    }

    /// The status as a code (`--json`), as a word (the text), and its days.
    static func state(_ line: DeskDeadline, on date: CivilDate) -> (code: String, word: Phrase, days: Int) {
        switch line.deadline.status(on: date) {
        case .overdue(let days): return ("overdue", Phrases.cliDeadlineOverdue, days)
        case .open(let days): return ("due", Phrases.cliDeadlineDue, days)
        case .met, .metLate: return ("done", Phrases.cliDeadlineDone, 0)
        }
    }

    static func what(_ line: DeskDeadline, _ language: Language) -> String {
        line.what.text(language)
    }

    static func json(_ line: DeskDeadline, on date: CivilDate, language: Language) -> JSON {
        let (status, _, days) = state(line, on: date)
        return .object([
            ("paragraph", .string(line.deadline.paragraph)), ("due", .string(line.deadline.due.description)),
            ("status", .string(status)), ("days", .integer(days)),
            ("applicant", line.applicantID.map { .integer(Int($0)) } ?? .null),
            ("name", .string(line.who)), ("what", .string(what(line, language))),
        ])
    }
}
