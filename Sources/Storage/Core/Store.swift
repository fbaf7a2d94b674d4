import CSQLite

/// Opening the store the way every command and screen does: connect, then bring the schema
/// up to date.
public enum Store {
    /// The schema version this build creates and expects.
    public static var latestSchemaVersion: Int { Schema.migrations.map(\.number).max() ?? 0 }

    /// Opens the database at `path` and applies pending migrations. A database made by any
    /// earlier version is upgraded in place, never replaced. With `initialisedOnly`, a file
    /// that `sts init` did not make (no schema yet, or not an sts database) is refused before
    /// anything is written to it: a setgid `sts` must never turn some other file of its group
    /// into a database.
    public static func open(path: String, options: Database.OpenOptions = [.create],
                            initialisedOnly: Bool = false) throws -> Database {
        let database = try Database(path: path, options: options)
        if initialisedOnly, try Migrator.version(database) == 0 {
            throw DatabaseError(code: SQLITE_CANTOPEN, extendedCode: SQLITE_CANTOPEN,
                                message: "\(path) is not a database made by sts init", sql: nil)
        }
        try Migrator.migrate(database)
        return database
    }

    /// An in-memory database at the latest schema, for tests and previews.
    public static func inMemory() throws -> Database {
        try open(path: ":memory:")
    }
}
