import Domain
import Foundation
import Storage

/// `sts checklist APPLICANT-ID [--json]`: the document checklist of 3.4 and what is missing.
enum ChecklistCommand {
    static let help = Phrases.helpChecklist

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--on"], flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        guard let raw = args.positionals.first else { throw UsageError(Phrases.cliMissing(Phrases.argApplicant.shown)) }
        guard args.positionals.count == 1 else { throw UsageError(Phrases.cliUnexpected(args.positionals[1])) }
        guard let id = Int64(raw), id > 0 else { throw UsageError(Phrases.cliNotAnApplicantNumber(raw)) }
        let date = try args.date("--on") ?? CivilDate.today()
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let desk = DeskService(database: database, caller: caller)
        let language = StoreCommandSupport.language
        guard let applicant = try StoreCommandSupport.refusals({ try desk.applicant(id: id) }) else {
            throw FailureError(Phrases.deskNoSuchApplicant(id))
        }
        let checklist = try StoreCommandSupport.refusals { try desk.checklist(for: applicant, on: date) }
        if args.has("--json") {
            print(json(checklist, applicant: applicant, language: language).rendered(pretty: true))
        } else {
            print(text(checklist, applicant: applicant, language: language), terminator: "")
        }
        return 0
    }

    static func json(_ checklist: DocumentChecklist, applicant: Applicant, language: Language) -> JSON {
        .object([
            ("applicant", .integer(Int(applicant.id))),
            ("name", .string(applicant.surname + " " + applicant.name)),
            ("date", .string(checklist.date.description)),
            ("complete", .bool(checklist.isComplete)),
            ("outside_regulations", .bool(checklist.outsideRegulations)),
            ("items", .array(checklist.items.map { item in
                .object([("paragraph", .string(item.paragraph)), ("title", .string(item.title.text(language))),
                         ("status", .string(item.status.rawValue)),
                         ("problems", .array(item.problems.map { .string($0.text(language)) }))])
            })),
            ("missing", .array(checklist.problems.map { problem in
                .object([("paragraph", .string(problem.paragraph)), ("reason", .string(problem.why.text(language)))])
            })),
        ])
    }

    static func text(_ checklist: DocumentChecklist, applicant: Applicant, language: Language) -> String {
        let safe = StoreCommandSupport.safe
        var out = "\(applicant.id)  \(safe(applicant.surname)) \(safe(applicant.name))  (\(checklist.date.dotted))\n"
        let marks: [DocumentChecklist.Status] = [.accepted, .missing, .notAcceptable, .notProvided]
        let width = marks.map { Phrases.cliChecklistMark($0).text(language).count }.max() ?? 7
        for item in checklist.items {
            let mark = Phrases.cliChecklistMark(item.status).text(language).padding(toLength: width, withPad: " ", startingAt: 0)
            out += "  \(mark)  \(item.paragraph.padding(toLength: 6, withPad: " ", startingAt: 0)) \(item.title.text(language))\n"
        }
        if checklist.outsideRegulations {
            out += Phrases.outsideRegulations12.text(language) + "\n"
        } else if checklist.isComplete {
            out += Phrases.cliChecklistComplete.text(language) + "\n"
        } else {
            out += Phrases.cliChecklistMissing.text(language) + "\n"
            for problem in checklist.problems { out += "  " + problem.text(language) + "\n" }
        }
        return out
    }
}
