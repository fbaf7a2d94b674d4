import Domain
import Foundation
import Storage

/// `sts users add|list|remove`: who may use the system, with what role (DESIGN "Roles").
/// Only administrators change users; the check is in Storage.
enum UsersCommand {
    static let help = Phrases.helpUsers

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--role", "--institution"], flagOptions: ["--help", "--json"])
        if args.has("--help") || args.positionals.isEmpty { print(help.shown); return args.has("--help") ? 0 : 2 }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try StoreCommandSupport.caller(database, path: path)
        let admin = AdminService(database: database, caller: caller)
        let language = StoreCommandSupport.language
        switch args.positionals[0] {
        case "add":
            let login = try args.requirePositionals(["add", Phrases.argLogin.shown])[1]
            guard let raw = args.value("--role") else { throw UsageError(Phrases.cliRequired("--role", Phrases.cliRoleChoices)) }
            guard let role = UserRole(rawValue: raw) else {
                throw UsageError(Phrases.cliNotARole(raw))
            }
            guard login.range(of: "^[a-z_][a-z0-9_.-]*[$]?$", options: .regularExpression) != nil, login.count <= 32 else {
                throw UsageError(Phrases.cliNotALogin(StoreCommandSupport.safe(login)))
            }
            let user = try StoreCommandSupport.refusals { try admin.addUser(AppUser(login: login, role: role, institutionCode: args.value("--institution"))) }
            print(Phrases.cliUserAdded(login, role: role, institution: user.institutionCode).text(language))
        case "list":
            _ = try args.requirePositionals(["list"])
            let all = try StoreCommandSupport.refusals { try admin.users() }
            if args.has("--json") {
                print(JSON.array(all.map { user in
                    JSON.object([("login", .string(user.login)), ("role", .string(user.role.rawValue)),
                                 ("institution", JSON.optional(user.institutionCode))])
                }).rendered(pretty: true))
            } else {
                let roleWidth = max(6, UserRole.allCases.map { Phrases.cliCode($0.rawValue, $0.phrase).text(language).count }.max() ?? 6)
                for user in all {
                    print(StoreCommandSupport.safe([user.login.padding(toLength: 16, withPad: " ", startingAt: 0),
                                                    Phrases.cliCode(user.role.rawValue, user.role.phrase).text(language)
                                                        .padding(toLength: roleWidth, withPad: " ", startingAt: 0),
                                                    user.institutionCode ?? ""].joined(separator: " ")))
                }
            }
        case "remove":
            let login = try args.requirePositionals(["remove", Phrases.argLogin.shown])[1]
            guard let user = try StoreCommandSupport.refusals({ try admin.user(login: login) }) else {
                throw FailureError(Phrases.cliNotAUserLogin(login))
            }
            guard login != caller.login else {
                throw FailureError(Phrases.cliCannotRemoveSelf)
            }
            try StoreCommandSupport.refusals { try admin.removeUser(login: login, expectedVersion: user.version) }
            print(Phrases.cliUserRemoved(login).text(language))
        default:
            throw UsageError(Phrases.cliUnknownAction("users", args.positionals[0], choices: Phrases.cliChoices(["add", "list", "remove"])))
        }
        return 0
    }

}
