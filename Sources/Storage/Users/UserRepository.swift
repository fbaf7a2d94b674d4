import Domain

/// Who may use the system (DESIGN "Roles"): Unix logins with a role. Only an administrator
/// reads or changes the list; the very first administrator is made by `sts init` (or the
/// first login) on a database with no users at all.
public protocol UserRepository: AnyObject {
    /// One login's own entry: how a session learns who it is acting for.
    func user(login: String) throws -> AppUser?
    /// Everyone, for an administrator.
    func users(by caller: Caller) throws -> [AppUser]
    /// The administrators' logins, to tell a login that is not a user whom to ask.
    func administrators() throws -> [String]
    /// Whether anyone is a user yet (a read: starting a session must not take the write lock).
    func hasUsers() throws -> Bool
    func add(_ user: AppUser, by caller: Caller) throws -> AppUser
    /// Saves role and institution; `ConflictError` when `user.version` is stale.
    func update(_ user: AppUser, by caller: Caller) throws -> AppUser
    func remove(login: String, expectedVersion: Int, by caller: Caller) throws
    /// Makes `login` the first administrator of a database with no users at all (audited);
    /// false when there is any user already.
    func bootstrapAdministrator(login: String, institutionCode: String?) throws -> Bool
    /// The demo database's user (`sts --demo`, `sts demo`): `login` is an administrator who
    /// also works at the desk of `institutionCode`. An institution someone else assigned is
    /// kept; one the demo assigned follows the data. Audited when it changes anything.
    func makeDemoAdministrator(login: String, institutionCode: String) throws
}

/// Users in SQLite.
public final class SQLiteUserRepository: UserRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let columns = """
        SELECT u.login, u.role, i.code, u.version FROM app_user u LEFT JOIN institution i ON i.id = u.institution_id
        """

    public func user(login: String) throws -> AppUser? {
        try database.first(Self.columns + " WHERE u.login = ?", [login], Self.user)
    }

    public func users(by caller: Caller) throws -> [AppUser] {
        try caller.require([.admin], to: Actions.listUsers)
        return try database.rows(Self.columns + " ORDER BY u.login", [], Self.user)
    }

    public func hasUsers() throws -> Bool {
        try database.scalarInt("SELECT EXISTS (SELECT 1 FROM app_user)") == 1
    }

    public func administrators() throws -> [String] {
        try database.rows("SELECT login FROM app_user WHERE role = 'admin' ORDER BY login", []) { $0.text(0) }
    }

    public func add(_ user: AppUser, by caller: Caller) throws -> AppUser {
        try user.checkStoredText()
        try caller.require([.admin], to: Actions.addUsers)
        try database.write {
            let institutionID = try institutionID(user)
            try database.run("""
                INSERT INTO app_user(login, role, institution_id, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, \(nowSQL), ?) ON CONFLICT DO NOTHING
                """, [user.login, user.role.rawValue, institutionID, caller.login, caller.login])
            guard database.changes == 1 else {
                throw ValidationError(field: "login", reason: Phrase(az: "\(user.login) artıq istifadəçidir",
                                                                     en: "\(user.login) is already a user"))
            }
            try audit(caller, "added \(user.login) as \(user.role.rawValue)" + (user.institutionCode.map { " of \($0)" } ?? ""))
        }
        return try stored(user.login)
    }

    public func update(_ user: AppUser, by caller: Caller) throws -> AppUser {
        try user.checkStoredText()
        try caller.require([.admin], to: Actions.changeUsers)
        try database.write {
            let institutionID = try institutionID(user)
            if user.role != .admin { try keepAnAdministrator(besides: user.login) }
            try database.updateVersioned("""
                UPDATE app_user SET role = ?, institution_id = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE login = ? AND version = ?
                """, [user.role.rawValue, institutionID, caller.login, user.login, user.version],
                table: "app_user", keyColumn: "login", key: user.login, keyText: user.login)
            try audit(caller, "changed \(user.login) to \(user.role.rawValue)" + (user.institutionCode.map { " of \($0)" } ?? ""))
        }
        return try stored(user.login)
    }

    public func remove(login: String, expectedVersion: Int, by caller: Caller) throws {
        try caller.require([.admin], to: Actions.removeUsers)
        try database.write {
            try keepAnAdministrator(besides: login)
            try database.run("DELETE FROM app_user WHERE login = ? AND version = ?", [login, expectedVersion])
            if database.changes == 0 {
                throw try database.conflict(table: "app_user", keyColumn: "login", key: login, keyText: login)
            }
            try audit(caller, "removed \(login)")
        }
    }

    public func bootstrapAdministrator(login: String, institutionCode: String?) throws -> Bool {
        try database.write {
            // Only a database with no users at all: once anyone is a user, a login that is
            // not one gets nothing, however many administrators there are (issue 12).
            guard try database.scalarInt("SELECT count(*) FROM app_user") == 0 else { return false }
            let institutionID = try institutionCode.flatMap {
                try database.first("SELECT id FROM institution WHERE code = ?", [$0]) { $0.int64(0) }
            }
            try database.run("""
                INSERT INTO app_user(login, role, institution_id, created_by, updated_at, updated_by)
                VALUES (?, 'admin', ?, ?, \(nowSQL), ?)
                """, [login, institutionID, login, login])
            try database.audit(.userBootstrap, "\(login) became the first administrator of a database with no users",
                               by: Caller(login: login, role: .admin, institutionCode: institutionCode))
            return true
        }
    }

    public func makeDemoAdministrator(login: String, institutionCode: String) throws {
        try database.write {
            let institutionID = try database.first("SELECT id FROM institution WHERE code = ?", [institutionCode]) { $0.int64(0) }
            try database.run("""
                INSERT INTO app_user(login, role, institution_id, created_by) VALUES (?, 'admin', ?, 'demo')
                ON CONFLICT(login) DO UPDATE SET institution_id = excluded.institution_id
                WHERE (app_user.created_by = 'demo' OR app_user.institution_id IS NULL)
                  AND app_user.institution_id IS NOT excluded.institution_id
                """, [login, institutionID])
            guard database.changes > 0 else { return }
            try database.audit(.userBootstrap, "\(login) is the demo administrator, at the desk of \(institutionCode)",
                               by: Caller(login: login, role: .admin, institutionCode: institutionCode))
        }
    }

    /// Refuses to leave the database without an administrator: the last one can be neither
    /// removed nor demoted (issue 12), whoever asks; another administrator must be made first.
    private func keepAnAdministrator(besides login: String) throws {
        let isAdmin = try database.first("SELECT role = 'admin' FROM app_user WHERE login = ?", [login]) { $0.int(0) == 1 }
        guard isAdmin == true else { return }
        let others = try database.scalarInt("SELECT count(*) FROM app_user WHERE role = 'admin' AND login <> ?", [login])
        guard others == 0 else { return }
        throw ValidationError(field: "role", reason: Phrase(
            az: "\(login) son inzibatçıdır; əvvəlcə başqa inzibatçı əlavə edin",
            en: "\(login) is the last administrator; make another administrator first"))
    }

    /// Every change of who may do what is itself audited, in the same transaction.
    private func audit(_ caller: Caller, _ detail: String) throws {
        try SQLiteAuditRepository(database: database).record(.userChange, pin: nil, purpose: nil, detail: detail, by: caller)
    }

    private func institutionID(_ user: AppUser) throws -> Int64? {
        guard let code = user.institutionCode else {
            if user.role == .clerk {
                throw ValidationError(field: "institution", reason: Phrase(az: "qəbul işçisinin müəssisəsi göstərilməlidir",
                                                                           en: "a clerk needs an institution"))
            }
            return nil
        }
        guard let id = try database.first("SELECT id FROM institution WHERE code = ?", [code], { $0.int64(0) }) else {
            throw ValidationError(field: "institution", reason: Phrase(az: "\"\(code)\" kodlu müəssisə yoxdur",
                                                                       en: "there is no institution \"\(code)\""))
        }
        return id
    }

    private func stored(_ login: String) throws -> AppUser {
        guard let found = try user(login: login) else { throw StoredValue.corrupt("app_user.login", login) }
        return found
    }

    static func user(_ row: Row) throws -> AppUser {
        AppUser(login: row.text(0), role: try StoredValue.decode(UserRole.self, row.text(1), column: "app_user.role"),
                institutionCode: row.optionalText(2), version: row.int(3))
    }
}
