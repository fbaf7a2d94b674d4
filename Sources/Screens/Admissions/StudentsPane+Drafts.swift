import Domain
import Storage
import TerminalUI

/// The Students area's drafts: the open status change or residence entry is kept as a typed
/// `StudentFormDraft` when the session ends, and offered back — its form opened, its values put in.
extension StudentsPane {
    public func saveDraft() {
        guard let current = editing, students.indices.contains(selected) else { return }
        let draft = StudentFormDraft(kind: current.kind, fields: FormValues(current.form))
        services.keepDraft(form: StudentFormDraft.form, subject: String(students[selected].applicant.id), fields: draft.stored)
    }

    /// A status change or residence entry left open by the last session is offered back.
    func offerDraft() {
        guard let stored = services.drafts(of: StudentFormDraft.form).first, let draft = StudentFormDraft(stored) else { return }
        let discard: () -> Void = { [weak self] in
            self?.services.discardDraft(form: stored.form, subject: stored.subject)
        }
        dialog = .offerDraft(lang, who: "№ " + stored.subject, savedAt: stored.savedAt,
                             restore: { [weak self] in self?.restore(draft, of: stored.subject); discard() }, discard: discard)
    }

    /// Opens the draft's form for its student and puts its values in.
    private func restore(_ draft: StudentFormDraft, of subject: String) {
        guard let index = students.firstIndex(where: { String($0.applicant.id) == subject }) else { return }
        list.select(index)
        openForm(draft.kind)
        guard var current = editing, current.kind == draft.kind else { return }
        draft.fields.restore(into: &current.form)
        editing = current
        message = StatusMessage(t(Phrases.deskDraftRestored), .ok)
    }
}
