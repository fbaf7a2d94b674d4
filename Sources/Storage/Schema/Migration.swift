/// One numbered, append-only step of the schema. Never edit a migration that has shipped;
/// add the next one.
public struct Migration: Sendable {
    public let number: Int
    public let name: String
    public let sql: String

    public init(number: Int, name: String, sql: String) {
        self.number = number
        self.name = name
        self.sql = sql
    }
}

/// Applies the migrations a database has not seen yet, each in its own `BEGIN IMMEDIATE`
/// transaction, and records them in `schema_migration`.
public enum Migrator {
    public static func migrate(_ database: Database, migrations: [Migration] = Schema.migrations) throws {
        try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                number INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
            )
            """)
        for migration in migrations.sorted(by: { $0.number < $1.number }) {
            try database.write {
                let done = try database.scalarInt("SELECT count(*) FROM schema_migration WHERE number = ?", [migration.number])
                guard done == 0 else { return }
                try database.execute(migration.sql)
                try database.run("INSERT INTO schema_migration(number, name) VALUES (?, ?)", [migration.number, migration.name])
            }
        }
    }

    /// The numbers of the migrations applied to this database.
    public static func applied(_ database: Database) throws -> [Int] {
        try database.rows("SELECT number FROM schema_migration ORDER BY number") { $0.int(0) }
    }
}
