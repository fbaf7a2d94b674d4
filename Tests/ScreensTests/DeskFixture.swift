import Domain
import Foundation
import Screens
import Storage
import TerminalUI

/// An in-memory database with a small registry and demo applicants, a clerk of the
/// institution with the most applicants, and an App with the desk's panes.
final class DeskFixture {
    let database: Database
    let app: App
    let services: DeskSession
    let applicants: ApplicantsPane
    let caller: Caller
    /// The stores beneath the desk, for a test to arrange or inspect what the screens did.
    var applicantStore: SQLiteApplicantRepository { SQLiteApplicantRepository(database: database) }
    var registryStore: SQLiteRegistryRepository { SQLiteRegistryRepository(database: database, browsingAs: caller) }
    static let today = CivilDate(year: 2026, month: 11, day: 23) ?? CivilDate(dayNumber: 0)

    /// - Parameter liveNotices: the lists are told of changes as in `sts` (`ChangeNotice`
    ///   counting this session's writes too), not never.
    init(applicantCount: Int = 60, language: Language = .en, login: String = "leyla", database: Database? = nil,
         liveNotices: Bool = false) throws {
        if let database {
            self.database = database
        } else {
            let made = try Database(path: ":memory:")
            try Migrator.migrate(made)
            try DemoGenerator(seed: 7).populateRegistry(made, persons: 50, thisYear: 2026)
            try DemoGenerator(seed: 7).populateApplicants(made, count: applicantCount, thisYear: 2026)
            self.database = made
        }
        let code = try self.database.first("""
            SELECT institution_code FROM applicant GROUP BY institution_code ORDER BY count(*) DESC, institution_code LIMIT 1
            """) { $0.text(0) } ?? ""
        caller = Caller(login: login, role: .clerk, institutionCode: code)
        let context = AppContext(language: language, login: login, role: "clerk", databasePath: ":memory:", caller: caller,
                                 today: Self.today, errorLog: ErrorLog(database: self.database, login: login))
        let exports = NSTemporaryDirectory() + "sts-desk-tests-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        services = DeskSession(context: context, service: DeskService(database: self.database, caller: caller),
                               exportDirectory: exports)
        let database = self.database
        func notice() throws -> () -> Bool {
            guard liveNotices else { return { false } }
            let notice = try ChangeNotice(database: database, countsOwnWrites: true)
            return { (try? notice.hasChanged()) ?? false }
        }
        applicants = ApplicantsPane(services: services, hasChanged: try notice())
        app = App(context: context, panes: [applicants, StudentsPane(services: services, hasChanged: try notice()),
                                            DeadlinesPane(services: services, hasChanged: try notice()),
                                            ReportPane(services: services, hasChanged: try notice())])
    }

    func screen(width: Int = 80, height: Int = 24) -> [String] {
        app.render(width: width, height: height).lines
    }

    var text: String { screen().joined(separator: "\n") }

    @discardableResult
    func press(_ keys: Key...) -> HandlerResult {
        var last = HandlerResult.ignored
        for key in keys {
            last = app.handle(key)
            _ = app.render(width: 80, height: 24)
        }
        return last
    }

    func type(_ text: String) {
        for character in text { _ = app.handle(.character(character)) }
        _ = app.render(width: 80, height: 24)
    }

    /// Types into the current field, then moves to the next one.
    func field(_ text: String) {
        type(text)
        press(.tab)
    }
}
