import Domain
import Foundation
import Storage

/// `sts institutions list|set`: the institution's record the appendix contract is made from —
/// its name (and English name, migration 10), city, address and rector (issue 15: "the
/// contract shows its number, the rector and the addresses"). Anyone may list; changes are
/// for administrators, checked, version-checked and audited in Storage.
enum InstitutionsCommand {
    static var help: Phrase { Phrases.helpInstitutions }

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--name", "--name-en", "--city", "--address", "--rector"],
                                 flagOptions: ["--help", "--json"])
        if args.has("--help") || args.positionals.isEmpty { print(help.shown); return args.has("--help") ? 0 : 2 }
        let language = StoreCommandSupport.language
        let safe = StoreCommandSupport.safe
        switch args.positionals[0] {
        case "list":
            _ = try args.requirePositionals(["list"])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let all = try StoreCommandSupport.refusals {
                try AdminService(database: database, caller: caller).institutions()
            }
            if args.has("--json") {
                print(JSON.array(all.map { i in
                    JSON.object([("code", .string(i.code)), ("name", .string(i.name)), ("name_en", .string(i.nameEnglish)),
                                 ("city", .string(i.city)), ("address", .string(i.address)), ("rector", .string(i.rector))])
                }).rendered(pretty: true))
                return 0
            }
            let none = Phrases.institutionNotSet.text(language)
            for i in all {
                print("\(safe(i.code))  \(safe(i.name))" + (i.nameEnglish.isEmpty ? "" : " (\(safe(i.nameEnglish)))"))
                print("    " + Phrases.institutionAddressLine(i.address.isEmpty ? none : safe(i.address),
                                                               rector: i.rector.isEmpty ? none : safe(i.rector)).text(language))
            }
            return 0
        case "set":
            let positionals = try args.requirePositionals(["set", Phrases.argCode.shown])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let admin = AdminService(database: database, caller: caller)
            guard var institution = try StoreCommandSupport.refusals({ try admin.institution(code: positionals[1]) }) else {
                throw FailureError(Phrases.institutionUnknown(positionals[1]).text(language))
            }
            let changes: [(String, WritableKeyPath<Institution, String>)] = [
                ("--name", \.name), ("--name-en", \.nameEnglish), ("--city", \.city), ("--address", \.address), ("--rector", \.rector),
            ]
            var changed = false
            for (option, field) in changes {
                if let value = args.value(option) {
                    institution[keyPath: field] = value.trimmingCharacters(in: .whitespaces)
                    changed = true
                }
            }
            guard changed else { throw UsageError(Phrases.cliMissing("--name, --name-en, --city, --address, --rector")) }
            let stored = try StoreCommandSupport.refusals { try admin.saveInstitution(institution) }
            print(Phrases.institutionSaved(stored.code).text(language))
            return 0
        default:
            throw UsageError(Phrases.cliUnknownAction("institutions", args.positionals[0], choices: Phrases.cliChoices(["list", "set"])))
        }
    }
}
