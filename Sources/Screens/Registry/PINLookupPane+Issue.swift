import Domain
import Storage
import TerminalUI

/// Issuing the e-certificate is an official act (issue 15, "Official acts ask first"): `i`
/// (or `e` before anything was issued) says whose certificate, with how many records and
/// for which purpose, and waits for Enter; Esc cancels and nothing is written.
extension PINLookupPane {
    func askToIssue(thenExport: Bool) {
        guard let pin, let first = records.first else { return }
        let lang = context.language
        let question = Phrases.issueQuestion(name: first.name.full, pin: pin.value,
                                             purpose: (purpose ?? .citizenRequest).phrase.text(lang), count: records.count)
        // The certificate's language is the button: the session's first (Enter), the other one
        // beside it (→ or Tab, then Enter), so a citizen who needs it in English gets it.
        confirmIssue = MessageDialog(title: context.text(Phrases.issueTitle), message: context.text(question),
                                     buttons: Self.issueLanguages(lang).map { context.text(Phrases.issueIn($0)) }
                                         + [context.text(Phrases.cancel)])
        exportAfterIssue = thenExport
    }

    func handleConfirm(_ key: Key) -> HandlerResult {
        guard var dialog = confirmIssue else { return .ignored }
        switch dialog.handle(key) {
        case .open:
            confirmIssue = dialog
            return .redraw
        case .chose(let button) where button < Self.issueLanguages(context.language).count:
            confirmIssue = nil
            certificateLanguage = Self.issueLanguages(context.language)[button]
            issueCertificate()
            if exportAfterIssue, issue != nil { openExport() }
        case .chose, .dismissed:
            confirmIssue = nil
            message = StatusMessage(context.text(Phrases.issueCancelled), .warning)
        }
        exportAfterIssue = false
        return .redraw
    }

    /// The languages a certificate can be issued in, the session's first.
    static func issueLanguages(_ session: Language) -> [Language] {
        [session] + Language.allCases.filter { $0 != session }
    }

    private func issueCertificate() {
        guard let pin, !records.isEmpty else { return }
        do {
            guard let issued = try service.issueCertificate(pin: pin, purpose: purpose ?? .citizenRequest) else { return }
            certificate = issued.0
            issue = issued.1
            showingCertificate = true
            certificateScroll.reset()
            message = StatusMessage(context.text(Phrases.certificateIssued) + " " + issued.1.code, .ok)
            // The act is done: the field takes the next PIN (Esc, then e exports this one).
            focusPIN()
        } catch {
            message = context.message(for: error)
        }
    }
}
