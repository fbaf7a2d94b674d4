import Domain
import Foundation
import Storage

/// `sts users add|list|remove`: who may use the system, with what role (DESIGN "Roles").
/// Only administrators change users; the check is in Storage.
enum UsersCommand {
    static let help = """
        usage: sts users add LOGIN --role clerk|ssac|admin [--institution CODE] [--db PATH]
               sts users list [--json] [--db PATH]
               sts users remove LOGIN [--db PATH]

        LOGIN is a Unix login on this server. A clerk belongs to one institution (its code,
        as in the registry); an administrator may have one too, to act as its clerk.
        Only administrators may add or remove users.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--role", "--institution"], flagOptions: ["--help", "--json"])
        if args.has("--help") || args.positionals.isEmpty { print(help); return args.has("--help") ? 0 : 2 }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try StoreCommandSupport.caller(database, path: path)
        let admin = AdminService(database: database, caller: caller)
        let az = StoreCommandSupport.language == .az
        switch args.positionals[0] {
        case "add":
            let login = try args.requirePositionals(["add", "LOGIN"])[1]
            guard let raw = args.value("--role") else { throw UsageError("--role is required (clerk, ssac or admin)") }
            guard let role = UserRole(rawValue: raw) else {
                throw UsageError("--role: \"\(raw)\" is not a role (clerk, ssac or admin)")
            }
            guard login.range(of: "^[a-z_][a-z0-9_.-]*[$]?$", options: .regularExpression) != nil, login.count <= 32 else {
                throw UsageError("LOGIN: \"\(StoreCommandSupport.safe(login))\" is not a Unix login name")
            }
            let user = try StoreCommandSupport.refusals { try admin.addUser(AppUser(login: login, role: role, institutionCode: args.value("--institution"))) }
            let institution = user.institutionCode.map { " (\($0))" } ?? ""
            print(az ? "\(login) əlavə edildi: \(role.phrase.az)\(institution)" : "added \(login) as \(role.phrase.en)\(institution)")
        case "list":
            _ = try args.requirePositionals(["list"])
            let all = try StoreCommandSupport.refusals { try admin.users() }
            if args.has("--json") {
                print(JSON.array(all.map { user in
                    JSON.object([("login", .string(user.login)), ("role", .string(user.role.rawValue)),
                                 ("institution", JSON.optional(user.institutionCode))])
                }).rendered(pretty: true))
            } else {
                for user in all {
                    print(StoreCommandSupport.safe([user.login.padding(toLength: 16, withPad: " ", startingAt: 0),
                                                    user.role.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0),
                                                    user.institutionCode ?? ""].joined(separator: " ")))
                }
            }
        case "remove":
            let login = try args.requirePositionals(["remove", "LOGIN"])[1]
            guard let user = try StoreCommandSupport.refusals({ try admin.user(login: login) }) else {
                throw FailureError(az ? "\(login) istifadəçi deyil" : "\(login) is not a user")
            }
            guard login != caller.login else {
                throw FailureError(az ? "özünüzü silə bilməzsiniz" : "you cannot remove yourself; ask another administrator")
            }
            try StoreCommandSupport.refusals { try admin.removeUser(login: login, expectedVersion: user.version) }
            print(az ? "\(login) silindi" : "removed \(login)")
        default:
            throw UsageError("unknown users command \"\(args.positionals[0])\" (add, list or remove)")
        }
        return 0
    }

}
