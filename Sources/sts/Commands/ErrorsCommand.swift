import Domain
import Foundation
import Storage

/// `sts errors`: the administrators' error log — failures a user met that were not theirs to
/// act on (a database error with its SQL, anything unforeseen). The user was shown only the
/// entry's number; the details are here. Administrators only (checked in Storage).
enum ErrorsCommand {
    static let help = Phrases.helpErrors

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--limit"], flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        let limit = try StoreCommandSupport.count(args, "--limit") ?? 50
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try StoreCommandSupport.caller(database, path: path)
        let entries = try StoreCommandSupport.refusals {
            try AdminService(database: database, caller: caller).errorLog(before: nil, limit: limit)
        }
        let safe = StoreCommandSupport.safe
        if args.has("--json") {
            print(JSON.array(entries.map { entry in
                JSON.object([("entry", .integer(Int(entry.id))), ("at", .string(entry.at)), ("login", .string(entry.login)),
                             ("kind", .string(entry.kind)), ("detail", .string(entry.detail))])
            }).rendered(pretty: true))
            return 0
        }
        if entries.isEmpty {
            print(Phrases.errorLogEmpty.text(StoreCommandSupport.language))
            return 0
        }
        for entry in entries {
            let parts = ["#\(entry.id)", LocalTime.shown(entry.at), entry.login, entry.kind, entry.detail]
            print(parts.map(safe).joined(separator: "  "))
        }
        return 0
    }
}
