import Domain
import Foundation
import Storage

/// `sts diploma --series S --number N [--initials XYZ]`: a diploma check against fakes.
enum DiplomaCommand {
    static let help = Phrases.helpDiploma

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--series", "--number", "--initials"],
                                 flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        guard let series = args.value("--series")?.trimmingCharacters(in: .whitespaces), !series.isEmpty else {
            throw UsageError(Phrases.cliMissing("--series S"))
        }
        guard let number = args.value("--number")?.trimmingCharacters(in: .whitespaces), !number.isEmpty else {
            throw UsageError(Phrases.cliMissing("--number N"))
        }
        let initials = args.value("--initials")
        if let initials, DiplomaCheck.initials(initials).isEmpty {
            throw UsageError(Phrases.cliInitialsNoLetters(StoreCommandSupport.safe(initials)))
        }
        let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
        let result = try StoreCommandSupport.refusals { try service.checkDiploma(series: series, number: number, initials: initials) }
        let language = RegistryCommandSupport.language
        var pairs: [(String, JSON)] = [("result", .string(result.code)), ("series", .string(AzerbaijaniText.uppercased(series))),
                                       ("number", .string(number))]
        var lines: [String] = []
        switch result {
        case .valid(let r):
            pairs += [
                ("holder", .object([("surname", .string(r.name.surname)), ("name", .string(r.name.name)),
                                    ("father_name", .string(r.name.fatherName)), ("birth_date", .string(r.birthDate.description))])),
                ("pin", .optional(r.pin?.value)),
                ("institution", .string(r.institutionName)), ("major_code", .string(r.majorCode)),
                ("major_name", .string(r.majorName)), ("issue_date", .optional(r.diploma?.issueDate.description)),
                ("level", .optional(r.diploma?.level.rawValue)),
            ]
            lines = [Phrases.diplomaValid.text(language),
                     "  " + r.name.full + ", " + r.birthDate.dotted,
                     "  " + r.institutionName,
                     "  " + r.majorCode + " " + r.majorName,
                     "  " + (r.diploma.map { $0.issueDate.dotted + ", " + $0.level.phrase.text(language) } ?? "")]
        case .mismatch(_, let parts):
            pairs.append(("differing", .array(parts.map { .string($0.rawValue) })))
            lines = [Phrases.diplomaMismatch(parts).text(language)]
        case .notFound:
            lines = [Phrases.diplomaNotFound.text(language)]
        }
        if args.has("--json") {
            print(JSON.object(pairs).rendered())
        } else {
            print(lines.map(StoreCommandSupport.safe).joined(separator: "\n"))
        }
        if case .valid = result { return 0 }
        return 1
    }
}
