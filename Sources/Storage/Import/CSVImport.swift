import Domain

/// Loading CSV files into the store (`sts import students|applicants FILE.csv`).
public enum CSVImport {
    /// Imports `path`: UTF-8 with or without a byte order mark, RFC 4180, LF or CRLF, header
    /// names in any order and any case. Each refused row is passed to `onProblem` (with its
    /// line, column and reason) while good rows still load, `batchSize` rows to a
    /// transaction. Throws `ImportFileError` when the file cannot be read or its header
    /// lacks a required column (then nothing is loaded).
    ///
    /// - Parameters:
    ///   - rejects: where every refused row is also written as it was, with its line and reason.
    ///   - reading: how far the file has been read, for a progress line drawn elsewhere.
    public static func run(_ kind: ImportKind, file path: String, into database: Database, by caller: Caller,
                           batchSize: Int = 100_000, today: CivilDate = .today(),
                           rejects: RejectsFile? = nil, reading: ImportProgress? = nil,
                           progress: ((ImportSummary) -> Void)? = nil,
                           onProblem: @escaping (ImportProblem) -> Void) throws -> ImportSummary {
        switch kind {
        // Registry records carry diplomas, and a fake diploma loaded in bulk would pass the
        // diploma check: only an administrator loads them (issue 12).
        case .students: try caller.require([.admin], to: Actions.loadRegistryRecords)
        case .applicants: try caller.require([.admin, .ssac, .clerk], to: Actions.importApplicants)
        }
        // The import is audited before its first batch (no audit row, no import) and again
        // with its counts when it ends; an import that fails half-way says so too.
        let audit = SQLiteAuditRepository(database: database)
        try audit.record(.importFile, pin: nil, purpose: nil, detail: "\(kind.rawValue) \(path): started", by: caller)
        let summary: ImportSummary
        do {
            summary = try load(kind, path: path, into: database, by: caller, batchSize: batchSize, today: today,
                               rejects: rejects, reading: reading, progress: progress, onProblem: onProblem)
        } catch {
            // The error that stopped the import is what the user must be told, so it is the one
            // thrown; the "started" row above already shows the import began. When even this row
            // cannot be written, the database is failing the same way, and that failure is what
            // `UserFacing` reports and the error log keeps.
            try? audit.record(.importFile, pin: nil, purpose: nil, detail: "\(kind.rawValue) \(path): stopped: \(error)",
                              by: caller)
            throw error
        }
        try audit.record(.importFile, pin: nil, purpose: nil, detail: "\(kind.rawValue) \(path): \(summary.line(.en))",
                         by: caller)
        return summary
    }

    private static func load(_ kind: ImportKind, path: String, into database: Database, by caller: Caller,
                             batchSize: Int, today: CivilDate, rejects: RejectsFile?, reading: ImportProgress?,
                             progress: ((ImportSummary) -> Void)?,
                             onProblem: @escaping (ImportProblem) -> Void) throws -> ImportSummary {
        try ImportSession.withFile(path) { bytes in
            try database.withLargeCache(megabytes: 1024) {
                // Checkpoint once at the end rather than after every batch: the batches then
                // only append to the log.
                try database.execute("PRAGMA wal_autocheckpoint = 100000")
                // Other sessions leave the checkpoint to this import while it runs (issue 16).
                database.waitSignal?.bulkLoad(true)
                defer {
                    database.waitSignal?.bulkLoad(false)
                    try? database.execute("PRAGMA wal_autocheckpoint = 1000")
                    _ = try? database.scalarText("PRAGMA wal_checkpoint(PASSIVE)")
                }
                switch kind {
                case .students:
                    let session = try ImportSession(file: bytes, columns: StudentImporter.columns, rejects: rejects,
                                                    progress: reading, onProblem: onProblem)
                    return try database.withoutRowChecks {
                        try StudentImporter(session: session, database: database, caller: caller, today: today)
                            .run(batchSize: max(1, batchSize), progress: progress)
                    }
                case .applicants:
                    let session = try ImportSession(file: bytes, columns: ApplicantImporter.columns, rejects: rejects,
                                                    progress: reading, onProblem: onProblem)
                    return try ApplicantImporter(session: session, database: database, caller: caller, today: today)
                        .run(batchSize: max(1, batchSize), progress: progress)
                }
            }
        }
    }
}
