import Domain
import Screens
import Storage
import TerminalUI

/// An in-memory registry with demo data, and an App on it, for screen tests.
struct ScreenFixture {
    let database: Database
    let app: App
    let registry: RegistryBrowserPane

    init(persons: Int = 300, language: Language = .en) throws {
        database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        try DemoGenerator(seed: 7).populateRegistry(database, persons: persons, thisYear: 2026)
        let caller = Caller(login: "aygun", role: .ssac)
        let context = AppContext(language: language, login: "aygun", role: "ssac", databasePath: "/var/lib/sts/sts.db",
                                 caller: caller)
        registry = RegistryBrowserPane(context: context,
                                       repository: SQLiteRegistryRepository(database: database, browsingAs: caller),
                                       service: RegistryService(database: database, caller: caller), hasChanged: { false })
        app = App(context: context, panes: [registry])
    }

    func screen(width: Int = 100, height: Int = 30) -> [String] {
        app.render(width: width, height: height).lines
    }

    @discardableResult
    func press(_ keys: Key...) -> HandlerResult {
        var last = HandlerResult.ignored
        for key in keys { last = app.handle(key) }
        return last
    }

    func type(_ text: String) {
        for character in text { _ = app.handle(.character(character)) }
    }
}

extension Array where Element == String {
    /// The lines read as one text, each line's break read as a space: a status message wrapped
    /// over two lines (issue 15) reads whole.
    var flowing: String { map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
}
