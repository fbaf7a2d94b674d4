import Domain
import Foundation
import Storage

/// `sts search NAME [--born YYYY-MM-DD] [--json]`: the registry's name search.
enum SearchCommand {
    /// Issue 12: a name search shows at most this many records unless asked for more.
    static let defaultLimit = 50
    static let maximumLimit = 100_000

    static let help = Phrases.helpSearch

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--born", "--limit"], flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        guard !args.positionals.isEmpty else { throw UsageError(Phrases.cliMissing(Phrases.argName.shown)) }
        let born = try args.date("--born")
        let limit = try StoreCommandSupport.count(args, "--limit") ?? defaultLimit
        guard (1...maximumLimit).contains(limit) else {
            throw UsageError(Phrases.cliLimitRange(limit, maximum: maximumLimit))
        }
        let query = NameQuery(text: args.positionals.joined(separator: " "), born: born)
        guard !AzerbaijaniText.searchKey(query.surnamePrefix).isEmpty else {
            throw UsageError(Phrases.cliNoLetters(Phrases.argName.shown, query.surnamePrefix))
        }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        // The same service as the Names screen: role checked (SSAC, admin) and the search
        // audited, with its limit and the number shown, before anything is printed.
        let service = RegistryService(database: database, caller: try StoreCommandSupport.caller(database, path: path))
        let (rows, more) = try StoreCommandSupport.refusals { try service.search(query, limit: limit) }
        let printed = rows.count
        var buffer = ""
        if args.has("--json") {
            buffer = "[" + rows.enumerated().map { ($0.offset == 0 ? "\n  " : ",\n  ") + jsonObject($0.element.record).rendered() }
                .joined() + (rows.isEmpty ? "]\n" : "\n]\n")
        } else {
            buffer = rows.map { textLine($0.record) + "\n" }.joined()
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        if more {
            StoreCommandSupport.printError(Phrases.cliSearchMore(printed).shown)
        }
        guard printed > 0 else {
            let name = StoreCommandSupport.safe(args.positionals.joined(separator: " "))
            throw FailureError(Phrases.cliSearchNone(name))
        }
        return 0
    }

    static func jsonObject(_ r: StudentRecord) -> JSON {
        .object([
            ("pin", .optional(r.pin?.value)),
            ("surname", .string(r.name.surname)),
            ("name", .string(r.name.name)),
            ("father_name", .string(r.name.fatherName)),
            ("birth_date", .string(r.birthDate.description)),
            ("institution", .string(r.institutionName)),
            ("admission_year", .integer(r.admissionYear)),
            ("major_name", .string(r.majorName)),
            ("education_state", .string(r.educationState.rawValue)),
        ])
    }

    static func textLine(_ r: StudentRecord) -> String {
        let safe = StoreCommandSupport.safe
        return [r.pin?.value ?? "-------", safe(r.name.full), r.birthDate.dotted, safe(r.institutionName),
                String(r.admissionYear), safe(r.majorName),
                Phrases.cliCode(r.educationState.rawValue, r.educationState.phrase).shown].joined(separator: "  ")
    }
}
