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

    /// Reads `--purpose`: one of the codes, else any other text as `other`. Empty is nil.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch text.lowercased() {
        case "citizen-request", "citizen": self = .citizenRequest
        case "verification", "employer": self = .verification
        case "investigation", "fake": self = .investigation
        case "correction": self = .correction
        default:
            let lower = text.lowercased()
            self = .other(lower.hasPrefix("other:") ? String(text.dropFirst(6)).trimmingCharacters(in: .whitespaces) : text)
        }
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
