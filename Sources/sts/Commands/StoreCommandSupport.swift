import Domain
import Foundation
import Storage
import TerminalUI

/// What the store commands (init, demo, import, search) share: the Unix login, the
/// language of messages, opening the database with errors a user can act on, and text
/// made safe for the terminal.
enum StoreCommandSupport {
    /// The Unix login of this process (never an environment variable).
    static func login() -> String { Identity.currentLogin() }

    /// The login's user record as a caller; a login that is not a user is told, in one
    /// line, whom to ask, and gets nothing (exit 1).
    static func caller(_ database: Database, path: String) throws -> Caller {
        let login = self.login()
        let users = SQLiteUserRepository(database: database)
        if let user = try users.user(login: login) { return Caller(user: user) }
        throw FailureError(Phrases.cliNotAUser(login, path: path, administrators: try users.administrators()))
    }

    /// Refusals and failures from Storage as one line, in the words of `UserFacing` (the one
    /// mapping the screens use too): a bad value exit 2 naming the field, anything else exit 1.
    /// Every command goes through this one mapping.
    static func refusals<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as UsageError {
            throw error
        } catch let error as FailureError {
            throw error
        } catch let error as ValidationError {
            throw UsageError(describe(error))
        } catch {
            throw FailureError(describe(error))
        }
    }

    /// Where this command writes failures that are not the user's to act on (set once the
    /// database is open). The command line is one thread, like the session it serves.
    nonisolated(unsafe) static var errorLog: ErrorLog?

    /// An error in words (`UserFacing.message(for:log:)`), in the language of messages; a
    /// database failure goes to the error log and the line names its entry, never the SQL.
    static func describe(_ error: Error) -> String {
        UserFacing.message(for: error, log: errorLog).phrase.text(language)
    }

    /// The command line's language (`CommandLanguage`: --lang, STS_LANG, LANG).
    static var language: Language { CommandLanguage.current }

    /// Opens the database at the resolved path (creating a personal one, mode 0600, when
    /// `create`), migrated to the latest schema; the shared one with the program's group,
    /// which is then given up for good (`DatabaseAccess`).
    static func open(flag: String?, create: Bool) throws -> (Database, String) {
        let path = DatabaseLocation.resolve(flag: flag)
        do {
            let database = try DatabaseAccess.open(path: path, create: create)
            errorLog = ErrorLog(database: database, login: login())
            return (database, path)
        } catch let error as DatabaseError {
            throw FailureError("\(path): " + describe(error))
        }
    }

    /// Text from the database as the terminal may show it (one escaping rule everywhere).
    static func safe(_ text: String) -> String { ShownText.escaped(text) }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A positive whole number option.
    static func count(_ arguments: Arguments, _ name: String) throws -> Int? {
        guard let raw = arguments.value(name) else { return nil }
        guard let value = Int(raw), value >= 0 else {
            throw UsageError(Phrases.cliNotAWholeNumber(name, raw))
        }
        return value
    }
}
