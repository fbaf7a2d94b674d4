import Domain
import Foundation
import Storage

/// `sts admit APPLICANT-ID --order-number N [--order-date DATE] [--funding state|paid]`: the
/// admission order of contract 2.1.1, with the number and date the clerk gives it.
enum AdmitCommand {
    static let help = Phrases.helpAdmit

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--order-number", "--order-date", "--funding"],
                                 flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        guard let raw = args.positionals.first else { throw UsageError(Phrases.cliMissing(Phrases.argApplicant.shown)) }
        guard args.positionals.count == 1 else { throw UsageError(Phrases.cliUnexpected(args.positionals[1])) }
        guard let id = Int64(raw), id > 0 else { throw UsageError(Phrases.cliNotAnApplicantNumber(raw)) }
        guard let number = args.value("--order-number"), !number.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("--order-number: " + Phrases.orderNumberRequired.shown)
        }
        let today = CivilDate.today()
        let date = try args.date("--order-date") ?? today
        guard date <= today else { throw UsageError("--order-date: " + Phrases.orderDateInFuture.shown) }
        var funding: Funding?
        if let raw = args.value("--funding") {
            guard let parsed = Funding(rawValue: raw.lowercased()) else {
                throw UsageError(Phrases.cliNotStateOrPaid(raw))
            }
            funding = parsed
        }
        let (database, _) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
        let caller = try DeskCommandSupport.caller(database)
        let language = StoreCommandSupport.language
        let service = DeskService(database: database, caller: caller)
        let applicants = SQLiteApplicantRepository(database: database)
        guard let applicant = try StoreCommandSupport.refusals({ try applicants.applicant(id: id, by: caller) }) else {
            throw FailureError(Phrases.deskNoSuchApplicant(id))
        }
        let chosen = funding ?? AdmissionRules.defaultFunding(for: applicant.basis)
        do {
            _ = try StoreCommandSupport.refusals {
                try service.admit(applicantID: id, expectedVersion: applicant.version, on: date, funding: chosen,
                                  orderNumber: number)
            }
        } catch let refusal as AdmissionRefusal {
            throw FailureError(Phrases.deskAdmitRefused.shown + " " + refusal.phrase.shown)
        }
        let year = AdmissionRules.academicYearStarts(forOrderOn: date).year
        let trimmed = number.trimmingCharacters(in: .whitespaces)
        if args.has("--json") {
            print(JSON.object([
                ("applicant", .integer(Int(id))), ("order_number", .string(trimmed)), ("order_date", .string(date.description)),
                ("academic_year", .string("\(year)/\(year + 1)")), ("funding", .string(chosen.rawValue)),
                ("residence_due", .string(date.adding(days: 90).description)),
            ]).rendered(pretty: true))
        } else {
            print("\(id)  \(StoreCommandSupport.safe(applicant.surname)) \(StoreCommandSupport.safe(applicant.name))  "
                  + Phrases.admittedByOrder(number: StoreCommandSupport.safe(trimmed), on: date,
                                            residenceDue: date.adding(days: 90)).text(language))
        }
        return 0
    }
}
