import Domain
import TerminalUI

/// One part of the applicant workspace (documents, language, payment, contract): a component
/// whose open sub-form (a document, a test, a payment …) can be kept as a draft. The
/// workspace owns the applicant and switches sections; a section's `.ignored` lets the
/// workspace use the key (Esc goes back to the list).
protocol DeskSection: Component {
    /// Re-reads what it shows (the applicant changed, or another session's commit).
    func reload()
    /// The open sub-form as a draft: which one, and its fields.
    var draft: (kind: String, fields: [String: String])? { get }
    /// Opens the sub-form of a draft again with its fields.
    func restore(kind: String, fields: [String: String])
}

extension DeskSection {
    var draft: (kind: String, fields: [String: String])? { nil }
    func restore(kind: String, fields: [String: String]) {}
    func poll() -> Bool {
        reload()
        return true
    }
}

/// The sections of the workspace, with the function keys that open them.
enum WorkspaceSection: Int, CaseIterable, Codable {
    case form, documents, language, payment, contract

    var key: Int { rawValue + 2 }

    var title: Phrase {
        switch self {
        case .form: return Phrases.deskSectionForm
        case .documents: return Phrases.deskSectionDocuments
        case .language: return Phrases.deskSectionLanguage
        case .payment: return Phrases.deskSectionPayment
        case .contract: return Phrases.deskSectionContract
        }
    }
}
