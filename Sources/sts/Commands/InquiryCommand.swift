import Domain
import Foundation
import Storage

/// `sts inquiry list|show|new|supply|approve|reject`: the "Feedback" inquiry (seed 000).
enum InquiryCommand {
    static let help = Phrases.helpInquiry

    static let values: Set<String> = ["--db", "--state", "--institution", "--surname", "--name", "--father", "--born",
                                      "--pin", "--year", "--message", "--major", "--funding", "--level", "--years",
                                      "--enrollment", "--diploma-series", "--diploma-number", "--diploma-date",
                                      "--diploma-level", "--reason", "--limit"]

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: values, flagOptions: ["--help", "--json", "--predates-pins"])
        if args.has("--help") || args.positionals.isEmpty {
            print(help.shown)
            return args.has("--help") ? 0 : 2
        }
        let action = args.positionals[0]
        let language = RegistryCommandSupport.language
        switch action {
        case "list":
            _ = try args.requirePositionals(["list"])
            var state: InquiryState?
            if let raw = args.value("--state") {
                guard let s = InquiryState(rawValue: raw) else {
                    throw UsageError(Phrases.cliIsNot("--state", raw, ["open", "answered", "approved", "rejected"]))
                }
                state = s
            }
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let limit = try StoreCommandSupport.count(args, "--limit") ?? 200
            let found = try StoreCommandSupport.refusals {
                try service.inquiries(state: state, institutionCode: args.value("--institution"), before: nil, limit: limit)
            }
            if args.has("--json") {
                print(JSON.array(found.map(json)).rendered(pretty: true))
            } else {
                for q in found {
                    print(["#\(q.id)", Phrases.cliCode(q.state.rawValue, q.state.phrase).text(language), q.pin?.value ?? "-------", StoreCommandSupport.safe(q.name.full),
                           q.birthDate.dotted, q.institutionCode, StoreCommandSupport.safe(q.message)]
                        .joined(separator: "  "))
                }
            }
            return 0
        case "show":
            let id = try inquiryID(args)
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let q = try existing(service, id)
            let events = try StoreCommandSupport.refusals { try service.history(inquiryID: id) }
            if args.has("--json") {
                var object = json(q)
                if case .object(var pairs) = object {
                    pairs.append(("history", .array(events.map { e in
                        .object([("at", .string(e.at)), ("login", .string(e.login)), ("kind", .string(e.kind.rawValue)),
                                 ("detail", .string(e.detail))])
                    })))
                    object = .object(pairs)
                }
                print(object.rendered(pretty: true))
            } else {
                print("#\(q.id)  \(q.state.phrase.text(language))  \(q.pin?.value ?? "-------")  \(StoreCommandSupport.safe(q.name.full))  \(q.birthDate.dotted)  \(q.institutionCode)")
                print(StoreCommandSupport.safe(q.message))
                for e in events {
                    print("  \(LocalTime.shown(e.at))  \(e.login)  \(Phrases.inquiryEventKind(e.kind).shown)  \(StoreCommandSupport.safe(e.detail))")
                }
            }
            return 0
        case "new":
            _ = try args.requirePositionals(["new"])
            guard let institution = args.value("--institution") else { throw UsageError(Phrases.cliMissing("--institution " + Phrases.argCode.shown)) }
            guard let surname = args.value("--surname"), !surname.isEmpty else { throw UsageError(Phrases.cliMissing("--surname S")) }
            guard let name = args.value("--name"), !name.isEmpty else { throw UsageError(Phrases.cliMissing("--name N")) }
            guard let born = try args.date("--born") else { throw UsageError(Phrases.cliMissing("--born " + Phrases.argISODate.shown)) }
            let pin = try args.value("--pin").map { try RegistryCommandSupport.pin($0, argument: "--pin") }
            var year: Int?
            if let raw = args.value("--year") {
                guard let y = Int(raw), (1992...CivilDate.today().year).contains(y) else {
                    throw UsageError(Phrases.cliInquiryYear(raw))
                }
                year = y
            }
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let opened = try StoreCommandSupport.refusals {
                try service.openInquiry(Inquiry(pin: pin, name: PersonName(surname: surname, name: name,
                                                                          fatherName: args.value("--father") ?? ""),
                                                birthDate: born, institutionCode: institution, admissionYear: year,
                                                message: args.value("--message") ?? ""))
            }
            printResult(opened, args, Phrases.cliInquiryFiled(opened.id, institution: opened.institutionCode))
            return 0
        case "supply":
            let id = try inquiryID(args)
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let q = try existing(service, id)
            var supply = RecordSupply()
            supply.admissionYear = args.value("--year") ?? ""
            supply.funding = args.value("--funding") ?? supply.funding
            supply.level = args.value("--level") ?? supply.level
            supply.yearsOfStudy = args.value("--years") ?? supply.yearsOfStudy
            supply.majorCode = args.value("--major") ?? ""
            supply.enrollment = args.value("--enrollment") ?? supply.enrollment
            supply.state = args.value("--state") ?? supply.state
            supply.diplomaSeries = args.value("--diploma-series") ?? ""
            supply.diplomaNumber = args.value("--diploma-number") ?? ""
            supply.diplomaDate = args.value("--diploma-date") ?? ""
            supply.diplomaLevel = args.value("--diploma-level") ?? supply.diplomaLevel
            switch supply.record(for: q, today: CivilDate.today()) {
            case .failure(let refusal):
                guard let first = refusal.problems.first else { return 2 }
                throw UsageError(Phrases.cliField("--" + first.field.replacingOccurrences(of: "_", with: "-"), first.reason))
            case .success(let record):
                let answered = try StoreCommandSupport.refusals {
                    try service.supply(inquiryID: id, record: record, expectedVersion: q.version)
                }
                printResult(answered, args, Phrases.cliInquirySupplied(id))
            }
            return 0
        case "approve":
            let id = try inquiryID(args)
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let pin = try args.value("--pin").map { try RegistryCommandSupport.pin($0, argument: "--pin") }
            if pin != nil && args.has("--predates-pins") {
                throw UsageError(Phrases.cliPINAndPredates)
            }
            let q = try existing(service, id)
            let statement = InquiryApproval.Statement(pin: pin, predatesPINs: args.has("--predates-pins"))
            let approved = try StoreCommandSupport.refusals {
                do {
                    return try service.approve(inquiryID: id, expectedVersion: q.version, statement: statement)
                } catch let error as ValidationError where error.field == "pin" || error.field == "predates_pins" {
                    throw ValidationError(field: error.field == "pin" ? "--pin" : "--predates-pins", reason: error.reason)
                }
            }
            if let pin = approved.pin {
                printResult(approved, args, Phrases.cliInquiryApproved(id, pin: pin.value))
            } else {
                printResult(approved, args, Phrases.cliInquiryApprovedWithoutPIN(id))
            }
            return 0
        case "reject":
            let id = try inquiryID(args)
            guard let reason = args.value("--reason"), !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw UsageError(Phrases.cliMissingReason)
            }
            let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
            let q = try existing(service, id)
            let rejected = try StoreCommandSupport.refusals {
                try service.reject(inquiryID: id, reason: reason, expectedVersion: q.version)
            }
            printResult(rejected, args, Phrases.cliInquiryRejected(id))
            return 0
        default:
            throw UsageError(Phrases.cliUnknownInquiryAction(action))
        }
    }

    static func inquiryID(_ args: Arguments) throws -> Int64 {
        let positionals = try args.requirePositionals([args.positionals[0], Phrases.argInquiry.shown])
        guard let id = Int64(positionals[1]), id > 0 else {
            throw UsageError(Phrases.cliNotAnInquiryNumber(StoreCommandSupport.safe(positionals[1])))
        }
        return id
    }

    static func existing(_ service: RegistryService, _ id: Int64) throws -> Inquiry {
        guard let q = try StoreCommandSupport.refusals({ try service.inquiry(id: id) }) else {
            throw FailureError(Phrases.cliNoInquiry(id))
        }
        return q
    }

    static func printResult(_ q: Inquiry, _ args: Arguments, _ done: Phrase) {
        if args.has("--json") {
            print(json(q).rendered(pretty: true))
        } else {
            print(done.shown)
        }
    }

    static func json(_ q: Inquiry) -> JSON {
        .object([
            ("id", .integer(Int(q.id))), ("state", .string(q.state.rawValue)), ("pin", .optional(q.pin?.value)),
            ("surname", .string(q.name.surname)), ("name", .string(q.name.name)), ("father_name", .string(q.name.fatherName)),
            ("birth_date", .string(q.birthDate.description)), ("institution", .string(q.institutionCode)),
            ("admission_year", q.admissionYear.map { .integer($0) } ?? .null), ("message", .string(q.message)),
            ("created_at", .string(q.createdAt)), ("created_by", .string(q.createdBy)),
            ("student_record_id", q.studentRecordID.map { .integer(Int($0)) } ?? .null),
            ("version", .integer(q.version)),
        ])
    }
}
