import Domain

/// What an administrator does, from the Admin screen and from the command line alike: who
/// may use the system, the holiday calendar of 4.12, the settings, and reading the audit
/// trail and the error log. Each action is one method and one transaction with its audit
/// row (written by the repository inside that transaction); each is refused to anyone but an
/// administrator here, below the screens and commands, whatever they show.
public final class AdminService {
    public let caller: Caller
    let userStore: any UserRepository
    let audit: any AuditRepository
    /// The holiday calendar and the setting catalogue are extensions of the SQLite settings
    /// store (their transactions span several of its calls).
    let settings: SQLiteSettingsRepository
    let errors: ErrorLog
    let reference: any ReferenceRepository

    public init(database: Database, caller: Caller) {
        self.caller = caller
        userStore = SQLiteUserRepository(database: database)
        audit = SQLiteAuditRepository(database: database)
        settings = SQLiteSettingsRepository(database: database)
        errors = ErrorLog(database: database, login: caller.login)
        reference = SQLiteRegistryRepository(database: database, browsingAs: caller)
    }

    static let roles: Set<UserRole> = [.admin]

    // MARK: - Users

    /// Everyone who may use the system, by login.
    public func users() throws -> [AppUser] {
        try caller.require(Self.roles, to: Actions.listUsers)
        return try userStore.users(by: caller)
    }

    /// One login's entry (an administrator's look-up before a change).
    public func user(login: String) throws -> AppUser? {
        try caller.require(Self.roles, to: Actions.listUsers)
        return try userStore.user(login: login)
    }

    /// Adds a user (audited as a user change).
    @discardableResult
    public func addUser(_ user: AppUser) throws -> AppUser {
        try caller.require(Self.roles, to: Actions.addUsers)
        return try userStore.add(user, by: caller)
    }

    /// Changes a user's role or institution; `ConflictError` when `user.version` is stale.
    @discardableResult
    public func updateUser(_ user: AppUser) throws -> AppUser {
        try caller.require(Self.roles, to: Actions.changeUsers)
        return try userStore.update(user, by: caller)
    }

    /// Removes a user; the last administrator stays (issue 12), and nobody removes their own
    /// login (another administrator must).
    public func removeUser(login: String, expectedVersion: Int) throws {
        try caller.require(Self.roles, to: Actions.removeUsers)
        guard login != caller.login else { throw PermissionError(login: caller.login, action: Actions.removeThemselves) }
        try userStore.remove(login: login, expectedVersion: expectedVersion, by: caller)
    }

    // MARK: - The holiday calendar (4.12)

    /// The days off and working weekend days entered for `year`, in date order.
    public func holidays(year: Int) throws -> [HolidayEntry] { try settings.holidays(year: year) }

    /// The warning when this year or the next has no holidays entered (4.12 then counts
    /// weekends only), or nil.
    public func holidayWarning(on today: CivilDate) throws -> Phrase? { try settings.holidayWarning(on: today) }

    @discardableResult
    public func addHoliday(_ day: CivilDate, name: String, kind: DayKind = .holiday) throws -> HolidayEntry {
        try caller.require(Self.roles, to: Actions.changeHolidayCalendar)
        return try settings.addHoliday(day, name: name, kind: kind, by: caller)
    }

    /// Removes a day; false when the calendar does not have it.
    @discardableResult
    public func removeHoliday(_ day: CivilDate) throws -> Bool {
        try caller.require(Self.roles, to: Actions.changeHolidayCalendar)
        return try settings.removeHoliday(day, by: caller)
    }

    /// Imports a holiday file in one transaction: a bad line stores nothing.
    public func importHolidays(_ text: String) throws -> HolidayImportResult {
        try caller.require(Self.roles, to: Actions.changeHolidayCalendar)
        return try settings.importHolidays(text, by: caller)
    }

    // MARK: - Settings

    /// Every setting with its value (stored, or the default).
    public func settingsList() throws -> [ListedSetting] { try settings.listedSettings() }

    /// Changes a setting from its text form (audited as a setting change).
    @discardableResult
    public func setSetting(named name: String, to text: String) throws -> ListedSetting {
        try caller.require(Self.roles, to: Actions.changeSettings)
        return try settings.set(named: name, to: text, by: caller)
    }

    // MARK: - Institutions

    /// Every institution (readable by every user: their names are on contracts and certificates).
    public func institutions() throws -> [Institution] { try reference.institutions() }

    public func institution(code: String) throws -> Institution? { try reference.institution(code: code) }

    /// Saves an institution's names, city, address and rector (audited as a reference change).
    @discardableResult
    public func saveInstitution(_ institution: Institution) throws -> Institution {
        try caller.require(Self.roles, to: Actions.changeInstitutions)
        return try reference.save(institution, by: caller)
    }

    // MARK: - What happened

    /// Audit events filtered by any of person, user and start time, newest first.
    public func auditEvents(pin: PIN?, login: String?, since: String?, before: Int64?, limit: Int) throws -> [AuditEvent] {
        try caller.require(Self.roles, to: Actions.readAuditTrail)
        return try audit.events(pin: pin, login: login, since: since, before: before, limit: limit, by: caller)
    }

    /// Audit events newer than `after` (from the oldest when nil), oldest first.
    public func auditEvents(pin: PIN?, login: String?, since: String?, after: Int64?, limit: Int) throws -> [AuditEvent] {
        try caller.require(Self.roles, to: Actions.readAuditTrail)
        return try audit.events(pin: pin, login: login, since: since, after: after, limit: limit, by: caller)
    }

    /// The error log, newest first, a page before the entry `before`.
    public func errorLog(before: Int64?, limit: Int) throws -> [ErrorLogEntry] {
        try caller.require(Self.roles, to: Actions.readErrorLog)
        return try errors.entries(before: before, limit: limit, by: caller)
    }
}
