import Domain
import Foundation
import Storage

/// `sts search NAME [--born YYYY-MM-DD] [--json]`: the registry's name search.
enum SearchCommand {
    static let help = """
        usage: sts search SURNAME [NAME [FATHER'S NAME]] [--born YYYY-MM-DD] [--json] [--limit N] [--db PATH]

        Finds registry records by name. Each word is a prefix and is matched the way people
        spell it: Mamedov, Mammadov and Мамедов find Məmmədov; Guseynov and Huseynov find
        Hüseynov; Aliyev finds Əliyev; Ismayilov finds İsmayılov.

          --born DATE   only people born on that day
          --json        an array of objects: pin, surname, name, father_name, birth_date,
                        institution, admission_year, major_name, education_state
          --limit N     at most N records (default: all)
          --db PATH     the database file

        Exit status: 0 when something was found, 1 when nothing was, 2 on bad input.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--born", "--limit"], flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help); return 0 }
        guard !args.positionals.isEmpty else { throw UsageError("missing NAME") }
        let born: CivilDate?
        if let raw = args.value("--born") {
            guard let date = CivilDate(parsing: raw) else { throw UsageError("--born: \"\(raw)\" is not a date (use YYYY-MM-DD)") }
            born = date
        } else {
            born = nil
        }
        let limit = try StoreCommandSupport.count(args, "--limit") ?? Int.max
        let query = NameQuery(text: args.positionals.joined(separator: " "), born: born)
        guard !AzerbaijaniText.searchKey(query.surnamePrefix).isEmpty else {
            throw UsageError("NAME: \"\(query.surnamePrefix)\" has no letters to search for")
        }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        // The same service as the Names screen: role checked (SSAC, admin) and the search audited.
        let service = RegistryService(database: database, caller: try StoreCommandSupport.caller(database, path: path))
        let json = args.has("--json")
        var cursor: NameSearchCursor?
        var printed = 0
        let output = FileHandle.standardOutput
        var buffer = json ? "[" : ""
        while printed < limit {
            let want = min(1000, limit - printed)
            let page = try StoreCommandSupport.refusals {
                try service.search(query, after: cursor, limit: want, newSearch: cursor == nil)
            }
            for row in page {
                if json {
                    buffer += (printed == 0 ? "\n  " : ",\n  ") + jsonObject(row.record).rendered()
                } else {
                    buffer += textLine(row.record) + "\n"
                }
                printed += 1
            }
            output.write(Data(buffer.utf8))
            buffer = ""
            guard page.count == want, let last = page.last else { break }
            cursor = last.cursor
        }
        if json { output.write(Data((printed == 0 ? "]\n" : "\n]\n").utf8)) }
        guard printed > 0 else {
            let name = StoreCommandSupport.safe(args.positionals.joined(separator: " "))
            throw FailureError(StoreCommandSupport.language == .az ? "\"\(name)\" adına qeyd tapılmadı"
                                                                   : "no records match \"\(name)\"")
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
                String(r.admissionYear), safe(r.majorName), r.educationState.rawValue].joined(separator: "  ")
    }
}
