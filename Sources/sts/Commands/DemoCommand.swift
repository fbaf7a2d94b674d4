import Domain
import Foundation
import Storage

/// `sts demo`: fills a database with realistic synthetic data.
enum DemoCommand {
    static let help = """
        usage: sts demo --students N [--applicants M] [--seed S] [--quiet] [--db PATH]

        Adds N synthetic people to the Student-graduate registry (Azerbaijani names with
        patronymics, records since 1992, about a tenth of the pre-2008 ones without a PIN,
        diplomas for graduates) and M foreign applicants from many countries, with their
        documents, tests, contracts and payments. With applicants, also the foreign students
        of the last five academic years at the busiest institution (graduates with diplomas,
        leave, dismissals with their 4.12 notices, reinstatement, transfer, residence documents
        with FİN, past 4.8 reports sent); holidays for this year and next (the administrator
        confirms each year's transfers: sts holidays list); Feedback inquiries in every state.
        The same seed gives the same data.
        The login that runs it becomes an administrator who can also act as a clerk of the
        institution with the most applicants.

          --students N     people to add to the registry (some have two records)
          --applicants M   foreign applicants to add (default 0)
          --seed S         random seed (default 2012)
          --quiet          print nothing but errors (no progress line, no summary)
          --db PATH        the database file (created if missing)
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--students", "--applicants", "--seed"],
                                 flagOptions: ["--help", "--quiet"])
        if args.has("--help") { print(help); return 0 }
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
        let hasUsers = try database.scalarInt("SELECT count(*) FROM app_user") > 0
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
