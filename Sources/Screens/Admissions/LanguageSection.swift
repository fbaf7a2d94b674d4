import Domain
import Storage
import TerminalUI

/// Screen 4: language test results (IELTS, TOEFL on either scale, with dates) and the
/// exemption decision of 1.2 and 3.5–3.7, recomputed as the clerk types a new result, with
/// its paragraph and the reason of every rule tried; `d` records today's decision (the
/// admission order reads the recorded one, 3.5) and `e` the institution's assessment.
final class LanguageSection: DeskSection {
    unowned let workspace: ApplicantWorkspace
    /// The results that count; `voidedTests` are shown after them, marked (issue 15).
    private var tests: [LanguageTestRecord] = []
    private var voidedTests: [LanguageTestRecord] = []
    private var selectedTest = 0
    private var adding: FormState?
    var hasUnsavedChanges: Bool { adding?.isChanged ?? false }
    /// "test", "assessment", "correct" or "void": which form `adding` is.
    private var addingKind = "test"
    /// The result being corrected or voided.
    private var target: LanguageTestRecord?
    private var recorded: LanguageRecord?
    private(set) var statusMessage: StatusMessage?

    static let kinds = LanguageTest.allCases

    init(workspace: ApplicantWorkspace) {
        self.workspace = workspace
        reload()
    }

    private var services: DeskSession { workspace.services }
    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    var capturesText: Bool { adding?.capturesText ?? false }
    var statusHints: [KeyHint] {
        adding != nil ? [KeyHint("Enter", Phrases.deskSave), KeyHint("Esc", Phrases.deskCancel)]
            : [KeyHint("a", Phrases.deskAddTest), KeyHint("d", Phrases.deskRecordDecision),
               KeyHint("e", Phrases.deskRecordAssessment), KeyHint("c", Phrases.correctKey), KeyHint("v", Phrases.voidKey)]
    }
    var keyHelp: [KeyHint] {
        [KeyHint("a", Phrases.deskHelpAddTest), KeyHint("↑ ↓", Phrases.helpKeyListMove), KeyHint("c", Phrases.correctHelp),
         KeyHint("v", Phrases.voidHelp), KeyHint("d", Phrases.deskHelpRecordDecision),
         KeyHint("e", Phrases.deskHelpRecordAssessment), KeyHint("Enter", Phrases.deskHelpSave),
         KeyHint("Esc", Phrases.deskCancel)]
    }

    func reload() {
        guard let id = workspace.applicant?.id else { return }
        let all = services.read({ try services.desk.languageTests(applicantID: id, includingVoided: true) }, else: [])
        tests = all.filter { $0.voided == nil }
        voidedTests = all.filter { $0.voided != nil }
        selectedTest = min(selectedTest, max(0, tests.count - 1))
        recorded = services.read({ try services.desk.languageRecord(applicantID: id) }, else: nil)
    }

    /// The administrator's settings, defaults from Domain: the same table `sts exemption` uses.
    private func settings() -> ExemptionSettings {
        services.read({ try services.desk.exemptionSettings() }, else: .standard)
    }

    /// The test being typed, when it reads as a result.
    private func pending() -> LanguageTestResult? {
        guard let form = adding, let score = Double(form.value("score").replacingOccurrences(of: ",", with: ".")),
              let date = DeskDraw.date(form.value("taken")) else { return nil }
        guard let i = form.index(of: "test"), case .choice(_, let selected) = form.fields[i].kind else { return nil }
        return LanguageTestResult(test: Self.kinds[selected], score: score, takenOn: date)
    }

    private func decision() -> ExemptionDecision? {
        guard let applicant = workspace.applicant else { return nil }
        let counted = addingKind == "correct" ? tests.filter { $0.id != target?.id } : tests
        let results = counted.map(\.result) + (pending().map { [$0] } ?? [])
        return ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: results), on: services.today,
                                     settings: settings())
    }

    // MARK: - Keys

    func handle(_ key: Key) -> HandlerResult {
        if let form = adding {
            return PaneDialog.formKeys(key, form, lang, ask: { workspace.dialog = $0 }, close: { [weak self] in self?.adding = nil },
                                       save: {
                                           switch addingKind {
                                           case "assessment": saveAssessment(form)
                                           case "void": saveVoid(form)
                                           default: save(form)
                                           }
                                       },
                                       edit: { adding = $0 })
        }
        statusMessage = nil
        switch key {
        case .character("a"), .insert:
            addingKind = "test"
            adding = newForm()
        case .down, .character("j"): selectedTest = min(selectedTest + 1, max(0, tests.count - 1))
        case .up, .character("k"): selectedTest = max(0, selectedTest - 1)
        case .character("c"), .character("v"):
            guard let test = tests[safe: selectedTest] else {
                statusMessage = StatusMessage(t(Phrases.nothingSelected), .warning)
                return .redraw
            }
            target = test
            addingKind = key == .character("c") ? "correct" : "void"
            if addingKind == "void" {
                adding = FormState([Corrections.reasonField(voiding: true, t)])
            } else {
                var form = newForm()
                form.setValue("test", t(Phrases.deskTestName(test.result.test)))
                form.setValue("score", LanguageScore.format(test.result.score, for: test.result.test))
                form.setValue("taken", test.result.takenOn.dotted)
                form.setValue("certificate", test.certificateNumber)
                form.fields.append(Corrections.reasonField(voiding: false, t))
                adding = form
            }
        case .character("d"):
            recordDecision()
        case .character("e"):
            guard recorded?.outcome == .assessmentRequired else {
                statusMessage = StatusMessage(t(recorded == nil ? Phrases.languageNotDecided : Phrases.deskAssessmentNotNeeded), .warning)
                return .redraw
            }
            addingKind = "assessment"
            adding = assessmentForm()
        default:
            return .ignored
        }
        return .redraw
    }

    private func recordDecision() {
        guard let id = workspace.applicant?.id else { return }
        do {
            let record = try services.desk.recordLanguageDecision(applicantID: id, on: services.today)
            reload()
            statusMessage = StatusMessage(t(Phrases.deskDecisionRecorded(record)), .ok)
        } catch {
            statusMessage = services.message(for: error)
        }
    }

    private func assessmentForm() -> FormState {
        FormState([
            .text("on", t(Phrases.deskAssessmentDate), value: services.today.dotted, maxLength: 10,
                  hint: t(Phrases.deskDateHint), required: true),
            .text("result", t(Phrases.deskAssessmentResult), maxLength: 60, hint: "3.5", required: true),
            .toggle("passed", t(Phrases.deskAssessmentPassed), value: false, hint: "3.5"),
            .text("assessor", t(Phrases.deskAssessor), maxLength: 60, required: true),
        ])
    }

    private func saveAssessment(_ form: FormState) {
        var form = form
        form.clearErrors()
        guard let id = workspace.applicant?.id else { return }
        let on = DeskDraw.date(form.value("on"))
        if on == nil { form.setError("on", t(Phrases.deskBadDate(form.value("on")))) }
        if let on, on > services.today { form.setError("on", t(Phrases.deskTakenInFuture)) }
        for field in ["result", "assessor"] where form.value(field).trimmingCharacters(in: .whitespaces).isEmpty {
            form.setError(field, t(Phrases.deskRequired))
        }
        if let bad = form.fields.first(where: { $0.error != nil }) {
            form.focus(on: bad.id)
            adding = form
            statusMessage = StatusMessage(t(Phrases.deskSaveRefused(field: bad.label, why: bad.error ?? "")), .error)
            return
        }
        guard let on else { return }
        do {
            let record = try services.desk.recordAssessment(applicantID: id, LanguageAssessment(
                on: on, result: form.value("result"), passed: form.value("passed") == "yes", assessor: form.value("assessor")))
            adding = nil
            reload()
            statusMessage = StatusMessage(t(Phrases.deskRecordedDecision(record)), .ok)
        } catch {
            adding = form
            statusMessage = services.message(for: error)
        }
    }

    private func newForm() -> FormState {
        FormState([
            .choice("test", t(Phrases.deskTest), options: Self.kinds.map { t(Phrases.deskTestName($0)) }),
            .text("score", t(Phrases.deskScore), maxLength: 5, hint: "IELTS 0–9, TOEFL iBT 0–120, 1–6", required: true),
            .text("taken", t(Phrases.deskTakenOn), maxLength: 10, hint: t(Phrases.deskDateHint), required: true),
            .text("certificate", t(Phrases.deskCertificateNumber), maxLength: 30),
        ])
    }

    var draft: (kind: String, fields: [String: String])? { adding.map { (addingKind, ApplicantFormModel.snapshot($0)) } }

    func restore(kind: String, fields: [String: String]) {
        guard kind == "test" || kind == "assessment" else { return }
        addingKind = kind
        var form = kind == "test" ? newForm() : assessmentForm()
        ApplicantFormModel.restore(fields, into: &form)
        adding = form
    }

    private func save(_ form: FormState) {
        var form = form
        form.clearErrors()
        if let i = form.index(of: "test"), case .choice(_, let selected) = form.fields[i].kind,
           case .failure(let invalid) = LanguageScore.parse(form.value("score"), for: Self.kinds[selected]) {
            form.setError("score", t(invalid.phrase))
        }
        let taken = DeskDraw.date(form.value("taken"))
        if taken == nil { form.setError("taken", t(Phrases.deskBadDate(form.value("taken")))) }
        if let taken, taken > services.today { form.setError("taken", t(Phrases.deskTakenInFuture)) }
        form.markHiddenCharacters(t)
        let reason = addingKind == "correct" ? (Corrections.reason(in: &form, t) ?? "") : ""
        if let bad = form.fields.first(where: { $0.error != nil }) {
            form.focus(on: bad.id)
            adding = form
            statusMessage = StatusMessage(t(Phrases.deskSaveRefused(field: bad.label, why: bad.error ?? "")), .error)
            return
        }
        adding = form
        guard let result = pending(), let id = workspace.applicant?.id else { return }
        do {
            let record = LanguageTestRecord(applicantID: id, result: result, certificateNumber: form.value("certificate"))
            if addingKind == "correct", let target {
                let outcome = try services.desk.correct(languageTestID: target.id, to: record, reason: reason, on: services.today)
                statusMessage = StatusMessage(Corrections.message(outcome, voided: false, t), .ok)
            } else {
                try services.desk.addLanguageTest(record)
                statusMessage = StatusMessage(t(Phrases.deskTestSaved), .ok)
            }
            adding = nil
            target = nil
            reload()
        } catch {
            adding = form
            statusMessage = services.message(for: error)
        }
    }

    /// Voids the selected result with the reason (3.6; issue 15): it stays, marked.
    private func saveVoid(_ form: FormState) {
        var form = form
        form.clearErrors()
        form.markHiddenCharacters(t)
        guard let target, let reason = Corrections.reason(in: &form, t), form.fields.allSatisfy({ $0.error == nil }) else {
            adding = form
            statusMessage = StatusMessage(t(Phrases.correctionReasonRequired), .error)
            return
        }
        do {
            let outcome = try services.desk.void(.languageTest, id: target.id, reason: reason, on: services.today)
            adding = nil
            self.target = nil
            reload()
            statusMessage = StatusMessage(Corrections.message(outcome, voided: true, t), .ok)
        } catch {
            adding = form
            statusMessage = services.message(for: error)
        }
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, rect: Rect) {
        var area = rect
        if var form = adding {
            let (top, rest) = rect.splitTop(min(6, rect.height / 2))
            form.render(in: top, grid: &grid, labelWidth: 20, more: { [lang] in Phrases.formMore($0, below: $1).text(lang) })
            adding = form
            area = rest
        } else {
            grid.cursor = nil
        }
        var y = area.y
        grid.put(t(Phrases.deskTestsTitle), x: area.x + 1, y: y, role: .header, limit: area.width - 2)
        y += 1
        if tests.isEmpty {
            grid.put(t(Phrases.deskNoTests), x: area.x + 2, y: y, role: .muted, limit: area.width - 3)
            y += 1
        }
        for (index, test) in (tests + voidedTests).enumerated() where y < area.maxY {
            let line = t(Phrases.deskTestName(test.result.test)).fitted(to: 12) + LanguageScore.format(test.result.score, for: test.result.test).fitted(to: 7)
                + test.result.takenOn.dotted + "  " + test.certificateNumber + Corrections.mark(test.voided, t)
            let isSelected = adding == nil && test.voided == nil && index == selectedTest
            grid.putFitted((isSelected ? "▶ " : "  ") + line, x: area.x, y: y,
                           role: test.voided != nil ? .muted : (isSelected ? .selection : .normal), width: area.width - 1)
            y += 1
        }
        guard let decision = decision(), y + 1 < area.maxY else { return }
        y += 1
        if workspace.applicant?.isOutsideRegulations != true {
            let problem = recorded == nil ? nil
                : services.read({ try services.desk.languageProblem(applicantID: workspace.applicant?.id ?? 0) }, else: nil)
            let line = (recorded.map { t(Phrases.deskRecordedDecision($0)) } ?? t(Phrases.deskNoRecordedDecision))
                + (problem.map { " — " + t($0) } ?? "")
            let ready = recorded != nil && problem == nil
            y = DeskDraw.lines(line, x: area.x + 1, y: y, width: area.width - 2, maxY: area.maxY,
                               role: ready ? .ok : .warning, grid: &grid)
            guard y + 1 < area.maxY else { return }
        }
        let role: StyleRole = decision.outcome == .exempt ? .ok : (decision.outcome == .notApplicable ? .warning : .warning)
        let head = (adding != nil && pending() != nil ? t(Phrases.deskWithTypedTest) + " " : "")
            + decision.paragraph.rawValue + ": " + decision.outcome.phrase.text(lang)
        grid.put(head, x: area.x + 1, y: y, role: role, limit: area.width - 2)
        y += 1
        for reason in decision.reasons where y < area.maxY {
            let mark = reason.applies ? "✓ " : "· "
            y = DeskDraw.lines(mark + reason.paragraph.rawValue + "  " + reason.why.text(lang), x: area.x + 2, y: y,
                               width: area.width - 3, maxY: area.maxY, role: reason.applies ? .ok : .muted,
                               hanging: 3 + reason.paragraph.rawValue.count, grid: &grid)
        }
    }
}
