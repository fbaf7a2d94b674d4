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
        case .students: try caller.require([.admin, .ssac], to: "load records into the registry")
        case .applicants: try caller.require([.admin, .ssac, .clerk], to: "import applicants")
        }
        return try ImportSession.withFile(path) { bytes in
            try database.withLargeCache(megabytes: 1024) {
                // Checkpoint once at the end rather than after every batch: the batches then
                // only append to the log.
                try database.execute("PRAGMA wal_autocheckpoint = 100000")
                defer {
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
