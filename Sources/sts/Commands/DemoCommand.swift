import Domain
import Foundation
import Storage

/// `sts demo`: fills a database with realistic synthetic data.
enum DemoCommand {
    static let help = Phrases.helpDemo

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--students", "--applicants", "--seed"],
                                 flagOptions: ["--help", "--quiet"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        guard let students = try StoreCommandSupport.count(args, "--students") else {
            throw UsageError(Phrases.cliMissing("--students N"))
        }
        let applicants = try StoreCommandSupport.count(args, "--applicants") ?? 0
        var seed: UInt64 = 2012
        if let raw = args.value("--seed") {
            guard let value = UInt64(raw) else { throw UsageError(Phrases.cliNotAWholeNumber("--seed", raw)) }
            seed = value
        }
        let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: true)
        // Demo data makes the login an administrator: on a database that already has users,
        // only an administrator may add it (a clerk must not promote themselves).
        let me = StoreCommandSupport.login()
        let hasUsers = try SQLiteUserRepository(database: database).hasUsers()
        if hasUsers, try SQLiteUserRepository(database: database).user(login: me)?.role != .admin {
            throw FailureError(Phrases.cliDemoNotPermitted(me, path))
        }
        let start = Date()
        let generator = DemoGenerator(seed: seed)
        let login = StoreCommandSupport.login()
        let records: Int
        let added: Int
        let progress = ProgressLine(label: (path as NSString).lastPathComponent, unit: Phrases.progressPeople,
                                    quiet: args.has("--quiet"))
        progress.start(total: students)
        var cohorts = 0
        var inquiries = 0
        do {
            records = try generator.populateRegistry(database, persons: students) { progress.update(done: $0) }
            added = try generator.populateApplicants(database, count: applicants, login: login)
            try generator.populateHolidays(database, year: CivilDate.today().year)
            try generator.populateHolidays(database, year: CivilDate.today().year + 1)
            if applicants > 0, let institution = try DemoGenerator.busiestInstitution(database) {
                cohorts = try generator.populateYears(database, institution: institution, today: .today(), login: login)
            }
            inquiries = try generator.populateInquiries(database, login: login)
            try DemoSetup.makeDemoAdministrator(database, login: login)
        } catch let error as DatabaseError {
            progress.abandon()
            throw FailureError("\(path): " + StoreCommandSupport.describe(error))
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        progress.finish([Phrases.cliDemoDone(path, people: students, records: records, applicants: added, students: cohorts,
                                             inquiries: inquiries, seconds: seconds).shown])
        return 0
    }
}
