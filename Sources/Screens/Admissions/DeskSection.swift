import Domain
import TerminalUI

/// One part of the applicant workspace (documents, language, payment, contract): handles
/// its keys and draws itself; the workspace owns the applicant and switches sections.
protocol DeskSection: AnyObject {
    var capturesText: Bool { get }
    var statusHints: [KeyHint] { get }
    var keyHelp: [KeyHint] { get }
    var message: StatusMessage? { get }
    /// `.ignored` lets the workspace use the key (Esc goes back to the list).
    func handle(_ key: Key) -> HandlerResult
    func render(into grid: inout Grid, rect: Rect)
    /// Re-reads what it shows (the applicant changed).
    func reload()
    /// The open sub-form (a document, a test, a payment …) as a draft: which one, and its fields.
    var draft: (kind: String, fields: [String: String])? { get }
    /// Opens the sub-form of a draft again with its fields.
    func restore(kind: String, fields: [String: String])
}

extension DeskSection {
    var draft: (kind: String, fields: [String: String])? { nil }
    func restore(kind: String, fields: [String: String]) {}
}

/// The sections of the workspace, with the function keys that open them.
enum WorkspaceSection: Int, CaseIterable {
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
