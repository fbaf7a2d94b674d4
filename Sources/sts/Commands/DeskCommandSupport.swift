import Domain
import Storage

/// What the desk commands (checklist, deadlines, report) share: the caller is the login's
/// user of the database, else the command stops with one line saying whom to ask.
enum DeskCommandSupport {
    static func caller(_ database: Database) throws -> Caller {
        let login = StoreCommandSupport.login()
        guard let user = try SQLiteUserRepository(database: database).user(login: login) else {
            throw FailureError(StoreCommandSupport.language == .az
                ? "\(login) bu verilənlər bazasının istifadəçisi deyil; administratordan sizi əlavə etməsini xahiş edin (sts users add)"
                : "\(login) is not a user of this database; ask its administrator to add you (sts users add)")
        }
        return Caller(user: user)
    }

    /// Runs a repository call, turning a refused permission into exit status 1.
    static func permitted<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PermissionError {
            throw FailureError(error.phrase.text(StoreCommandSupport.language))
        }
    }
}
