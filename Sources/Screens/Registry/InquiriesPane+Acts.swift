import Domain
import Storage
import TerminalUI

/// Approval and rejection of a Feedback inquiry ask first (issue 15; seed 000 "the missing bit
/// of information will be uploaded into the system under the control of system administrator").
extension InquiriesPane {
    func askToApprove(_ inquiry: Inquiry, statement: InquiryApproval.Statement) {
        // Only an administrator approves (Storage refuses anyone else too); nobody is asked a
        // question whose answer would be refused.
        do { try context.caller?.require([.admin], to: Actions.approveInquiries) } catch {
            message = context.message(for: error)
            return
        }
        // Seed 000: the record goes into the national registry; said first, with its PIN.
        var shown = (name: inquiry.name.full, born: inquiry.birthDate, institution: inquiry.institutionCode,
                     year: inquiry.admissionYear, pin: statement.pin?.value)
        if let proposed = inquiry.proposedRecord {
            switch InquiryApproval.record(proposed, statement: statement) {
            case .failure(let refusal) where form.index(of: refusal.field) != nil:
                form.setError(refusal.field, context.text(refusal.reason))
                form.focus(on: refusal.field)
                return
            case .failure: break
            case .success(let record):
                shown = (record.name.full, record.birthDate, record.institutionName, record.admissionYear, record.pin?.value)
            }
        }
        confirm = ActConfirmation(
            title: context.text(Phrases.approveTitle),
            question: context.text(Phrases.approveQuestion(id: inquiry.id, who: shown.name, born: shown.born,
                                                           institution: shown.institution, year: shown.year, pin: shown.pin)),
            button: context.text(Phrases.approveButton), cancel: context.text(Phrases.cancel),
            act: { [weak self] in self?.approve(inquiry, statement: statement) },
            cancelled: { [weak self] in self?.message = StatusMessage(self?.context.text(Phrases.actNothingWritten) ?? "", .warning) })
    }

    func askToReject(_ inquiry: Inquiry, reason: String) {
        confirm = ActConfirmation(
            title: context.text(Phrases.rejectTitle),
            question: context.text(Phrases.rejectQuestion(id: inquiry.id, who: inquiry.name.full, reason: reason)),
            button: context.text(Phrases.rejectButton), cancel: context.text(Phrases.cancel),
            act: { [weak self] in
                self?.act { try self?.service.reject(inquiryID: inquiry.id, reason: reason, expectedVersion: inquiry.version) ?? inquiry }
                    success: { Phrases.inquiryRejected($0.id) }
            },
            cancelled: { [weak self] in self?.message = StatusMessage(self?.context.text(Phrases.actNothingWritten) ?? "", .warning) })
    }
}
