import Domain
import Storage
import TerminalUI

/// Screen 5: the annual fee (the contract's), the payments with their dates, and the
/// admission order: refused with its reason until 2.1.1 (or 4.4/4.5) and 3.4 allow it.
final class PaymentSection: DeskSection {
    unowned let workspace: ApplicantWorkspace
    var editing: (kind: String, form: FormState)?
    var hasUnsavedChanges: Bool { editing?.form.isChanged ?? false }
    var statusMessage: StatusMessage?
    /// The admission order asking first (contract 2.1.1, 4.11, 2.2.4).
    private var confirm: ActConfirmation?
    /// The payment the cursor is on (↑ ↓), and the one being corrected or voided (issue 15).
    var selectedPayment = 0
    var paymentTarget: PaymentRecord?

    init(workspace: ApplicantWorkspace) {
        self.workspace = workspace
    }

    static let fundings = Funding.allCases

    var services: DeskSession { workspace.services }
    private var lang: Language { services.language }
    func t(_ phrase: Phrase) -> String { phrase.text(lang) }
    private var admission: Admission? { workspace.applicant.map { Admission(services: services, applicant: $0) } }

    var capturesText: Bool { confirm != nil || (editing?.form.capturesText ?? false) }
    var statusHints: [KeyHint] {
        if confirm != nil { return ActConfirmation.hints(Phrases.admitButton) }
        return editing != nil ? [KeyHint("Enter", Phrases.deskSave), KeyHint("Esc", Phrases.deskCancel)]
            : [KeyHint("f", Phrases.deskFee), KeyHint("p", Phrases.deskPayment), KeyHint("a", Phrases.deskAdmit),
               KeyHint("r", Phrases.footerRefuse), KeyHint("w", Phrases.footerWithdrawn), KeyHint("c", Phrases.correctKey),
               KeyHint("v", Phrases.voidKey)]
    }
    var keyHelp: [KeyHint] {
        [KeyHint("f", Phrases.deskHelpFee), KeyHint("p", Phrases.deskHelpPayment), KeyHint("a", Phrases.deskHelpAdmit),
         KeyHint("↑ ↓", Phrases.helpKeyListMove), KeyHint("c", Phrases.correctHelp), KeyHint("v", Phrases.voidHelp),
         KeyHint("r", Phrases.deskHelpRefuse), KeyHint("w", Phrases.deskHelpWithdraw)]
    }

    func reload() {}

    // MARK: - Keys

    func handle(_ key: Key) -> HandlerResult {
        if var open = confirm {
            confirm = nil
            if open.handle(key) { confirm = open }
            return .redraw
        }
        if let current = editing {
            return PaneDialog.formKeys(key, current.form, lang, ask: { workspace.dialog = $0 },
                                       close: { [weak self] in self?.editing = nil }, save: { save(current) },
                                       edit: { editing = (current.kind, $0) })
        }
        guard let admission else { return .ignored }
        statusMessage = nil
        switch key {
        case .character("f"):
            guard !admission.applicant.isOutsideRegulations else {
                statusMessage = StatusMessage(t(Phrases.contractNotUnder12), .warning)
                return .redraw
            }
            editing = ("fee", makeForm("fee", admission))
        case .character("p"), .insert:
            editing = ("payment", makeForm("payment", admission))
        case .character("a"), .character("A"):
            admit(admission)
        case .down, .character("j"), .up, .character("k"), .character("c"), .character("v"):
            return handleCorrectionKey(key, admission)
        case .character("r"), .character("w"):
            guard ![.admitted, .refused, .withdrawn].contains(admission.applicant.state) else {
                statusMessage = StatusMessage(t(Phrases.deskNotAdmissible(admission.applicant.state)), .warning)
                return .redraw
            }
            let kind = key == .character("r") ? "refuse" : "withdraw"
            editing = (kind, makeForm(kind, admission))
        default:
            return .ignored
        }
        return .redraw
    }

    /// The form of each action: the fee and contract, a payment, a refusal or withdrawal.
    func makeForm(_ kind: String, _ admission: Admission) -> FormState {
        switch kind {
        case "fee":
            let contract = admission.contract()
            let due = contract.flatMap { c in c.paymentDueMonth.flatMap { m in c.paymentDueDay.map { String(format: "%02d.%02d", $0, m) } } }
            return FormState([
                .text("fee", t(Phrases.deskAnnualFee), value: contract.map { Money(qepik: $0.annualFeeQepik).description } ?? "",
                      maxLength: 12, hint: "AZN", required: true),
                .text("due", t(Phrases.deskPaymentDueDay), value: due ?? "15.09", maxLength: 5, hint: "DD.MM (2.2.2)", required: true),
                .text("number", t(Phrases.deskContractNumber),
                      value: contract?.number ?? "\(admission.applicant.institutionCode)-\(services.today.year)-\(admission.applicant.id)",
                      maxLength: 30, required: true),
                .text("city", t(Phrases.deskContractCity), value: contract?.city ?? "Bakı", maxLength: 40),
                .text("address", t(Phrases.deskStudentAddress), value: contract?.studentAddress ?? "", maxLength: 120),
                .text("payer", t(Phrases.deskPayer), value: contract?.payer ?? "", maxLength: 120, hint: t(Phrases.deskPayerHint)),
            ])
        case "admit":
            let basis = admission.applicant.basis
            return FormState([
                .text("number", t(Phrases.orderNumberField), maxLength: 40, hint: "2.1.1", required: true),
                .text("date", t(Phrases.orderDateField), value: services.today.dotted, maxLength: 10,
                      hint: t(Phrases.deskDateHint), required: true),
                .choice("funding", t(Phrases.deskFunding), options: Self.fundings.map { t($0.phrase) },
                        selected: Self.fundings.firstIndex(of: AdmissionRules.defaultFunding(for: basis)) ?? 0,
                        hint: t(Phrases.deskFundingHint(basis))),
            ])
        case "payment":
            return FormState([
                .text("amount", t(Phrases.deskAmount), maxLength: 12, hint: "AZN", required: true),
                .text("paid", t(Phrases.deskPaidOn), value: services.today.dotted, maxLength: 10,
                      hint: t(Phrases.deskDateHint), required: true),
                .text("year", t(Phrases.deskAcademicYear), value: String(admission.academicYearStarts.year), maxLength: 4, required: true),
                .text("reference", t(Phrases.deskReference), maxLength: 40),
            ])
        default:
            return FormState([.text("reason", t(Phrases.deskDecisionReason), maxLength: 200, required: true)])
        }
    }

    var draft: (kind: String, fields: [String: String])? {
        editing.map { ($0.kind, ApplicantFormModel.snapshot($0.form)) }
    }

    func restore(kind: String, fields: [String: String]) {
        guard let admission, ["fee", "payment", "refuse", "withdraw", "admit"].contains(kind) else { return }
        var form = makeForm(kind, admission)
        ApplicantFormModel.restore(fields, into: &form)
        editing = (kind, form)
    }

    /// The order is refused with its reasons, or the clerk chooses the funding the certificate
    /// will state (seed 000) — offered from the basis — and Enter gives the order.
    private func admit(_ admission: Admission) {
        let refusals = admission.refusals()
        if !refusals.isEmpty {
            statusMessage = StatusMessage(t(Phrases.deskAdmitRefused) + " " + refusals.map(t).joined(separator: "; "), .error)
            return
        }
        editing = ("admit", makeForm("admit", admission))
    }

    private func performAdmit(_ admission: Admission, funding: Funding, number: String, on date: CivilDate) {
        do {
            let stored = try admission.admit(funding: funding, number: number, on: date)
            editing = nil
            workspace.refresh(stored)
            statusMessage = StatusMessage(t(Phrases.admittedByOrder(number: number, on: date, residenceDue: date.adding(days: 90))), .ok)
        } catch let conflict as ConflictError {
            workspace.offerConflict(conflict)
        } catch {
            statusMessage = services.message(for: error)
        }
    }

    private func save(_ current: (kind: String, form: FormState)) {
        var form = current.form
        form.clearErrors()
        guard let admission else { return }
        if current.kind == "admit" {
            askToAdmit(admission, form: &form)
            return
        }
        if current.kind == "correct" || current.kind == "void" {
            saveCorrection(current.kind, form: &form, admission)
            return
        }
        do {
            if current.kind == "refuse" || current.kind == "withdraw" {
                let reason = form.value("reason").trimmingCharacters(in: .whitespaces)
                if reason.isEmpty { form.setError("reason", t(Phrases.deskRequired)) }
                guard refuse(&form, current.kind) else { return }
                let target: ApplicantState = current.kind == "refuse" ? .refused : .withdrawn
                let stored = try services.desk.closeApplication(applicantID: admission.applicant.id,
                                                                expectedVersion: admission.applicant.version, as: target,
                                                                reason: reason, on: services.today)
                workspace.refresh(stored)
                statusMessage = StatusMessage(t(Phrases.deskStateChanged(target)), .ok)
            } else if current.kind == "fee" {
                let fee = Money.parse(form.value("fee"))
                let payer = form.value("payer").trimmingCharacters(in: .whitespaces)
                if fee == nil || fee.map({ $0 < .zero }) == true {
                    form.setError("fee", t(Phrases.deskAmountBad))
                } else if fee == .zero, case .paid = TuitionArrangement.of(basis: admission.applicant.basis, annualFee: .zero,
                                                                           payer: payer) {
                    form.setError("fee", t(Phrases.payerNeededForZeroFee))
                }
                let parts = form.value("due").split(separator: ".").compactMap { Int($0) }
                let due = parts.count == 2 ? DayOfYear(month: parts[1], day: parts[0]) : nil
                if due == nil { form.setError("due", t(Phrases.deskDayOfYearBad)) }
                if form.value("number").trimmingCharacters(in: .whitespaces).isEmpty { form.setError("number", t(Phrases.deskRequired)) }
                guard refuse(&form, current.kind), let fee, let due else { return }
                var contract = admission.contract() ?? ContractRecord(applicantID: admission.applicant.id, number: "",
                                                                      signedOn: services.today, annualFeeQepik: 0)
                contract.annualFeeQepik = fee.qepik
                contract.paymentDueMonth = due.month
                contract.paymentDueDay = due.day
                contract.number = form.value("number").trimmingCharacters(in: .whitespaces)
                contract.city = form.value("city")
                contract.studentAddress = form.value("address")
                contract.payer = payer
                try services.desk.saveContract(contract)
                statusMessage = StatusMessage(t(Phrases.deskFeeSaved(fee)), .ok)
            } else {
                let payment = paymentRecord(from: &form, admission)
                guard refuse(&form, current.kind), let payment else { return }
                try services.desk.addPayment(payment)
                statusMessage = StatusMessage(t(Phrases.deskPaymentSaved(Money(qepik: payment.amountQepik))), .ok)
            }
            editing = nil
        } catch let conflict as ConflictError {
            editing = nil
            workspace.offerConflict(conflict)
        } catch {
            editing = (current.kind, form)
            statusMessage = services.message(for: error)
        }
    }

    /// The payment the form describes, or nil with the refused fields marked (2.1.1, 2.2.2).
    func paymentRecord(from form: inout FormState, _ admission: Admission) -> PaymentRecord? {
        let amount = Money.parse(form.value("amount"))
        if amount == nil || amount.map({ $0 <= .zero }) == true { form.setError("amount", t(Phrases.deskAmountBad)) }
        let paid = DeskDraw.date(form.value("paid"))
        if paid == nil { form.setError("paid", t(Phrases.deskBadDate(form.value("paid")))) }
        if let paid, paid > services.today { form.setError("paid", t(Phrases.deskPaidInFuture)) }
        let year = Int(form.value("year")).flatMap { (2000...2100).contains($0) ? $0 : nil }
        if year == nil { form.setError("year", t(Phrases.deskYearBad)) }
        guard let amount, let paid, let year else { return nil }
        return PaymentRecord(applicantID: admission.applicant.id, contractID: admission.contract()?.id, amountQepik: amount.qepik,
                             paidOn: paid, academicYear: year, reference: form.value("reference"))
    }

    /// The order's number and date as the clerk entered them (2.1.1), then the question: who,
    /// by which order, for which academic year, what follows (4.11, 2.2.4). Enter issues it;
    /// Esc leaves the form as it was and nothing is written.
    private func askToAdmit(_ admission: Admission, form: inout FormState) {
        let number = form.value("number").trimmingCharacters(in: .whitespaces)
        if number.isEmpty { form.setError("number", t(Phrases.orderNumberRequired)) }
        let date = DeskDraw.date(form.value("date"))
        if date == nil { form.setError("date", t(Phrases.deskBadDate(form.value("date")))) }
        if let date, date > services.today { form.setError("date", t(Phrases.orderDateInFuture)) }
        form.markHiddenCharacters(t)
        guard refuse(&form, "admit"), let date else { return }
        editing = ("admit", form)
        let funding = Self.fundings[ApplicantFormModel.choice("funding", in: form)]
        let a = admission.applicant
        let question = Phrases.admitConfirmQuestion(
            who: "№ \(a.id) \(a.surname) \(a.name)", number: number, on: date,
            academicYear: AdmissionRules.academicYearStarts(forOrderOn: date).year, funding: t(funding.phrase),
            residenceDue: date.adding(days: 90))
        confirm = ActConfirmation(title: t(Phrases.admitTitle), question: t(question), button: t(Phrases.admitButton),
                                  cancel: t(Phrases.deskCancel),
                                  act: { [weak self] in self?.performAdmit(admission, funding: funding, number: number, on: date) },
                                  cancelled: { [weak self] in
                                      self?.statusMessage = StatusMessage(self?.t(Phrases.actNothingWritten) ?? "", .warning)
                                  })
    }

    /// Keeps the form open with its first refused field focused; false when something was refused.
    func refuse(_ form: inout FormState, _ kind: String) -> Bool {
        guard let bad = form.fields.first(where: { $0.error != nil }) else { return true }
        form.focus(on: bad.id)
        editing = (kind, form)
        statusMessage = StatusMessage(t(Phrases.deskSaveRefused(field: bad.label, why: bad.error ?? "")), .error)
        return false
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, rect: Rect) {
        if var current = editing {
            var area = rect
            if current.kind == "admit" {
                // The question the order answers, above the one choice it asks.
                let on = DeskDraw.date(current.form.value("date")) ?? services.today
                let question = t(Phrases.deskAdmitQuestion(on: on, residenceDue: on.adding(days: 90)))
                let y = DeskDraw.lines(question, x: rect.x + 1, y: rect.y, width: rect.width - 2, maxY: rect.maxY,
                                       role: .header, grid: &grid)
                area = rect.splitTop(min(rect.height, y - rect.y + 1)).1
            }
            current.form.render(in: area, grid: &grid, labelWidth: 24, more: { [lang] in Phrases.formMore($0, below: $1).text(lang) })
            editing = current
            confirm?.render(in: rect, grid: &grid)
            return
        }
        grid.cursor = nil
        guard let admission else { return }
        var y = rect.y
        let contract = admission.contract()
        let fee = contract.map { Money(qepik: $0.annualFeeQepik).withCurrency } ?? t(Phrases.deskFeeNotSet)
        grid.put(t(Phrases.deskAnnualFee) + ": " + fee, x: rect.x + 1, y: y, role: .header, limit: rect.width - 2)
        y += 1
        if let contract, let m = contract.paymentDueMonth, let d = contract.paymentDueDay {
            grid.put(t(Phrases.deskContractLine(number: contract.number, day: String(format: "%02d.%02d", d, m))),
                     x: rect.x + 1, y: y, role: .muted, limit: rect.width - 2)
            y += 1
        }
        y += 1
        grid.put(t(Phrases.deskPaymentsTitle), x: rect.x + 1, y: y, role: .header, limit: rect.width - 2)
        y += 1
        y = renderPayments(admission, from: y, rect: rect, grid: &grid)
        y += 1
        guard y < rect.maxY else { return }
        if admission.applicant.state == .admitted {
            let followUp = services.read({ try services.desk.followUp(applicantID: admission.applicant.id) },
                                         else: nil)
            let on = followUp?.admittedOn ?? services.today
            let said = followUp?.admissionOrderNumber.map { Phrases.admittedByOrder(number: $0, on: on, residenceDue: on.adding(days: 90)) }
                ?? Phrases.deskAdmitted(on: on, residenceDue: on.adding(days: 90))
            DeskDraw.lines(t(said), x: rect.x + 1, y: y,
                           width: rect.width - 2, maxY: rect.maxY, role: .ok, grid: &grid)
            return
        }
        let check = admission.check()
        if admission.applicant.isOutsideRegulations {
            y = DeskDraw.lines(t(Phrases.outsideRegulations12), x: rect.x + 1, y: y, width: rect.width - 2,
                               maxY: rect.maxY, role: .warning, grid: &grid)
        } else if let tuition = check?.tuition {
            y = DeskDraw.lines(tuition.paragraph + ": " + tuition.why.text(lang), x: rect.x + 1, y: y, width: rect.width - 2,
                               maxY: rect.maxY, role: tuition.allowed ? .ok : .warning, grid: &grid)
        }
        let refusals = check?.refusals ?? []
        let verdict = refusals.isEmpty ? t(Phrases.deskAdmitAllowed) : t(Phrases.deskAdmitRefused) + " " + refusals.map(t).joined(separator: "; ")
        DeskDraw.lines(verdict, x: rect.x + 1, y: y, width: rect.width - 2, maxY: rect.maxY,
                       role: refusals.isEmpty ? .ok : .error, grid: &grid)
    }
}
