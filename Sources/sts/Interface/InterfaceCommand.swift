import Domain
import Foundation
import NcursesTerminal
import Screens
import Storage
import TerminalUI

/// `sts [--db PATH] [--theme NAME] [--lang az|en]` and `sts --demo`: the full-screen interface.
enum InterfaceCommand {
    static let demoPersons = 6_000

    static func run(_ arguments: Arguments, demo: Bool) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        // The one resolution of the language (--lang, STS_LANG, LANG), shared with every command.
        let language = CommandLanguage.current
        // A terminal that cannot show the screen is told so before a database is opened or made.
        do {
            try NcursesTerminal.checkUsable()
        } catch {
            throw UsageError(Phrases.cliTerminal(TerminalProblem(error)))
        }
        let path = demo ? DatabaseLocation.demo(environment: environment)
                        : DatabaseLocation.resolve(flag: arguments.value("--db"), environment: environment)
        let login = Identity.currentLogin()
        let database = try openDatabase(path: path, login: login, demo: demo)
        // A login that is not a user of this database is told whom to ask and gets nothing.
        let caller = try StoreCommandSupport.caller(database, path: path)
        // The session's user is read again whenever another session commits (issue 12).
        let watch = try CallerWatch(database: database, login: caller.login)
        let user = watch.user
        let context = AppContext(language: language, login: login, role: user?.role.phrase.text(language),
                                 databasePath: path, caller: user.map(Caller.init(user:)),
                                 errorLog: ErrorLog(database: database, login: login))
        let loadedTheme = ThemeLoader.load(requested: arguments.value("--theme"), environment: environment)
        let app = App(context: context, panes: try Areas.panes(context: context, database: database))
        if let problem = loadedTheme.problem {
            app.dialog = MessageDialog(title: Phrases.errorTitle.text(language), message: problem, role: .error,
                                       buttons: [Phrases.ok.text(language)])
        }
        return InterfaceLoop.run(app: app, terminal: try startTerminal(theme: loadedTheme.theme), onFirstFrame: StartupMark.record,
                                 watch: SessionWatch.make(app: app, database: database, watch: watch))
    }

    /// An unknown TERM, one that cannot move the cursor, or a missing terminal is a usage
    /// problem: exit 2 with one line.
    static func startTerminal(theme: Theme) throws -> NcursesTerminal {
        do {
            return try NcursesTerminal(theme: theme)
        } catch {
            throw UsageError(Phrases.cliTerminal(TerminalProblem(error)))
        }
    }

    static func openDatabase(path: String, login: String, demo: Bool) throws -> Database {
        do {
            let database = try DatabaseAccess.open(path: path, create: true)
            if demo { try DemoSetup.prepare(database, login: login, persons: demoPersons) }
            // A read first: starting a session must not take the write lock every time.
            if try !SQLiteUserRepository(database: database).hasUsers() {
                _ = try SQLiteUserRepository(database: database).bootstrapAdministrator(login: login, institutionCode: nil)
            }
            return database
        } catch let error as DatabaseError {
            throw FailureError(path + ": " + StoreCommandSupport.describe(error))
        }
    }
}

extension TerminalProblem {
    init(_ error: TerminalError) {
        switch error {
        case .unknownTerminal(let term): self = term.isEmpty ? .unset : .unknown(term)
        case .notATerminal: self = .notATerminal
        case .cannotAddressCursor(let term): self = .cannotAddressCursor(term)
        }
    }
}

/// For `sts-bench`: when `STS_STARTUP_MARK` names a file, the monotonic clock at the first
/// full frame is written there, so start-to-first-screen is measured on the real binary.
enum StartupMark {
    static func record() {
        guard let path = ProcessInfo.processInfo.environment["STS_STARTUP_MARK"], !path.isEmpty else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        try? String(nanoseconds).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
