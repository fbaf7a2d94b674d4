extension Schema {
    /// 11 — the administrators' error log: what failed in a session or a command (a database
    /// error with its SQL, anything unforeseen), for the administrator to read (`sts errors`,
    /// Admin → Errors). It is a table rather than a file because under the setgid shared
    /// database (README "Running on a shared server") a session can reach only the database,
    /// never create files beside it; and the person who met the failure is shown only its
    /// entry number, never the SQL. Rows are only ever added.
    static let errorLog = Migration(number: 11, name: "error log", sql: """
        CREATE TABLE error_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            login TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        """)
}
