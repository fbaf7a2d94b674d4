import Domain
import Foundation
import Storage

/// `sts audit`: who looked at what. With `--pin`, the citizen's view: who looked at this
/// person's data, when and why. Administrators only (checked in Storage). Nobody can edit
/// or delete audit events through the product; the table refuses it by trigger.
enum AuditCommand {
    static let help = Phrases.helpAudit

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--pin", "--user", "--since", "--limit"],
                                 flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        var pin: PIN?
        if let raw = args.value("--pin") {
            switch PIN.parse(raw) {
            case .success(let parsed): pin = parsed
            case .failure(let reason): throw UsageError(Phrases.cliField("--pin", reason.phrase))
            }
        }
        let since = try args.date("--since")
        let limit = try StoreCommandSupport.count(args, "--limit") ?? 200
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try StoreCommandSupport.caller(database, path: path)
        let events = try StoreCommandSupport.refusals {
            try AdminService(database: database, caller: caller).auditEvents(pin: pin, login: args.value("--user"),
                                                                             since: since?.description, before: nil, limit: limit)
        }
        let safe = StoreCommandSupport.safe
        if args.has("--json") {
            print(JSON.array(events.map { event in
                JSON.object([("at", .string(event.at)), ("login", .string(event.login)), ("action", .string(event.action)),
                             ("pin", JSON.optional(event.pin)), ("purpose", JSON.optional(event.purpose)),
                             ("detail", JSON.optional(event.detail))])
            }).rendered(pretty: true))
            return 0
        }
        if events.isEmpty {
            print(Phrases.cliAuditNone.shown)
            return 0
        }
        for event in events {
            // Local time as people read it (issue 15); --json keeps the stored ISO 8601.
            let language = CommandLanguage.current
            let parts = [LocalTime.shown(event.at), event.login, Phrases.auditActionText(event.action, language), event.pin ?? "-",
                         event.purpose.map { "«" + Phrases.auditPurposeText($0, language) + "»" } ?? "",
                         event.detail ?? ""]
            print(parts.map(safe).joined(separator: "  "))
        }
        return 0
    }
}
