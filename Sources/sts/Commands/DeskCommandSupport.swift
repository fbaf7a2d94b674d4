import Domain
import Storage

/// What the desk commands (checklist, deadlines, report) share: the caller is the login's
/// user of the database, else the command stops with one line saying whom to ask.
enum DeskCommandSupport {
    static func caller(_ database: Database) throws -> Caller {
        try StoreCommandSupport.caller(database, path: database.path)
    }
}
