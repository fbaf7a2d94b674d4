import Domain
import Foundation
import Storage

/// `sts deadlines --done` lists what was marked done (who, when, its number); `--undo N` undoes
/// mark N, as `h` and `u` do on the Deadlines screen (issue 15): whoever may mark it may undo it,
/// and the undoing is audited (`deadline-undone`). Writing the command is the act.
extension DeadlinesCommand {
    static func doneOrUndo(_ args: Arguments) throws -> Int32 {
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let service = DeskService(database: database, caller: caller)
        let language = StoreCommandSupport.language
        if let raw = args.value("--undo") {
            guard let id = Int64(raw), id > 0 else { throw UsageError(Phrases.cliNotADeadlineMark(raw)) }
            try StoreCommandSupport.refusals { try service.undoDeadline(eventID: id) }
            print(Phrases.undone(by: caller.login).text(language))
            return 0
        }
        let done = try StoreCommandSupport.refusals { try service.doneDeadlines() }
        if args.has("--json") {
            print(JSON.array(done.map { line in
                .object([("mark", .integer(Int(line.event.id))), ("paragraph", .string(line.paragraph)),
                         ("what", .string(line.event.kind.rawValue)), ("subject", .string(line.event.subject)),
                         ("applicant", line.event.applicantID.map { .integer(Int($0)) } ?? .null),
                         ("name", .string(line.who)), ("done_on", .string(line.event.doneOn?.description ?? "")),
                         ("done_by", .string(line.event.doneBy ?? ""))])
            }).rendered(pretty: true))
            return 0
        }
        if done.isEmpty { print(Phrases.doneListEmpty.text(language)) }
        for line in done {
            let when = line.event.doneOn.map { Phrases.doneBy(line.event.doneBy ?? "?", on: $0).text(language) } ?? ""
            let who = line.who.isEmpty ? "" : "  " + (line.event.applicantID.map { "№ \($0) " } ?? "")
                + StoreCommandSupport.safe(line.who)
            let subject = line.event.applicantID == nil && !line.event.subject.isEmpty ? " " + line.event.subject : ""
            print("\(String(line.event.id).padding(toLength: 6, withPad: " ", startingAt: 0)) \(when)  "
                  + Phrases.deskEventKind(line.event.kind.name).text(language) + subject + who)
        }
        return 0
    }
}

extension Phrases {
    static func cliNotADeadlineMark(_ raw: String) -> Phrase {
        Phrase(az: "--undo: \"\(raw)\" icra qeydinin nömrəsi deyil (sts deadlines --done göstərir)",
               en: "--undo: \"\(raw)\" is not the number of a mark (sts deadlines --done shows them)")
    }
}
