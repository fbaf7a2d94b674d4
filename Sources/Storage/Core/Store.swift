/// Opening the store the way every command and screen does: connect, then bring the schema
/// up to date.
public enum Store {
    /// The schema version this build creates and expects.
    public static var latestSchemaVersion: Int { Schema.migrations.map(\.number).max() ?? 0 }

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    /// A database made by any earlier version is upgraded in place, never replaced.
    public static func open(path: String) throws -> Database {
        let database = try Database(path: path)
        try Migrator.migrate(database)
        return database
    }

    /// An in-memory database at the latest schema, for tests and previews.
    public static func inMemory() throws -> Database {
        try open(path: ":memory:")
    }
}
