import Domain

/// Notices, cheaply and at once, when another session changes this login's own user: an
/// administrator demoting or removing a user takes their rights away in the session that is
/// already open, not at its next start (issue 12). The question is `PRAGMA data_version`
/// (no table touched); only when another connection has committed is the login's row read
/// again. Ask it before acting on a key and on the idle tick.
public final class CallerWatch {
    /// What became of the session's user since the last question.
    public enum Change: Sendable, Equatable {
        /// Another role or institution: the session goes on as this caller.
        case changed(AppUser)
        /// No longer a user of this database: the session may do nothing more.
        case removed
    }

    private let database: Database
    public let login: String
    public private(set) var user: AppUser?
    private var seen: Int
    private var ownChanges: Int64

    public init(database: Database, login: String) throws {
        self.database = database
        self.login = login
        self.seen = try database.dataVersion()
        self.ownChanges = database.totalChanges
        self.user = try SQLiteUserRepository(database: database).user(login: login)
    }

    /// The caller the session acts as now; nil once the user is removed.
    public var caller: Caller? { user.map(Caller.init(user:)) }

    /// Nil while nothing about this login changed; otherwise what did. A change this
    /// connection itself committed is seen at the next commit of anyone else, or by `reread`.
    public func check() throws -> Change? {
        let now = try database.dataVersion()
        guard now != seen else { return nil }
        seen = now
        return try reread()
    }

    /// Before a key: like `check`, and also after this connection itself wrote anything (an
    /// administrator demoting themselves in this very session — their own commit, which
    /// `data_version` does not count). Nothing is read from a table while neither happened,
    /// so typing into a field costs one `data_version` question per key, not a row lookup.
    public func checkBeforeKey() throws -> Change? {
        let own = database.totalChanges
        let now = try database.dataVersion()
        guard own != ownChanges || now != seen else { return nil }
        ownChanges = own
        seen = now
        return try reread()
    }

    /// Reads the login's row again, whatever `data_version` says.
    public func reread() throws -> Change? {
        let fresh = try SQLiteUserRepository(database: database).user(login: login)
        let before = user
        user = fresh
        // A save that left role and institution as they were is no change of rights.
        guard fresh?.role != before?.role || fresh?.institutionCode != before?.institutionCode else { return nil }
        if let fresh { return .changed(fresh) }
        return before != nil ? .removed : nil
    }
}
