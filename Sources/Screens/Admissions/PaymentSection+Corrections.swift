import Domain
import Storage
import TerminalUI

/// F5's payments corrected on the record (issue 15): ↑ ↓ choose a payment, `c` corrects it
/// (the form as it was, plus the required reason; the old row is voided and the corrected one
/// added), `v` voids it with the reason. Voided payments stay in the list, marked, and no
/// longer count: the 2.1.1 half and the 2.2.2 yearly deadlines are worked out from the rest.
extension PaymentSection {
    func handleCorrectionKey(_ key: Key, _ admission: Admission) -> HandlerResult {
        let payments = admission.payments()
        switch key {
        case .down, .character("j"): selectedPayment = min(selectedPayment + 1, max(0, payments.count - 1))
        case .up, .character("k"): selectedPayment = max(0, selectedPayment - 1)
        default:
            guard let payment = payments[safe: selectedPayment] else {
                statusMessage = StatusMessage(t(Phrases.nothingSelected), .warning)
                return .redraw
            }
            paymentTarget = payment
            if key == .character("v") {
                editing = ("void", FormState([Corrections.reasonField(voiding: true, t)]))
            } else {
                var form = makeForm("payment", admission)
                form.setValue("amount", Money(qepik: payment.amountQepik).description)
                form.setValue("paid", payment.paidOn.dotted)
                form.setValue("year", String(payment.academicYear))
                form.setValue("reference", payment.reference)
                form.fields.append(Corrections.reasonField(voiding: false, t))
                editing = ("correct", form)
            }
        }
        return .redraw
    }

    func saveCorrection(_ kind: String, form: inout FormState, _ admission: Admission) {
        guard let target = paymentTarget else { return }
        form.markHiddenCharacters(t)
        let corrected = kind == "correct" ? paymentRecord(from: &form, admission) : nil
        let reason = Corrections.reason(in: &form, t)
        guard refuse(&form, kind), let reason else { return }
        do {
            let service = services.desk
            let outcome: CorrectionOutcome
            if kind == "void" {
                outcome = try service.void(.payment, id: target.id, reason: reason, on: services.today)
            } else {
                guard let corrected else { return }
                outcome = try service.correct(paymentID: target.id, to: corrected, reason: reason, on: services.today)
            }
            editing = nil
            paymentTarget = nil
            statusMessage = StatusMessage(Corrections.message(outcome, voided: kind == "void", t), .ok)
        } catch {
            editing = (kind, form)
            statusMessage = services.message(for: error)
        }
    }

    /// The payments that count (the selected one marked ▶), then the voided ones, muted.
    func renderPayments(_ admission: Admission, from top: Int, rect: Rect, grid: inout Grid) -> Int {
        var y = top
        let all = services.read({ try services.desk.payments(applicantID: admission.applicant.id, includingVoided: true) },
                                else: [])
        let counted = all.filter { $0.voided == nil }
        let shown = counted + all.filter { $0.voided != nil }
        if shown.isEmpty { grid.put(t(Phrases.deskNoPayments), x: rect.x + 2, y: y, role: .muted); y += 1 }
        selectedPayment = min(selectedPayment, max(0, counted.count - 1))
        // The selected payment is always in view; voided ones fill what room is left.
        let room = max(1, min(8, rect.maxY - y - 3))
        let first = max(0, min(selectedPayment - room + 1, shown.count - room))
        for (offset, payment) in shown.dropFirst(first).prefix(room).enumerated() where y < rect.maxY {
            let index = first + offset
            let isSelected = payment.voided == nil && index == selectedPayment
            let line = payment.paidOn.dotted + "  " + Money(qepik: payment.amountQepik).withCurrency.fitted(to: 14)
                + " " + String(payment.academicYear) + "  " + payment.reference + Corrections.mark(payment.voided, t)
            grid.putFitted((isSelected ? "▶ " : "  ") + line, x: rect.x, y: y,
                           role: payment.voided != nil ? .muted : (isSelected ? .selection : .normal), width: rect.width - 1)
            y += 1
        }
        return y
    }
}
