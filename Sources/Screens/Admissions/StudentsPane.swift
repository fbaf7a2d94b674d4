import Domain
import Storage
import TerminalUI

/// Screen 7: the institution's foreign students, their status changes (4.10) with history,
/// the residence document (2.2.4), and dismissal with its ground and the two 4.12 notices.
public final class StudentsPane: Pane {
    let services: DeskSession
    private let hasChanged: () -> Bool
    var students: [(applicant: Applicant, followUp: AdmissionFollowUp)] = [] {
        didSet { list.setCount(students.count) }
    }
    var list = ListState()
    var selected: Int { list.selected }
    private var showingDetail = false
    var editing: (kind: StudentFormDraft.Kind, form: FormState)?
    var message: StatusMessage?
    var loaded = false
    var dialog: PaneDialog?
    /// The dismissal asking first (4.10, 4.12); `dismissalConfirmed` while its Enter saves.
    var confirm: ActConfirmation?
    var dismissalConfirmed = false

    static let grounds: [DismissalGround] = [.discipline, .unpaidTuition, .courtDecision, .noResidenceDocument, .other("")]
    static let diplomaLevels = DiplomaLevel.allCases

    public init(services: DeskSession, hasChanged: @escaping () -> Bool) {
        self.services = services
        self.hasChanged = hasChanged
    }

    var lang: Language { services.language }
    func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    public var title: Phrase { Phrases.areaStudents }
    public var capturesText: Bool { confirm != nil || search != nil || (editing?.form.capturesText ?? false) }
    public var hasUnsavedChanges: Bool { editing?.form.isChanged ?? false }
    public var statusMessage: StatusMessage? { services.readProblem ?? message }
    public var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove), KeyHint("Home End", Phrases.helpKeyListEnds),
         KeyHint("Enter", Phrases.deskHelpHistory),
         KeyHint("s", Phrases.deskHelpStatus), KeyHint("r", Phrases.deskHelpResidence),
         KeyHint("/", Phrases.deskHelpSearchStudents), KeyHint("x", Phrases.deskHelpClearSearch),
         KeyHint("Esc", Phrases.deskCancel)]
    }
    public var statusHints: [KeyHint] {
        if confirm != nil { return ActConfirmation.hints(Phrases.dismissButton) }
        return editing != nil ? [KeyHint("Enter", Phrases.deskSave), KeyHint("Esc", Phrases.deskCancel)]
            : [KeyHint("Enter", Phrases.deskHistory), KeyHint("s", Phrases.deskStatusChange), KeyHint("r", Phrases.deskResidence),
               KeyHint("/", Phrases.find)]
    }

    /// The session's admissions count when the list was read (`DeskSession.admissions`).
    private var admissionsSeen = 0
    /// The data changed while a form was open: the list is read again when it closes.
    private var stale = false

    func reload() {
        if !loaded { offerDraft() }
        loaded = true
        stale = false
        admissionsSeen = services.admissions
        do {
            allStudents = try services.desk.students()
        } catch { message = services.message(for: error) }
        allStatuses = allStudents.map { Self.status(of: $0.followUp, services: services) }
        applySearch()
    }

    /// Every student of the institution as read, and each one's 4.10 status, worked out when
    /// the list is read (a reinstatement needs the record's history), not for every frame;
    /// `students` and `statuses` are the ones the `/` search leaves.
    var allStudents: [(applicant: Applicant, followUp: AdmissionFollowUp)] = []
    var allStatuses: [StudentStatus] = []
    var statuses: [StudentStatus] = []
    /// The `/` search: its field while typed, and what it holds.
    var search: TextFieldState?
    var query = ""

    func status(of index: Int) -> StudentStatus {
        statuses.indices.contains(index) ? statuses[index] : Self.status(of: students[index].followUp, services: services)
    }

    /// The 4.10 status of a student, from the registry state and its history (`DeskService`).
    private static func status(of followUp: AdmissionFollowUp, services: DeskSession) -> StudentStatus {
        services.read({ try services.desk.status(of: followUp) }, else: .enrolled)
    }

    /// What the last draft held (the idle tick writes only when the typing changed).
    private var draftSnapshot: [String: String]?

    public func poll() -> Bool {
        if let current = editing, ApplicantFormModel.snapshot(current.form) != draftSnapshot {
            draftSnapshot = ApplicantFormModel.snapshot(current.form)
            saveDraft()
        } else if editing == nil, draftSnapshot != nil {
            draftSnapshot = nil
            for draft in services.drafts(of: StudentFormDraft.form) {
                services.discardDraft(form: draft.form, subject: draft.subject)
            }
        }
        guard hasChanged() else { return false }
        // Not under an open form: its save works on the selected row. Read once it closes.
        guard editing == nil else { stale = true; return false }
        reload()
        return true
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        let hadMessage = message != nil || services.readProblem != nil
        services.readProblem = nil
        if !loaded { reload() }
        if var open = confirm {
            confirm = nil
            if open.handle(key) { confirm = open }
            return .redraw
        }
        if var open = dialog {
            // Cleared first: a chosen action may open a form (or another dialog).
            dialog = nil
            if open.handle(key) { dialog = open }
            return .redraw
        }
        if let current = editing {
            return PaneDialog.formKeys(key, current.form, lang, ask: { dialog = $0 }, close: { [weak self] in self?.closeForm() },
                                       save: { save(current) }, edit: { editing = (current.kind, $0) })
        }
        if search != nil { return handleSearch(key) }
        message = nil
        if let moved = list.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .character("/"): search = TextFieldState(query, maxLength: 40)
        case .character("x"):
            guard !query.isEmpty else { return hadMessage ? .redraw : .handled }
            query = ""
            applySearch()
        case .enter: showingDetail.toggle()
        case .escape: guard showingDetail else { return .ignored }; showingDetail = false
        case .character("s"):
            guard students.indices.contains(selected) else { return .handled }
            openForm(.status)
        case .character("r"):
            guard students.indices.contains(selected) else { return .handled }
            openForm(.residence)
        default:
            return .ignored
        }
        return .redraw
    }

    /// Opens the status-change or residence form of the selected student (a key, or a
    /// draft being restored: the same form either way).
    func openForm(_ kind: StudentFormDraft.Kind) {
        guard students.indices.contains(selected) else { return }
        switch kind {
        case .status:
            let kinds = StatusMachine.allowedKinds(from: status(of: selected))
            guard !kinds.isEmpty else {
                message = StatusMessage(t(Phrases.deskStatusClosed(status(of: selected))), .warning)
                return
            }
            editing = (.status, FormState([
                .choice("event", t(Phrases.deskStatusEvent), options: kinds.map { t($0.phrase) }),
                .text("date", t(Phrases.deskStatusDate), value: services.today.dotted, maxLength: 10,
                      hint: t(Phrases.deskDateHint), required: true),
                .choice("ground", t(Phrases.deskDismissalGround), options: Self.grounds.map(groundLabel), hint: "4.10, 4.12"),
                .text("detail", t(Phrases.deskStatusDetail), maxLength: 120, hint: t(Phrases.deskStatusDetailHint)),
                .text("series", t(Phrases.deskDiplomaSeries), maxLength: 10, hint: "4.9"),
                .text("number", t(Phrases.deskDiplomaNumber), maxLength: 20, hint: "4.9"),
                .text("issued", t(Phrases.deskDiplomaDate), maxLength: 10, hint: t(Phrases.deskDateHint) + " (4.9)"),
                .choice("level", t(Phrases.deskDiplomaLevel), options: Self.diplomaLevels.map { t($0.phrase) }, hint: "4.9"),
            ]))
        case .residence:
            let followUp = students[selected].followUp
            editing = (.residence, FormState([
                .text("number", t(Phrases.deskResidenceNumber), maxLength: 30, required: true),
                .text("date", t(Phrases.deskResidenceDate), value: (followUp.residenceDocumentOn ?? services.today).dotted,
                      maxLength: 10, hint: t(Phrases.deskDateHint), required: true),
                .text("pin", t(Phrases.deskResidencePIN), value: followUp.pin?.value ?? "", maxLength: 7,
                      hint: t(Phrases.deskPINHint)),
            ]))
        }
    }

    /// Closes the open form without saving, and drops its draft.
    private func closeForm() {
        editing = nil
        if students.indices.contains(selected) {
            services.discardDraft(form: StudentFormDraft.form, subject: String(students[selected].applicant.id))
        }
        draftSnapshot = nil
    }

    func groundLabel(_ ground: DismissalGround) -> String {
        (ground.paragraph.map { $0 + " " } ?? "") + t(ground.phrase)
    }

    func save(_ current: (kind: StudentFormDraft.Kind, form: FormState)) {
        var form = current.form
        form.clearErrors()
        let student = students[selected]
        guard let date = DeskDraw.date(form.value("date")) else {
            form.setError("date", t(Phrases.deskBadDate(form.value("date"))))
            form.focus(on: "date")
            editing = (current.kind, form)
            message = StatusMessage(t(Phrases.deskSaveRefused(field: form.fields.first { $0.id == "date" }?.label ?? "", why: t(Phrases.deskBadDate(form.value("date"))))), .error)
            return
        }
        do {
            if current.kind == .residence {
                let number = form.value("number").trimmingCharacters(in: .whitespaces)
                guard !number.isEmpty else {
                    refuse(&form, current.kind, field: "number", why: t(Phrases.deskRequired))
                    return
                }
                let typed = form.value("pin").trimmingCharacters(in: .whitespaces)
                var pin: PIN?
                if !typed.isEmpty {
                    switch PIN.parse(typed) {
                    case .success(let parsed): pin = parsed
                    case .failure(let invalid):
                        refuse(&form, current.kind, field: "pin", why: t(invalid.phrase))
                        return
                    }
                }
                try services.desk.recordResidence(applicantID: student.applicant.id,
                                                           expectedVersion: student.applicant.version,
                                                           documentNumber: number, on: date, pin: pin)
                message = StatusMessage(t(pin.map { Phrases.deskResidenceSavedWithPIN(number: number, on: date, pin: $0.value) }
                             ?? Phrases.deskResidenceSaved(number: number, on: date)), .ok)
            } else {
                guard try changeStatus(student, form: &form, date: date) else {
                    editing = (current.kind, form)
                    return
                }
            }
            editing = nil
            services.discardDraft(form: StudentFormDraft.form, subject: String(student.applicant.id))
            draftSnapshot = nil
            reload()
        } catch let refusal as StatusRefusal {
            // A refused date (2.1.1, 4.10) is said under the date field too; the form keeps it.
            if let field = refusal.field {
                form.setError(field, t(refusal.short ?? refusal.why))
                form.focus(on: field)
            }
            editing = (current.kind, form)
            message = StatusMessage(refusal.paragraph + ": " + t(refusal.why), .error)
        } catch {
            editing = (current.kind, form)
            message = services.message(for: error)
        }
    }

    /// Marks `field` refused with `why`, keeps the form open on it, and says so.
    private func refuse(_ form: inout FormState, _ kind: StudentFormDraft.Kind, field: String, why: String) {
        form.setError(field, why)
        form.focus(on: field)
        editing = (kind, form)
        message = StatusMessage(t(Phrases.deskSaveRefused(field: form.fields.first { $0.id == field }?.label ?? field, why: why)), .error)
    }

    /// The chosen 4.10 change (or 4.9 graduation) through `DeskService`; false when a field
    /// was refused (the form stays open on it).
    private func changeStatus(_ student: (applicant: Applicant, followUp: AdmissionFollowUp), form: inout FormState,
                              date: CivilDate) throws -> Bool {
        let from = status(of: selected)
        let kinds = StatusMachine.allowedKinds(from: from)
        let detail = form.value("detail").trimmingCharacters(in: .whitespaces)
        let event: StatusEvent
        switch kinds[ApplicantFormModel.choice("event", in: form)] {
        case .takeAcademicLeave: event = .takeAcademicLeave
        case .returnFromLeave: event = .returnFromLeave
        case .reinstate: event = .reinstate
        case .transfer: event = .transfer(.institution(detail))
        case .dismiss:
            let ground = Self.grounds[ApplicantFormModel.choice("ground", in: form)]
            if case .other = ground { event = .dismiss(.other(detail)) } else { event = .dismiss(ground) }
        case .graduate:
            // 4.9: the diploma as it is printed — series, registration number, issue date, level.
            let series = form.value("series").trimmingCharacters(in: .whitespaces)
            let number = form.value("number").trimmingCharacters(in: .whitespaces)
            let issuedText = form.value("issued").trimmingCharacters(in: .whitespaces)
            for (id, value) in [("series", series), ("number", number), ("issued", issuedText)] where value.isEmpty {
                refuse(&form, .status, field: id, why: t(Phrases.diplomaFieldsNeeded))
                return false
            }
            guard let issued = DeskDraw.date(issuedText) else {
                refuse(&form, .status, field: "issued", why: t(Phrases.deskBadDate(issuedText)))
                return false
            }
            event = .graduate(Diploma(series: series, registrationNumber: number, issueDate: issued,
                                      level: Self.diplomaLevels[ApplicantFormModel.choice("level", in: form)]))
        }
        if case .dismiss(let ground) = event, !dismissalConfirmed {
            askToDismiss(student, ground: ground, date: date)
            return false
        }
        let change = try services.desk.changeStatus(applicantID: student.applicant.id,
                                                             expectedVersion: student.applicant.version, event: event,
                                                             on: date)
        let due = student.applicant.isOutsideRegulations ? nil : change.deadlines.first?.due
        var text = t(Phrases.deskStatusChanged(to: change.to, noticesDue: due))
        var role = StyleRole.ok
        // 4.12 counted with weekends only while this year or the next has no holidays: said here.
        if due != nil, let warning = services.read({ try services.desk.holidayWarning(on: date) }, else: nil) {
            text += " — " + t(warning)
            role = .warning
        }
        message = StatusMessage(text, role)
        return true
    }

    // MARK: - Drawing

    public func render(into grid: inout Grid, rect: Rect) {
        if !loaded || (editing == nil && (stale || admissionsSeen != services.admissions)) { reload() }
        if var current = editing {
            let name = students.indices.contains(selected) ? students[selected].applicant.surname + " " + students[selected].applicant.name : ""
            let (head, body) = rect.splitTop(2)
            grid.put(name + " — " + t(current.kind == .status ? Phrases.deskStatusChange : Phrases.deskResidence),
                     x: head.x + 1, y: head.y, role: .header, limit: head.width - 2)
            current.form.render(in: body, grid: &grid, labelWidth: 22, more: { [lang] in Phrases.formMore($0, below: $1).text(lang) })
            editing = current
            if let dialog {
                grid.cursor = nil
                dialog.dialog.render(in: rect, grid: &grid)
            }
            confirm?.render(in: rect, grid: &grid)
            return
        }
        grid.cursor = nil
        var listRect = renderSearchLine(into: &grid, rect: rect)
        var detailRect: Rect?
        if showingDetail {
            let (upper, lower) = listRect.splitBottom(min(10, listRect.height / 2))
            listRect = upper
            detailRect = lower
        }
        let visible = list.visibleRows(height: max(1, listRect.height - 1))
        // Sized so that every column, the FİN and the 2.2.4 date fit in 80 columns.
        let header = "№".fitted(to: 5) + " " + t(Phrases.columnSurname).fitted(to: 12) + " " + t(Phrases.columnName).fitted(to: 8)
            + " " + t(Phrases.deskColumnCountry).fitted(to: 3) + " " + t(Phrases.deskColumnStatus).fitted(to: 13) + " "
            + t(Phrases.deskColumnAdmitted).fitted(to: 10) + " " + t(Phrases.deskColumnPIN).fitted(to: 7) + " "
            + t(Phrases.deskColumnResidence)
        grid.putFitted(header, x: listRect.x + 2, y: listRect.y, role: .header, width: listRect.width - 2)
        if students.isEmpty {
            grid.put(t(Phrases.deskNoStudents), x: listRect.x + 2, y: listRect.y + 1, role: .muted, limit: listRect.width - 3)
        }
        for (row, index) in visible.enumerated() {
            let (a, f) = students[index]
            var residence: String
            var role: StyleRole = .normal
            if let on = f.residenceDocumentOn { residence = "✓ " + on.dotted } else if let admitted = f.admittedOn {
                let due = admitted.adding(days: 90)
                residence = "≤ " + due.dotted
                role = due < services.today ? .error : (services.today.days(until: due) <= 7 ? .warning : .normal)
            } else { residence = "—" }
            let line = String(a.id).fitted(to: 5) + " " + a.surname.fitted(to: 12) + " " + a.name.fitted(to: 8) + " "
                + a.citizenship.fitted(to: 3) + " " + t(status(of: index).phrase).fitted(to: 13) + " "
                + (f.admittedOn?.dotted ?? "—").fitted(to: 10) + " "
            // A registry record without a FİN cannot be found by PIN (seed 000): said until it has one.
            let pinText = (f.pin?.value ?? t(Phrases.deskNoPIN)).fitted(to: 7) + " "
            if a.isOutsideRegulations, f.residenceDocumentOn == nil { residence = "1.2"; role = .muted }
            let y = listRect.y + 1 + row
            let used = grid.put((index == selected ? "▶ " : "  ") + line, x: listRect.x, y: y,
                                role: index == selected ? .selection : .normal, limit: listRect.width)
            let pinUsed = grid.put(pinText, x: listRect.x + used, y: y, role: f.pin == nil ? .warning : .normal,
                                   limit: max(0, listRect.width - used))
            grid.put(residence, x: listRect.x + used + pinUsed, y: y, role: role,
                     limit: max(0, listRect.width - used - pinUsed))
        }
        if let detailRect, students.indices.contains(selected) { renderDetail(into: &grid, rect: detailRect) }
        if let dialog { dialog.dialog.render(in: rect, grid: &grid) }
    }

    private func renderDetail(into grid: inout Grid, rect: Rect) {
        let inner = Frame.box(rect, title: t(Phrases.deskHistory), grid: &grid)
        let (a, f) = students[selected]
        var lines: [(String, StyleRole)] = []
        if let id = f.studentRecordID {
            let history = services.read({ try services.desk.statusHistory(recordID: id) }, else: [])
            lines += history.map { ($0.changedOn.dotted + "  " + t($0.from.phrase) + " → " + t($0.to.phrase) + "  "
                                    + Phrases.statusReasonText($0.reason, services.language) + "  (" + $0.recordedBy + ")", .normal) }
        }
        if lines.isEmpty { lines.append((t(Phrases.deskNoHistory), .muted)) }
        for event in services.read({ try services.desk.events(applicantID: a.id) }, else: []) {
            let state = event.doneOn.map { "✓ " + $0.dotted + " " + (event.doneBy ?? "") } ?? ("≤ " + (event.dueOn?.dotted ?? ""))
            lines.append((t(Phrases.deskEventKind(event.kind.name)) + "  " + Phrases.statusReasonText(event.detail, services.language)
                          + "  " + state,
                          event.doneOn == nil ? .warning : .ok))
        }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            grid.put(line.0, x: inner.x + 1, y: inner.y + i, role: line.1, limit: inner.width - 2)
        }
    }
}
