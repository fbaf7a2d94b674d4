import Domain
import Storage
import TerminalUI

/// The Students area's official act: a dismissal asks first (issue 15, 4.10, 4.12).
extension StudentsPane {
    /// 4.10, 4.12: who, on which day, on which ground, and when the notices fall due; Enter
    /// dismisses, Esc leaves the form as it was and nothing is written.
    func askToDismiss(_ student: (applicant: Applicant, followUp: AdmissionFollowUp), ground: DismissalGround,
                              date: CivilDate) {
        let who = "№ \(student.applicant.id) " + student.applicant.surname + " " + student.applicant.name
        let due = student.applicant.isOutsideRegulations ? nil
            : Deadline.dismissalNotice(dismissedOn: date, calendar: services.calendar()).due
        let groundText: String
        if case .other(let text) = ground { groundText = text } else { groundText = groundLabel(ground) }
        confirm = ActConfirmation(
            title: t(Phrases.dismissTitle),
            question: t(Phrases.dismissQuestion(who: who, on: date, ground: groundText, noticesDue: due)),
            button: t(Phrases.dismissButton), cancel: t(Phrases.deskCancel),
            act: { [weak self] in
                guard let self, let current = self.editing else { return }
                self.dismissalConfirmed = true
                self.save(current)
                self.dismissalConfirmed = false
            },
            cancelled: { [weak self] in self?.message = StatusMessage(self?.t(Phrases.actNothingWritten) ?? "", .warning) })
    }
}
