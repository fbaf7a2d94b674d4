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
        confirmIssue = MessageDialog(title: context.text(Phrases.issueTitle), message: context.text(question),
                                     buttons: [context.text(Phrases.issueButton), context.text(Phrases.cancel)])
        exportAfterIssue = thenExport
    }

    func handleConfirm(_ key: Key) -> HandlerResult {
        guard var dialog = confirmIssue else { return .ignored }
        switch dialog.handle(key) {
        case .open:
            confirmIssue = dialog
            return .redraw
        case .chose(0):
            confirmIssue = nil
            issueCertificate()
            if exportAfterIssue, issue != nil { openExport() }
        case .chose, .dismissed:
            confirmIssue = nil
            message = StatusMessage(context.text(Phrases.issueCancelled), .warning)
        }
        exportAfterIssue = false
        return .redraw
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
