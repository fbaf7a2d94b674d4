import Domain

/// What a person is told about an error: the words and how loud they are.
public struct UserMessage: Sendable, Hashable {
    public let phrase: Phrase
    public let severity: Severity

    public init(_ phrase: Phrase, _ severity: Severity) {
        self.phrase = phrase
        self.severity = severity
    }
}

/// The one place any error becomes words for a person — the status line of every screen
/// and every line the command line prints about a failure come from `message(for:log:)`.
public enum UserFacing {
    /// The words for `error`. An error that is not the user's to act on (a database failure,
    /// anything unforeseen) is written to the administrators' error log with its details —
    /// SQL included — and the person is told only what failed and the log entry's number:
    /// a clerk never sees SQL.
    public static func message(for error: Error, log: ErrorLog? = nil) -> UserMessage {
        if let error = error as? DatabaseError {
            let entry = log?.record(error)
            return UserMessage(Phrases.databaseFailed(error.result, entry: entry, message: log == nil ? error.message : nil),
                               .error)
        }
        if let error = error as? UserFacingError { return UserMessage(error.phrase, error.severity) }
        return UserMessage(Phrases.unexpectedFailure(entry: log?.record(error)), .error)
    }
}

// MARK: - Storage's errors

extension ConflictError: UserFacingError {
    /// A warning, not an error: the user did nothing wrong, someone else saved first; they
    /// reload and make the change again (the desk offers exactly that).
    public var severity: Severity { .warning }
}
extension PermissionError: UserFacingError {}
extension ValidationError: UserFacingError {
    /// `number: is required` — the field, then why.
    public var phrase: Phrase { Phrase(az: field + ": " + reason.az, en: field + ": " + reason.en) }
}
extension AdmissionRefusal: UserFacingError {}
extension PrivateFile.Failure: UserFacingError {}
extension ImportFileError: UserFacingError {
    public var phrase: Phrase { reason }
}
/// Words for the database's failures; the details (message, SQL) go to the error log only.
extension DatabaseError: UserFacingError {
    public var phrase: Phrase { Phrases.databaseFailed(result, entry: nil) }
}
