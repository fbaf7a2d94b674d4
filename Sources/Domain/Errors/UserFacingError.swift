/// How loudly a refusal or failure is shown: the status line's colour in the interface;
/// the command line prints both on stderr (its exit status says the kind, not this).
public enum Severity: Sendable, Hashable {
    /// The world changed under the user, or something needs their attention; what they did
    /// was not wrong (a conflicting save: reload and do it again).
    case warning
    /// The action was refused or failed: a bad value, a missing right, a broken database.
    case error
}

/// An error a person may read: its words in both languages and how loud they are. Every
/// error a screen or a command can meet adopts this — refusals of the rules here in Domain,
/// conflicts, permissions, validation, imports, files and the database in Storage — and
/// `UserFacing.message(for:)` (Storage) is the one place that turns any error into words.
public protocol UserFacingError: Error {
    var phrase: Phrase { get }
    var severity: Severity { get }
}

extension UserFacingError {
    public var severity: Severity { .error }
}

// MARK: - The rules' refusals

extension TextRefusal: UserFacingError {}
extension StatusRefusal: UserFacingError {
    /// `4.12: …` — the paragraph the refusal rests on, then why.
    public var phrase: Phrase { Phrase(az: paragraph + ": " + why.az, en: paragraph + ": " + why.en) }
}
extension PIN.Invalid: UserFacingError {}
extension LanguageScore.Invalid: UserFacingError {}
extension InquiryApproval.Refusal: UserFacingError {
    public var phrase: Phrase { Phrase(az: field + ": " + reason.az, en: field + ": " + reason.en) }
}
extension RecordSupply.Refusal: UserFacingError {
    public var phrase: Phrase {
        Phrase.joined(problems.map { Phrase(az: $0.field + ": " + $0.reason.az, en: $0.field + ": " + $0.reason.en) },
                      separator: "; ")
    }
}
