import Foundation

/// Why a person's records are looked up (DESIGN "Roles": every PIN search is audited with
/// its purpose). The clerk picks one before the first search of a session.
public enum LookupPurpose: Sendable, Hashable {
    case citizenRequest
    case verification
    case investigation
    case correction
    case other(String)

    /// The choices in the order the screen offers them (`other` with empty text).
    public static let choices: [LookupPurpose] = [.citizenRequest, .verification, .investigation, .correction, .other("")]

    /// What goes into `audit_event.purpose`: a stable code, or "other: TEXT".
    public var auditText: String {
        switch self {
        case .citizenRequest: return "citizen-request"
        case .verification: return "verification"
        case .investigation: return "investigation"
        case .correction: return "correction"
        case .other(let text): return "other: " + text
        }
    }

    /// Reads `--purpose`: a standard purpose by its code ("citizen-request") or by its name
    /// in English or Azerbaijani ("data correction", "Məlumatın düzəldilməsi"), in any letter
    /// case; "other: TEXT", "digər: TEXT" or any other text as `other`. Empty is nil.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if let standard = Self.byName[Self.nameKey(text)] {
            self = standard
        } else if let colon = text.firstIndex(of: ":"), Self.otherKeys.contains(Self.nameKey(String(text[..<colon]))) {
            self = .other(String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        } else {
            self = .other(text)
        }
    }

    /// "other" and "digər", the words before the colon of "other: TEXT" as the screen shows it.
    static let otherKeys: Set<String> = [nameKey(LookupPurpose.other("").phrase.en), nameKey(LookupPurpose.other("").phrase.az)]

    /// Every way `--purpose` may name a standard purpose: the code, the short words the
    /// command line took before (citizen, employer, fake), and the English and Azerbaijani
    /// names the screen shows. No two purposes share a key (a test holds this).
    static let byName: [String: LookupPurpose] = {
        let short: [LookupPurpose: [String]] = [.citizenRequest: ["citizen"], .verification: ["employer"],
                                                .investigation: ["fake"]]
        var names: [String: LookupPurpose] = [:]
        for purpose in choices where !purpose.isSameKind(as: .other("")) {
            for name in [purpose.auditText, purpose.phrase.en, purpose.phrase.az] + short[purpose, default: []] {
                names[nameKey(name)] = purpose
            }
        }
        return names
    }()

    /// Letter case folded with Azerbaijani rules, with ı and i taken as one letter so that
    /// "INVESTIGATION" (I → ı) still matches; '-' and '_' count as spaces, runs of spaces as one.
    static func nameKey(_ text: String) -> String {
        let folded = AzerbaijaniText.lowercased(text).replacingOccurrences(of: "ı", with: "i")
            .replacingOccurrences(of: "’", with: "'")
        return folded.split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace }).joined(separator: " ")
    }

    /// Same kind, ignoring the text of `other`.
    public func isSameKind(as other: LookupPurpose) -> Bool {
        switch (self, other) {
        case (.other, .other): return true
        default: return self == other
        }
    }

    public var phrase: Phrase {
        switch self {
        case .citizenRequest: return Phrase(az: "vətəndaşın müraciəti", en: "citizen's request")
        case .verification: return Phrase(az: "işəgötürən və ya qurum yoxlaması", en: "employer or institution verification")
        case .investigation: return Phrase(az: "saxta sənəd şübhəsi ilə araşdırma", en: "investigation of a suspected fake")
        case .correction: return Phrase(az: "məlumatın düzəldilməsi", en: "data correction")
        case .other(let text):
            return text.isEmpty ? Phrase(az: "digər", en: "other") : Phrase(az: "digər: " + text, en: "other: " + text)
        }
    }
}
