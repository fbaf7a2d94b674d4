import CSQLite

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
/// transaction, and records them in `schema_migration`. Safe when several processes open a
/// new database at once: each step checks again, under the write lock, that it is still due.
public enum Migrator {
    public static func migrate(_ database: Database, migrations: [Migration] = Schema.migrations) throws {
        let ordered = migrations.sorted(by: { $0.number < $1.number })
        let latest = ordered.last?.number ?? 0
        // Most opens find nothing to do: answer that without taking the write lock.
        let current = try version(database)
        if current > latest {
            throw DatabaseError(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR,
                                message: "\(database.path) has schema \(current), newer than this sts knows (\(latest)); use a newer sts",
                                sql: nil)
        }
        // Numbers are handed out to work done in parallel, so a database can hold a later number
        // without an earlier one (8 landed before 7): only every number applied means nothing to do.
        if current == latest, current > 0, Set(try applied(database)) == Set(ordered.map(\.number)) { return }
        try database.write {
            try database.execute("""
                CREATE TABLE IF NOT EXISTS schema_migration (
                    number INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                )
                """)
        }
        for migration in ordered {
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
        guard try hasMigrationTable(database) else { return [] }
        return try database.rows("SELECT number FROM schema_migration ORDER BY number") { $0.int(0) }
    }

    /// The highest migration applied; 0 for a new, empty database.
    public static func version(_ database: Database) throws -> Int {
        guard try hasMigrationTable(database) else { return 0 }
        return try database.scalarInt("SELECT coalesce(max(number), 0) FROM schema_migration")
    }

    private static func hasMigrationTable(_ database: Database) throws -> Bool {
        try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migration'") > 0
    }
}
