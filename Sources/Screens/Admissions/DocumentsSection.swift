import Domain
import Storage
import TerminalUI

/// Screen 3, the documents of 3.4: each item with its received date and details, and what
/// is missing or not acceptable in red with its paragraph. Saving a document moves a new
/// applicant to "documents incomplete" or "ready".
final class DocumentsSection: DeskSection {
    unowned let workspace: ApplicantWorkspace
    private var applicant: Applicant
    private var records: [DocumentRecord] = []
    private var checklist: DocumentChecklist?
    private var list = ListState()
    private var selected: Int { list.selected }
    private var editing: (paragraph: String, record: DocumentRecord?, form: FormState)?
    /// The reason asked before a document is voided (issue 15).
    private var voiding: (record: DocumentRecord, form: FormState)?
    /// Voided and corrected documents, shown under the checklist (they no longer count).
    private var voided: [DocumentRecord] = []
    var hasUnsavedChanges: Bool { (editing?.form.isChanged ?? false) || (voiding?.form.isChanged ?? false) }
    private(set) var statusMessage: StatusMessage?

    init(workspace: ApplicantWorkspace, applicant: Applicant) {
        self.workspace = workspace
        self.applicant = applicant
        reload()
    }

    private var services: DeskSession { workspace.services }
    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    var capturesText: Bool { (editing?.form.capturesText ?? false) || (voiding?.form.capturesText ?? false) }
    var statusHints: [KeyHint] {
        editing != nil || voiding != nil ? [KeyHint("Enter", Phrases.deskSave), KeyHint("Esc", Phrases.deskCancel)]
            : [KeyHint("Enter", Phrases.deskReceive), KeyHint("d", Phrases.voidKey)]
    }
    var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ Home End", Phrases.helpKeyListMove), KeyHint("Enter", Phrases.deskHelpReceive),
         KeyHint("Enter", Phrases.correctHelp), KeyHint("Del  d", Phrases.voidHelp),
         KeyHint("Tab ← → Space", Phrases.deskHelpChoice)]
    }

    private var items: [DocumentChecklist.Item] { checklist?.items ?? [] }

    func reload() {
        if let id = workspace.applicant?.id,
           let fresh = services.read({ try services.desk.applicant(id: id) }, else: nil) {
            applicant = fresh
        }
        let all = services.read({ try services.desk.documents(applicantID: applicant.id, includingVoided: true) }, else: [])
        records = all.filter { $0.voided == nil }
        voided = all.filter { $0.voided != nil }
        checklist = services.read({ try services.checklist(for: applicant) }, else: nil)
        list.setCount(items.count)
    }

    private func record(_ paragraph: String) -> DocumentRecord? {
        records.filter { $0.paragraph == paragraph }.max { $0.id < $1.id }
    }

    // MARK: - Keys

    func handle(_ key: Key) -> HandlerResult {
        if editing != nil { return handleEditing(key) }
        if voiding != nil { return handleVoiding(key) }
        let hadMessage = statusMessage != nil
        statusMessage = nil
        if let moved = list.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .enter:
            guard let item = items[safe: selected] else { return .handled }
            editing = (item.paragraph, record(item.paragraph), form(for: item.paragraph, record: record(item.paragraph)))
        case .delete, .character("d"):
            // Voided with a reason, never deleted: it stays in the history, marked (issue 15).
            guard let item = items[safe: selected], let found = record(item.paragraph) else { return .handled }
            voiding = (found, FormState([Corrections.reasonField(voiding: true, t)]))
        default:
            return .ignored
        }
        return .redraw
    }

    private func yesNo(_ id: String, _ phrase: Phrase, _ details: [String: String]) -> FormField {
        .toggle(id, t(phrase), value: details[id] == "yes")
    }

    private func form(for paragraph: String, record: DocumentRecord?) -> FormState {
        let d = record?.details ?? [:]
        var fields: [FormField] = [
            .text("received", t(Phrases.deskReceivedOn), value: (record?.receivedOn ?? services.today).dotted,
                  maxLength: 10, hint: t(Phrases.deskDateHint), required: true),
        ]
        switch paragraph {
        case "3.4.2":
            let auth = EducationDocument.Authentication.allCases
            let tr = EducationDocument.Translation.allCases
            fields += [
                yesNo(DocumentDetails.listsSubjectsAndMarks, Phrases.deskSubjectsAndMarks, d),
                yesNo(DocumentDetails.issuedInAzerbaijan, Phrases.deskIssuedInAzerbaijan, d),
                yesNo(DocumentDetails.inAzerbaijani, Phrases.deskInAzerbaijani, d),
                .choice(DocumentDetails.authentication, t(Phrases.deskAuthentication),
                        options: auth.map { t(Phrases.deskAuthenticationKind($0)) },
                        selected: auth.firstIndex { $0.rawValue == d[DocumentDetails.authentication] } ?? 0),
                .choice(DocumentDetails.translation, t(Phrases.deskTranslation),
                        options: tr.map { t(Phrases.deskTranslationKind($0)) },
                        selected: tr.firstIndex { $0.rawValue == d[DocumentDetails.translation] } ?? 0),
            ]
        case "3.4.3":
            fields += [yesNo(DocumentDetails.hiv, Phrases.deskHIV, d), yesNo(DocumentDetails.hepatitisB, Phrases.deskHepB, d),
                       yesNo(DocumentDetails.hepatitisC, Phrases.deskHepC, d)]
        case "3.4.4":
            let kinds = BorderDocument.Kind.allCases
            fields += [
                .choice(DocumentDetails.kind, t(Phrases.deskDocumentKind), options: kinds.map { t($0.phrase) },
                        selected: kinds.firstIndex { $0.rawValue == d[DocumentDetails.kind] } ?? 0),
                .text(DocumentDetails.number, t(Phrases.deskDocumentNumber), value: d[DocumentDetails.number] ?? applicant.passportNumber,
                      maxLength: 20),
                .text("valid", t(Phrases.deskValidUntil), value: (record?.validUntil ?? applicant.passportExpiry).dotted,
                      maxLength: 10, hint: t(Phrases.deskDateHint), required: true),
            ]
        case "3.4.5":
            fields.append(.text(DocumentDetails.count, t(Phrases.deskPhotoCount), value: d[DocumentDetails.count] ?? "6", maxLength: 2,
                                required: true))
        default:
            fields.append(.text("note", t(Phrases.deskNote), value: record?.note ?? "", maxLength: 120))
        }
        // A document already recorded is corrected: the old row is voided with the reason.
        if record != nil { fields.append(Corrections.reasonField(voiding: false, t)) }
        return FormState(fields)
    }

    var draft: (kind: String, fields: [String: String])? {
        editing.map { ($0.paragraph, ApplicantFormModel.snapshot($0.form)) }
    }

    func restore(kind: String, fields: [String: String]) {
        guard items.contains(where: { $0.paragraph == kind }) else { return }
        var form = form(for: kind, record: record(kind))
        ApplicantFormModel.restore(fields, into: &form)
        editing = (kind, record(kind), form)
        list.select(items.firstIndex { $0.paragraph == kind } ?? selected)
    }

    private func handleEditing(_ key: Key) -> HandlerResult {
        guard let current = editing else { return .ignored }
        return PaneDialog.formKeys(key, current.form, lang, ask: { workspace.dialog = $0 },
                                   close: { [weak self] in self?.editing = nil }, save: { save(current) },
                                   edit: { editing = (current.paragraph, current.record, $0) })
    }

    private func save(_ current: (paragraph: String, record: DocumentRecord?, form: FormState)) {
        var form = current.form
        form.clearErrors()
        let received = DeskDraw.date(form.value("received"))
        if received == nil { form.setError("received", t(Phrases.deskBadDate(form.value("received")))) }
        if let received, received > services.today { form.setError("received", t(Phrases.deskReceivedInFuture)) }
        var validUntil: CivilDate?
        if current.paragraph == "3.4.4" {
            validUntil = DeskDraw.date(form.value("valid"))
            if validUntil == nil { form.setError("valid", t(Phrases.deskBadDate(form.value("valid")))) }
        }
        if current.paragraph == "3.4.5", Int(form.value(DocumentDetails.count)).map({ $0 >= 0 && $0 < 100 }) != true {
            form.setError(DocumentDetails.count, t(Phrases.deskPhotoCountBad))
        }
        form.markHiddenCharacters(t)
        let reason = current.record == nil ? "" : (Corrections.reason(in: &form, t) ?? "")
        if let bad = form.fields.first(where: { $0.error != nil }) {
            form.focus(on: bad.id)
            editing = (current.paragraph, current.record, form)
            statusMessage = StatusMessage(t(Phrases.deskSaveRefused(field: bad.label, why: bad.error ?? "")), .error)
            return
        }
        var details: [String: String] = [:]
        for field in form.fields where !["received", "valid", "note", "reason"].contains(field.id) {
            switch field.kind {
            case .toggle(let on): details[field.id] = on ? "yes" : "no"
            case .text(let state): details[field.id] = state.text
            case .choice(_, let selected):
                if field.id == DocumentDetails.authentication {
                    details[field.id] = EducationDocument.Authentication.allCases[selected].rawValue
                } else if field.id == DocumentDetails.translation {
                    details[field.id] = EducationDocument.Translation.allCases[selected].rawValue
                } else if field.id == DocumentDetails.kind {
                    details[field.id] = BorderDocument.Kind.allCases[selected].rawValue
                }
            }
        }
        var record = current.record ?? DocumentRecord(applicantID: applicant.id, paragraph: current.paragraph,
                                                      receivedOn: services.today)
        record.receivedOn = received ?? services.today
        record.validUntil = validUntil
        record.note = form.value("note")
        record.details = details
        do {
            if let old = current.record {
                let outcome = try services.desk.correct(documentID: old.id, expectedVersion: old.version, to: record,
                                                        reason: reason, on: services.today)
                editing = nil
                afterChange(try services.desk.applicant(id: applicant.id) ?? applicant)
                statusMessage = StatusMessage(Corrections.message(outcome, voided: false, t), .ok)
            } else {
                let stored = try services.desk.saveDocument(record, on: services.today)
                editing = nil
                afterChange(stored)
                statusMessage = StatusMessage(t(Phrases.deskDocumentSaved(current.paragraph)), .ok)
            }
            moveToNextMissing(after: current.paragraph)
        } catch {
            editing = (current.paragraph, current.record, form)
            statusMessage = services.message(for: error)
        }
    }

    /// After a save the cursor goes to the next item still missing or not acceptable (issue 15),
    /// so a pile of documents is entered Enter after Enter; it stays when none is left.
    private func moveToNextMissing(after paragraph: String) {
        guard let from = items.firstIndex(where: { $0.paragraph == paragraph }) else { return }
        let order = Array(items.indices[(from + 1)...]) + Array(items.indices[..<from])
        if let next = order.first(where: { [.missing, .notAcceptable].contains(items[$0].status) }) { list.select(next) }
    }

    private func handleVoiding(_ key: Key) -> HandlerResult {
        guard var current = voiding else { return .ignored }
        switch key {
        case .escape:
            voiding = nil
            statusMessage = StatusMessage(t(Phrases.actNothingWritten), .warning)
        case .enter, .control("s"):
            var form = current.form
            form.clearErrors()
            form.markHiddenCharacters(t)
            guard let reason = Corrections.reason(in: &form, t), form.fields.allSatisfy({ $0.error == nil }) else {
                voiding = (current.record, form)
                statusMessage = StatusMessage(t(Phrases.correctionReasonRequired), .error)
                return .redraw
            }
            do {
                let outcome = try services.desk.void(.document, id: current.record.id, expectedVersion: current.record.version,
                                                     reason: reason, on: services.today)
                voiding = nil
                afterChange(try services.desk.applicant(id: applicant.id) ?? applicant)
                statusMessage = StatusMessage(Corrections.message(outcome, voided: true, t), .ok)
            } catch { statusMessage = services.message(for: error) }
        default:
            let result = current.form.handle(key)
            voiding = current
            return result == .ignored ? .handled : result
        }
        return .redraw
    }

    /// The applicant as the document left it (`DeskService` moved it between new, incomplete
    /// and ready by the 3.4 checklist in the same transaction), and the checklist re-read.
    private func afterChange(_ stored: Applicant) {
        if stored.version != applicant.version { workspace.refresh(stored) }
        applicant = stored
        reload()
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, rect: Rect) {
        if let editing {
            let (top, rest) = rect.splitTop(2)
            let title = items.first { $0.paragraph == editing.paragraph }?.title.text(lang) ?? ""
            grid.put(editing.paragraph + "  " + title, x: top.x + 1, y: top.y, role: .header, limit: top.width - 2)
            var form = editing.form
            form.render(in: rest, grid: &grid, labelWidth: 26, yes: t(Phrases.deskYes), no: t(Phrases.deskNo),
                        more: { [lang] in Phrases.formMore($0, below: $1).text(lang) })
            self.editing = (editing.paragraph, editing.record, form)
            return
        }
        if let current = voiding {
            let (top, rest) = rect.splitTop(2)
            grid.putFitted(current.record.paragraph + "  " + current.record.receivedOn.dotted + " — " + t(Phrases.voidKey),
                           x: top.x + 1, y: top.y, role: .header, width: top.width - 2)
            var form = current.form
            form.render(in: rest, grid: &grid, labelWidth: 26)
            voiding = (current.record, form)
            return
        }
        grid.cursor = nil
        var y = rect.y
        for index in list.visibleRows(height: rect.height) {
            let item = items[index]
            let received = record(item.paragraph)?.receivedOn.dotted ?? "—"
            let (mark, role): (String, StyleRole) = switch item.status {
            case .accepted: ("✓", .ok)
            case .missing: ("✗", .error)
            case .notAcceptable: ("!", .error)
            case .notProvided: ("·", .muted)
            }
            let line = (index == selected ? "▶ " : "  ") + mark + " " + item.paragraph.fitted(to: 6) + received.fitted(to: 11)
                + item.title.text(lang)
            grid.putFitted(line, x: rect.x, y: y, role: index == selected ? .selection : role, width: rect.width)
            y += 1
        }
        y += 1
        guard let checklist, y < rect.maxY else { return }
        if checklist.outsideRegulations {
            DeskDraw.lines(t(Phrases.outsideRegulations12), x: rect.x + 2, y: rect.y, width: rect.width - 4, maxY: rect.maxY,
                           role: .warning, grid: &grid)
            return
        }
        if checklist.isComplete {
            grid.put(t(Phrases.deskChecklistComplete), x: rect.x + 2, y: y, role: .ok, limit: rect.width - 4)
            renderVoided(from: y + 2, rect: rect, grid: &grid)
            return
        }
        grid.put(t(Phrases.deskMissing), x: rect.x + 2, y: y, role: .header, limit: rect.width - 4)
        y += 1
        for problem in checklist.problems where y < rect.maxY {
            y = DeskDraw.lines(problem.text(lang), x: rect.x + 2, y: y, width: rect.width - 4, maxY: rect.maxY, role: .error,
                               grid: &grid)
        }
        renderVoided(from: y + 1, rect: rect, grid: &grid)
    }

    /// The voided and corrected documents stay in view, marked, below what counts.
    private func renderVoided(from top: Int, rect: Rect, grid: inout Grid) {
        guard !voided.isEmpty, top < rect.maxY else { return }
        grid.put(t(Phrases.voidedHistoryTitle), x: rect.x + 2, y: top, role: .header, limit: rect.width - 4)
        for (i, record) in voided.suffix(max(0, rect.maxY - top - 1)).enumerated() {
            grid.putFitted("✗ " + record.paragraph.fitted(to: 6) + record.receivedOn.dotted + Corrections.mark(record.voided, t),
                           x: rect.x + 2, y: top + 1 + i, role: .muted, width: rect.width - 4)
        }
    }
}
