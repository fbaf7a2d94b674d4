import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Every area and its main forms at 80×24, 100×30 and 132×43 in both languages: nothing is
/// cut mid-word (issue 15, "Words instead of codes, and no cut text"). The status line is
/// left to its own tests (it wraps), and so is F1 help.
@Suite struct ScreenSizeTests {
    static let sizes = [(80, 24), (100, 30), (132, 43)]

    /// An administrator who also works for the demo institution: every area there is.
    final class AllAreas {
        let database: Database
        let app: App
        let pin: String

        init(language: Language) throws {
            database = try Store.inMemory()
            try DemoGenerator(seed: 7).populateRegistry(database, persons: 60, thisYear: 2026)
            try DemoGenerator(seed: 7).populateApplicants(database, count: 60, thisYear: 2026)
            let code = try database.first("""
                SELECT institution_code FROM applicant GROUP BY institution_code ORDER BY count(*) DESC LIMIT 1
                """) { $0.text(0) } ?? ""
            pin = try database.first("SELECT pin FROM student_record WHERE pin IS NOT NULL LIMIT 1") { $0.text(0) } ?? ""
            _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: "kamran", institutionCode: code)
            let caller = Caller(login: "kamran", role: .admin, institutionCode: code)
            let context = AppContext(language: language, login: "kamran", role: "administrator",
                                     databasePath: "/var/lib/sts/sts.db", caller: caller,
                                     today: CivilDate(year: 2026, month: 11, day: 27) ?? .today())
            let exports = NSTemporaryDirectory() + "sts-size-tests-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
            let services = DeskSession(context: context, service: DeskService(database: database, caller: caller),
                                       exportDirectory: exports)
            let registry = RegistryService(database: database, caller: caller)
            app = App(context: context, panes: [
                RegistryBrowserPane(context: context, repository: SQLiteRegistryRepository(database: database, browsingAs: caller),
                                    service: registry, hasChanged: { false }),
                ApplicantsPane(services: services, hasChanged: { false }),
                StudentsPane(services: services, hasChanged: { false }),
                DeadlinesPane(services: services, hasChanged: { false }),
                ReportPane(services: services),
                PINLookupPane(context: context, service: registry),
                NameSearchPane(context: context, service: registry),
                DiplomaCheckPane(context: context, service: registry),
                InquiriesPane(context: context, service: registry, hasChanged: { false }),
                AdminPane(context: context, service: AdminService(database: database, caller: caller)),
            ])
        }

        func press(_ keys: Key...) {
            for key in keys {
                _ = app.handle(key)
                _ = app.render(width: 80, height: 24)
            }
        }

        func type(_ text: String) {
            for character in text { press(.character(character)) }
        }

        /// The findings at every size, the status line left out.
        func cuts(_ what: String) -> [String] {
            ScreenSizeTests.sizes.flatMap { width, height -> [String] in
                let grid = app.render(width: width, height: height)
                let rows = (0..<(height - 1)).map { grid.line($0) }
                if let dump = ProcessInfo.processInfo.environment["STS_DUMP_SCREENS"] {
                    let text = "=== \(what) \(width)×\(height)\n" + grid.lines.joined(separator: "\n") + "\n"
                    if let handle = FileHandle(forWritingAtPath: dump) {
                        handle.seekToEndOfFile()
                        handle.write(Data(text.utf8))
                        try? handle.close()
                    }
                }
                let wider = app.render(width: width + 60, height: height)
                let widerRows = (0..<(height - 1)).map { wider.line($0) }
                return CutWords.find(in: rows, wider: widerRows).map { "\(what) at \(width)×\(height): \($0)" }
            }
        }
    }

    /// Each screen: how to get there from a fresh interface, and its name in a finding.
    static let screens: [(String, @Sendable (AllAreas) -> Void)] = [
        ("Registry", { $0.press(.character("1")) }),
        ("Registry details", { $0.press(.character("1"), .enter) }),
        ("Applicants", { $0.press(.character("2")) }),
        ("Applicant F2 form", { $0.press(.character("2"), .enter, .function(2)) }),
        ("Applicant F3 documents", { $0.press(.character("2"), .enter, .function(3)) }),
        ("Applicant F4 language", { $0.press(.character("2"), .enter, .function(4)) }),
        ("Applicant F5 payments", { $0.press(.character("2"), .enter, .function(5)) }),
        ("Applicant F6 contract", { $0.press(.character("2"), .enter, .function(6)) }),
        ("New applicant", { $0.press(.character("2"), .character("n")) }),
        ("Students", { $0.press(.character("3")) }),
        ("Students history", { $0.press(.character("3"), .enter) }),
        ("Students status change", { $0.press(.character("3"), .character("s")) }),
        ("Deadlines", { $0.press(.character("4")) }),
        ("Report", { $0.press(.character("5")) }),
        ("PIN purpose", { $0.press(.character("6")) }),
        ("PIN result", { f in f.press(.character("6"), .enter); f.type(f.pin); f.press(.enter) }),
        ("Names", { $0.press(.character("7")) }),
        ("Diploma", { $0.press(.character("8")) }),
        ("Inquiries", { $0.press(.character("9")) }),
        ("Admin users", { $0.press(.character("0")) }),
        ("Admin audit", { $0.press(.character("0"), .character("a")) }),
        ("Admin holidays", { $0.press(.character("0"), .character("h")) }),
        ("Admin settings", { $0.press(.character("0"), .character("s")) }),
    ]

    @Test(arguments: [Language.en, Language.az])
    func noScreenCutsAWordAtAnySize(language: Language) throws {
        var findings: [String] = []
        for (name, steps) in Self.screens {
            let areas = try AllAreas(language: language)
            steps(areas)
            findings += areas.cuts(name)
        }
        #expect(findings.isEmpty, Comment(rawValue: "\(findings.count) cuts:\n" + findings.joined(separator: "\n")))
    }
}
