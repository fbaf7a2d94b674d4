import Domain
import Storage
import TerminalUI

/// One applicant's workspace: the form (screen 2) and the sections of screens 3–6, opened
/// with F2–F6. Saves are version-checked: a stale save is refused with who changed the
/// applicant and when, and the clerk reloads or reviews both versions.
public final class ApplicantWorkspace {
    static let draftForm = ApplicantFormDraft.form
    /// Drafts of a section's sub-form (a document, a test, a payment …), one per applicant.
    static let sectionDraftForm = SectionFormDraft.form

    let services: DeskSession
    let model: ApplicantFormModel
    /// The stored applicant; nil until a new one is saved.
    public private(set) var applicant: Applicant?
    private(set) var form: FormState
    private var savedSnapshot: [String: String]
    private(set) var section = WorkspaceSection.form
    private var sections: [WorkspaceSection: DeskSection] = [:]
    var message: StatusMessage?
    var dialog: PaneDialog?
    /// The review of two versions after a refused save: field, mine, theirs.
    private var review: (theirs: Applicant, rows: [(label: String, mine: String, theirs: String)])?
    public private(set) var closed = false
    /// The list of countries, languages or majors open beside a code field (issue 15).
    private(set) var picker: (id: String, list: PickListState)?
    private var codes: CodeFields { CodeFields(language: services.language, majors: model.majors) }

    init(services: DeskSession, applicant: Applicant?) {
        self.services = services
        model = ApplicantFormModel(language: services.language, today: services.today, majors: services.majors())
        self.applicant = applicant
        form = model.form(for: applicant)
        savedSnapshot = ApplicantFormModel.snapshot(form)
    }

    var isDirty: Bool { ApplicantFormModel.snapshot(form) != savedSnapshot }
    /// The applicant form or a section's open sub-form holds typing not saved.
    var hasUnsavedChanges: Bool { isDirty || sections.values.contains { $0.hasUnsavedChanges } }
    var capturesText: Bool {
        review == nil && dialog == nil && (section == .form ? form.capturesText : (current?.capturesText ?? false))
    }
    var statusMessage: StatusMessage? { section == .form ? message : (current?.statusMessage ?? message) }

    private var current: DeskSection? {
        guard section != .form, let applicant else { return nil }
        if let existing = sections[section] { return existing }
        let made: DeskSection
        switch section {
        case .form: return nil
        case .documents: made = DocumentsSection(workspace: self, applicant: applicant)
        case .language: made = LanguageSection(workspace: self)
        case .payment: made = PaymentSection(workspace: self)
        case .contract: made = ContractSection(workspace: self)
        }
        sections[section] = made
        return made
    }

    var keyHelp: [KeyHint] {
        var hints = [KeyHint("F2…F6", Phrases.deskHelpSections), KeyHint("Esc", Phrases.deskHelpBack)]
        if section == .form {
            hints += [KeyHint("Tab ↑ ↓", Phrases.deskHelpFields), KeyHint("← → Space", Phrases.deskHelpChoice),
                      KeyHint("Enter  Ctrl-S", Phrases.deskHelpSave), KeyHint("F8", Phrases.helpKeyPickList)]
        } else {
            hints += current?.keyHelp ?? []
        }
        return hints
    }

    var statusHints: [KeyHint] {
        if review != nil { return [KeyHint("r", Phrases.deskReload), KeyHint("o", Phrases.deskOverwrite), KeyHint("Esc", Phrases.deskBack)] }
        if section == .form { return [KeyHint("Enter", Phrases.deskSave), KeyHint("F3", Phrases.deskSectionDocuments), KeyHint("Esc", Phrases.deskBack)] }
        let hints = current?.statusHints ?? []
        return hints.contains { $0.key == "Esc" } ? hints : hints + [KeyHint("Esc", Phrases.deskBack)]
    }

    // MARK: - Keys

    func handle(_ key: Key) -> HandlerResult {
        if var open = dialog {
            if open.handle(key) { dialog = open } else if dialog?.dialog == open.dialog { dialog = nil }
            return .redraw
        }
        if review != nil { return handleReview(key) }
        if section == .form, let result = handleCodePick(key) { return result }
        if case .function(let n) = key, let target = WorkspaceSection(rawValue: n - 2) {
            guard target == .form || applicant != nil else {
                message = StatusMessage(services.text(Phrases.deskSaveFirst), .warning)
                return .redraw
            }
            section = target
            message = nil
            current?.reload()
            return .redraw
        }
        if section != .form, let current {
            let result = current.handle(key)
            if sectionDraftSnapshot != nil, current.draft == nil { saveSectionDraft(onlyIfChanged: true) }
            if result != .ignored { return result }
        }
        if key == .escape { return leave() }
        guard section == .form else { return .ignored }
        if key == .enter || key == .control("s") { save(); return .redraw }
        let before = form.focus
        let result = form.handle(key)
        if form.focus != before, let left = form.fields[safe: before] {
            form.setError(left.id, model.problem(left.id, in: form).map(services.text))
        }
        if result == .redraw {
            message = nil
            if form.focus == before, let field = form.focusedField, field.isText {
                form.setError(field.id, model.liveProblem(field.id, in: form).map(services.text))
            }
        }
        return result
    }

    /// The pick list of a code field: open (F8, or typing that cannot be a code), its keys,
    /// and the chosen code put into the field. Nil when the key is not the list's.
    private func handleCodePick(_ key: Key) -> HandlerResult? {
        if var open = picker {
            switch open.list.handle(key) {
            case .open: picker = open
            case .dismissed: picker = nil
            case .chose(let code):
                picker = nil
                form.setValue(open.id, code)
                form.setError(open.id, nil)
            }
            return .redraw
        }
        guard let field = form.focusedField, CodeFields.isCodeField(field.id) else { return nil }
        let typed: String
        switch key {
        case .function(8): typed = ""
        case .character(let c) where c.isLetter || c.isNumber:
            let text = field.value + String(c)
            guard !codes.couldBeCode(field.id, text) else { return nil }
            typed = text
        default: return nil
        }
        picker = codes.picker(for: field.id, label: field.label, typed: typed).map { (field.id, $0) }
        return .redraw
    }

    /// The name of each code field's value beside it, or how to open its list.
    private func nameTheCodes() {
        for field in form.fields where CodeFields.isCodeField(field.id) {
            guard let i = form.index(of: field.id) else { continue }
            form.fields[i].hint = codes.name(of: field.id, value: field.value) ?? services.text(Phrases.pickListHint)
        }
    }

    private func leave() -> HandlerResult {
        guard section == .form, isDirty else { closed = true; return .redraw }
        let lang = services.language
        dialog = PaneDialog(dialog: MessageDialog(title: Phrases.deskUnsavedTitle.text(lang),
                                                  message: Phrases.deskUnsavedQuestion.text(lang),
                                                  buttons: [Phrases.deskKeepEditing.text(lang), Phrases.deskDiscard.text(lang)]),
                            actions: [{}, { [weak self] in self?.discardAndClose() }])
        return .redraw
    }

    private func discardAndClose() {
        services.discardDraft(form: Self.draftForm, subject: draftSubject)
        closed = true
    }

    // MARK: - Saving

    private var draftSubject: String { applicant.map { String($0.id) } ?? "" }

    func save(overwriting theirs: Applicant? = nil) {
        let refused = model.validate(&form)
        if let first = refused.first, let field = form.fields.first(where: { $0.id == first }) {
            form.focus(on: first)
            message = StatusMessage(services.text(Phrases.deskSaveRefused(field: field.label, why: field.error ?? "")), .error)
            return
        }
        guard var edited = model.applicant(from: form, base: applicant, institutionCode: services.institutionCode) else { return }
        if let theirs { edited.version = theirs.version }
        do {
            let stored = applicant == nil ? try services.desk.addApplicant(edited) : try services.desk.updateApplicant(edited)
            services.discardDraft(form: Self.draftForm, subject: draftSubject)
            services.discardDraft(form: Self.draftForm, subject: String(stored.id))
            let isNew = applicant == nil
            adopt(stored)
            message = StatusMessage(services.text(isNew ? Phrases.deskAdded(stored.id) : Phrases.deskSaved), .ok)
        } catch let conflict as ConflictError {
            offerConflict(conflict)
        } catch let error as ValidationError {
            let id = error.field == "passport_number" ? "passport" : error.field
            form.setError(id, services.text(error.reason))
            form.focus(on: id)
            let label = form.fields.first { $0.id == id }?.label ?? error.field
            message = StatusMessage(services.text(Phrases.deskSaveRefused(field: label, why: services.text(error.reason))), .error)
        } catch {
            message = services.message(for: error)
        }
    }

    /// Shows `stored` as saved: the form and the sections read it again.
    func adopt(_ stored: Applicant) {
        discardDraft()
        let focus = form.focusedField?.id
        applicant = stored
        form = model.form(for: stored)
        if let focus { form.focus(on: focus) }
        savedSnapshot = ApplicantFormModel.snapshot(form)
        for section in sections.values { section.reload() }
    }

    /// The applicant changed under a section (its state moved): keep the clerk's unsaved typing.
    func refresh(_ stored: Applicant) {
        if isDirty { applicant = stored } else { adopt(stored) }
    }

    /// Someone else changed the applicant (or its state) after the workspace read it.
    func offerConflict(_ conflict: ConflictError) {
        let lang = services.language
        dialog = PaneDialog(
            dialog: MessageDialog(title: Phrases.deskConflictTitle.text(lang), message: conflict.phrase.text(lang),
                                  role: .warning,
                                  buttons: [Phrases.deskReload.text(lang), Phrases.deskReviewBoth.text(lang),
                                            Phrases.deskKeepEditing.text(lang)]),
            actions: [{ [weak self] in self?.reloadTheirs() }, { [weak self] in self?.startReview() }, {}])
        message = services.message(for: conflict)
    }

    private func theirs() -> Applicant? {
        guard let id = applicant?.id else { return nil }
        return services.read({ try services.desk.applicant(id: id) }, else: nil)
    }

    func reloadTheirs() {
        guard let theirs = theirs() else { return }
        adopt(theirs)
        message = StatusMessage(services.text(Phrases.deskReloaded), .ok)
    }

    private func startReview() {
        guard let theirs = theirs(),
              let mine = model.applicant(from: form, base: applicant, institutionCode: services.institutionCode) else {
            message = StatusMessage(services.text(Phrases.deskReviewNeedsValidForm), .warning)
            return
        }
        review = (theirs, model.differences(mine: mine, theirs: theirs))
    }

    private func handleReview(_ key: Key) -> HandlerResult {
        guard let current = review else { return .ignored }
        switch key {
        case .character("r"): review = nil; adopt(current.theirs); message = StatusMessage(services.text(Phrases.deskReloaded), .ok)
        case .character("o"): review = nil; save(overwriting: current.theirs)
        case .escape: review = nil
        default: return .handled
        }
        return .redraw
    }

    // MARK: - Drafts

    /// What the last draft held, so the idle tick writes only when the typing changed.
    private var draftSnapshot: [String: String]?

    /// Called on the idle tick: keeps the typing as a draft, so that even a session killed
    /// without a signal it can catch (SIGKILL) loses at most a second of typing.
    func autosaveDraft() {
        if isDirty, ApplicantFormModel.snapshot(form) != draftSnapshot { saveDraft() }
        saveSectionDraft(onlyIfChanged: true)
    }

    /// What the last section draft held.
    private var sectionDraftSnapshot: [String: String]?

    /// Keeps the open sub-form of the current section; drops the draft once it is closed.
    private func saveSectionDraft(onlyIfChanged: Bool) {
        guard let id = applicant?.id else { return }
        guard let draft = current?.draft else {
            if sectionDraftSnapshot != nil {
                services.discardDraft(form: Self.sectionDraftForm, subject: String(id))
                sectionDraftSnapshot = nil
            }
            return
        }
        let fields = SectionFormDraft(section: section, kind: draft.kind, fields: FormValues(values: draft.fields)).stored
        guard !onlyIfChanged || fields != sectionDraftSnapshot else { return }
        if services.keepDraft(form: Self.sectionDraftForm, subject: String(id), fields: fields) {
            sectionDraftSnapshot = fields
        }
    }

    /// Opens the section and sub-form of a section draft.
    func restoreSectionDraft(_ draft: SectionFormDraft) {
        section = draft.section
        current?.restore(kind: draft.kind, fields: draft.fields.values)
        sectionDraftSnapshot = draft.stored
        message = StatusMessage(services.text(Phrases.deskDraftRestored), .ok)
    }

    private func discardDraft() {
        guard draftSnapshot != nil else { return }
        services.discardDraft(form: Self.draftForm, subject: draftSubject)
        draftSnapshot = nil
    }

    func saveDraft() {
        saveSectionDraft(onlyIfChanged: false)
        guard isDirty else { return }
        // The version the typing started from: a restored draft must not overwrite a newer save.
        let draft = ApplicantFormDraft(fields: FormValues(form), version: applicant?.version)
        if services.keepDraft(form: Self.draftForm, subject: draftSubject, fields: draft.stored) {
            draftSnapshot = ApplicantFormModel.snapshot(form)
        }
    }

    func restoreDraft(_ draft: ApplicantFormDraft) {
        draft.fields.restore(into: &form)
        if let version = draft.version, var base = applicant, base.version != version {
            base.version = version
            applicant = base
        }
        message = StatusMessage(services.text(Phrases.deskDraftRestored), .ok)
    }

    /// Another session committed: sections re-read; an open form learns early that its
    /// applicant was changed (its save would be refused).
    func poll() -> Bool {
        current?.reload()
        if let mine = applicant, let stored = theirs(), stored.version != mine.version {
            if isDirty {
                let who = services.read({ try services.desk.lastChange(applicantID: mine.id) }, else: nil)
                message = StatusMessage(services.text(Phrases.deskChangedElsewhere(by: who?.by ?? "", at: who?.at ?? "")), .warning)
            } else {
                adopt(stored)
            }
        }
        return true
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, rect: Rect) {
        let lang = services.language
        let (header, rest) = rect.splitTop(1)
        let (tabs, body) = rest.splitTop(1)
        let who = applicant.map { "№ \($0.id)  \($0.surname) \($0.name)  — " + Phrases.deskState($0.state).text(lang) }
            ?? Phrases.deskNewApplicant.text(lang)
        grid.put(who, x: header.x + 1, y: header.y, role: .header, limit: header.width - 2)
        var x = tabs.x + 1
        for item in WorkspaceSection.allCases where x < tabs.maxX {
            let label = " F\(item.key) " + item.title.text(lang) + " "
            let role: StyleRole = item == section ? .tabActive : (applicant == nil && item != .form ? .muted : .tab)
            x += grid.put(label, x: x, y: tabs.y, role: role, limit: tabs.maxX - x) + 1
        }
        if let review {
            renderReview(review.rows, into: &grid, rect: body)
        } else if section == .form {
            nameTheCodes()
            form.render(in: body, grid: &grid, labelWidth: 22, yes: Phrases.deskYes.text(lang), no: Phrases.deskNo.text(lang),
                        more: { Phrases.formMore($0, below: $1).text(lang) })
            if var open = picker {
                grid.cursor = nil
                open.list.render(in: body, grid: &grid, emptyText: Phrases.pickListNothing.text(lang))
                picker = open
            }
        } else {
            current?.render(into: &grid, rect: body)
        }
        if let dialog {
            grid.cursor = nil
            dialog.dialog.render(in: body, grid: &grid)
        }
    }

    private func renderReview(_ rows: [(label: String, mine: String, theirs: String)], into grid: inout Grid, rect: Rect) {
        grid.cursor = nil
        let lang = services.language
        let inner = Frame.box(rect, title: Phrases.deskReviewTitle.text(lang), grid: &grid)
        let w = max(6, (inner.width - 20) / 2)
        grid.put(Phrases.deskReviewField.text(lang).fitted(to: 18), x: inner.x + 1, y: inner.y, role: .header)
        grid.put(Phrases.deskReviewMine.text(lang).fitted(to: w), x: inner.x + 20, y: inner.y, role: .header)
        grid.put(Phrases.deskReviewTheirs.text(lang).fitted(to: w), x: inner.x + 21 + w, y: inner.y, role: .header)
        var y = inner.y + 1
        if rows.isEmpty {
            grid.put(Phrases.deskReviewSame.text(lang), x: inner.x + 1, y: y, role: .muted, limit: inner.width - 2)
        }
        for row in rows where y < inner.maxY - 1 {
            grid.put(row.label.fitted(to: 18), x: inner.x + 1, y: y, role: .label)
            grid.put(row.mine.fitted(to: w), x: inner.x + 20, y: y, role: .warning)
            grid.put(row.theirs.fitted(to: w), x: inner.x + 21 + w, y: y, role: .ok)
            y += 1
        }
        grid.put(Phrases.deskReviewKeys.text(lang), x: inner.x + 1, y: inner.maxY - 1, role: .muted, limit: inner.width - 2)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
