/// SQLite's primary result codes by name, so that code reads `error.result == .busy` rather
/// than `error.code == 5` (the C names are macros Swift 6 sees only as numbers).
public enum ResultCode: Int32, Sendable, CaseIterable {
    case error = 1, internalError, permission, abort, busy, locked, noMemory, readOnly, interrupt, ioError, corrupt,
         notFound, full, cantOpen, protocolError, empty, schema, tooBig, constraint, mismatch, misuse, noLargeFile,
         authorization, format, range, notADatabase

    /// The C name, for the administrator's error log (`SQLITE_BUSY`).
    public var name: String {
        switch self {
        case .error: return "SQLITE_ERROR"
        case .internalError: return "SQLITE_INTERNAL"
        case .permission: return "SQLITE_PERM"
        case .abort: return "SQLITE_ABORT"
        case .busy: return "SQLITE_BUSY"
        case .locked: return "SQLITE_LOCKED"
        case .noMemory: return "SQLITE_NOMEM"
        case .readOnly: return "SQLITE_READONLY"
        case .interrupt: return "SQLITE_INTERRUPT"
        case .ioError: return "SQLITE_IOERR"
        case .corrupt: return "SQLITE_CORRUPT"
        case .notFound: return "SQLITE_NOTFOUND"
        case .full: return "SQLITE_FULL"
        case .cantOpen: return "SQLITE_CANTOPEN"
        case .protocolError: return "SQLITE_PROTOCOL"
        case .empty: return "SQLITE_EMPTY"
        case .schema: return "SQLITE_SCHEMA"
        case .tooBig: return "SQLITE_TOOBIG"
        case .constraint: return "SQLITE_CONSTRAINT"
        case .mismatch: return "SQLITE_MISMATCH"
        case .misuse: return "SQLITE_MISUSE"
        case .noLargeFile: return "SQLITE_NOLFS"
        case .authorization: return "SQLITE_AUTH"
        case .format: return "SQLITE_FORMAT"
        case .range: return "SQLITE_RANGE"
        case .notADatabase: return "SQLITE_NOTADB"
        }
    }
}

extension DatabaseError {
    /// The primary result code by name; nil for a code SQLite does not define (never seen).
    public var result: ResultCode? { ResultCode(rawValue: code) }

    /// The file cannot be opened for writing by this process: read-only, unopenable, or
    /// refused by an authoriser — on the shared server, a database that is not this program's.
    public var isUnreachableFile: Bool { [.readOnly, .cantOpen, .authorization].contains(result) }
}
