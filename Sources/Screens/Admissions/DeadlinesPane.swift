import Domain
import Storage
import TerminalUI

/// Screen 8: everything due or overdue (2.2.4, 4.12, 2.2.2, 4.8) sorted by date; overdue in
/// the error colour, due within a week in the warning colour; each student by number and name
/// (two people of one name differ by number). Marking one done asks first and records who and
/// when; 2.2.4 asks for the residence document's number, date and FİN. `h` lists what was
/// marked done, where `u` undoes a mark (asked first, audited).
public final class DeadlinesPane: Pane {
    let services: DeskSession
    private let hasChanged: () -> Bool
    private var lines: [DeskDeadline] = [] { didSet { if !showingDone { list.setCount(lines.count) } } }
    private var doneLines: [DoneDeadline] = [] { didSet { if showingDone { list.setCount(doneLines.count) } } }
    private var showingDone = false
    private var list = ListState()
    private var loaded = false
    private var message: StatusMessage?
    private var confirm: ActConfirmation?
    /// What Enter does while `confirm` is open (for the footer).
    private var confirmAct = Phrases.deskMarkDone
    /// 2.2.4: the residence document's number, date and FİN, asked before it is marked done.
    private var residence: (line: DeskDeadline, form: FormState)?

    public init(services: DeskSession, hasChanged: @escaping () -> Bool) {
        self.services = services
        self.hasChanged = hasChanged
    }

    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    public var title: Phrase { Phrases.areaDeadlines }
    public var capturesText: Bool { confirm != nil || residence != nil }
    public var statusMessage: StatusMessage? { services.readProblem ?? message }
    public var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove), KeyHint("Home End", Phrases.helpKeyListEnds),
         KeyHint("d  Enter", Phrases.deskHelpMarkDone), KeyHint("h", Phrases.doneListHelp), KeyHint("u", Phrases.undoHelp)]
    }
    public var statusHints: [KeyHint] {
        if confirm != nil { return ActConfirmation.hints(confirmAct) }
        if residence != nil { return [KeyHint("Enter", Phrases.deskSave), KeyHint("Esc", Phrases.deskCancel)] }
        if showingDone { return [KeyHint("u", Phrases.undoKey), KeyHint("h", Phrases.deskBack)] }
        return [KeyHint("d", Phrases.deskMarkDone), KeyHint("h", Phrases.doneListKey)]
    }

    /// 4.12 counted with weekends only: said above the list until the holidays are entered.
    private var holidayWarning: Phrase?

    func reload() {
        loaded = true
        do {
            (lines, holidayWarning) = try services.desk.deadlines(on: services.today)
            if showingDone { doneLines = try services.desk.doneDeadlines() }
        } catch { message = services.message(for: error) }
    }

    public func poll() -> Bool {
        guard hasChanged() else { return false }
        reload()
        return true
    }

    public func handle(_ key: Key) -> HandlerResult {
        let hadMessage = message != nil || services.readProblem != nil
        services.readProblem = nil
        if !loaded { reload() }
        if var open = confirm {
            confirm = nil
            if open.handle(key) { confirm = open }
            return .redraw
        }
        if residence != nil { return handleResidence(key) }
        message = nil
        if let moved = list.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .character("h"):
            showingDone.toggle()
            reload()
            list = ListState(count: showingDone ? doneLines.count : lines.count)
        case .escape:
            guard showingDone else { return .ignored }
            showingDone = false
            list = ListState(count: lines.count)
        case .character("u") where showingDone, .enter where showingDone:
            guard let done = doneLines[safe: list.selected] else { return .handled }
            askToUndo(done)
        case .character("d") where !showingDone, .enter where !showingDone:
            guard let line = lines[safe: list.selected] else { return .handled }
            if line.deadline.kind == .residenceDocument {
                residence = (line, FormState([
                    .text("number", t(Phrases.deskResidenceNumber), maxLength: 30, required: true),
                    .text("date", t(Phrases.deskResidenceDate), value: services.today.dotted, maxLength: 10,
                          hint: t(Phrases.deskDateHint), required: true),
                    .text("pin", t(Phrases.deskResidencePIN), maxLength: 7, hint: t(Phrases.deskPINHint)),
                ]))
                return .redraw
            }
            confirmAct = Phrases.deskMarkDone
            confirm = ActConfirmation(
                title: t(Phrases.deskMarkDone), question: t(Phrases.deskMarkDoneQuestion(describe(line), on: services.today)),
                button: t(Phrases.deskMarkDone), cancel: t(Phrases.deskCancel),
                act: { [weak self] in self?.markDone(line) }, cancelled: { [weak self] in self?.cancelled() })
        default:
            return .ignored
        }
        return .redraw
    }

    private func cancelled() { message = StatusMessage(t(Phrases.actNothingWritten), .warning) }

    private func markDone(_ line: DeskDeadline) {
        do {
            try services.desk.markDone(line, on: services.today)
            message = StatusMessage(t(Phrases.deskMarkedDone(by: services.context.login, on: services.today)), .ok)
        } catch { message = services.message(for: error) }
        reload()
    }

    private func askToUndo(_ done: DoneDeadline) {
        guard let doneOn = done.event.doneOn else { return }
        confirmAct = Phrases.undoButton
        confirm = ActConfirmation(
            title: t(Phrases.undoTitle),
            question: t(Phrases.undoQuestion(describe(done), doneOn: doneOn, by: done.event.doneBy ?? "?")),
            button: t(Phrases.undoButton), cancel: t(Phrases.deskCancel),
            act: { [weak self] in
                guard let self else { return }
                do {
                    try self.services.desk.undoDeadline(eventID: done.event.id)
                    self.message = StatusMessage(self.t(Phrases.undone(by: self.services.context.login)), .ok)
                } catch { self.message = self.services.message(for: error) }
                self.reload()
            },
            cancelled: { [weak self] in self?.cancelled() })
    }

    // MARK: - 2.2.4 with the document's details

    private func handleResidence(_ key: Key) -> HandlerResult {
        guard var current = residence else { return .ignored }
        switch key {
        case .escape:
            residence = nil
            cancelled()
        case .enter, .control("s"):
            askToRecordResidence(current)
        default:
            let result = current.form.handle(key)
            residence = current
            return result == .ignored ? .handled : result
        }
        return .redraw
    }

    private func askToRecordResidence(_ current: (line: DeskDeadline, form: FormState)) {
        var form = current.form
        form.clearErrors()
        let number = form.value("number").trimmingCharacters(in: .whitespaces)
        if number.isEmpty { form.setError("number", t(Phrases.deskRequired)) }
        let date = DeskDraw.date(form.value("date"))
        if date == nil { form.setError("date", t(Phrases.deskBadDate(form.value("date")))) }
        if let date, date > services.today { form.setError("date", t(Phrases.deskReceivedInFuture)) }
        var pin: PIN?
        let typed = form.value("pin").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            switch PIN.parse(typed) {
            case .success(let parsed): pin = parsed
            case .failure(let invalid): form.setError("pin", t(invalid.phrase))
            }
        }
        form.markHiddenCharacters(t)
        if let bad = form.fields.first(where: { $0.error != nil }) {
            form.focus(on: bad.id)
            residence = (current.line, form)
            message = StatusMessage(t(Phrases.deskSaveRefused(field: bad.label, why: bad.error ?? "")), .error)
            return
        }
        guard let date, let id = current.line.applicantID else { return }
        residence = (current.line, form)
        confirmAct = Phrases.residenceRecordButton
        confirm = ActConfirmation(
            title: t(Phrases.residenceMarkTitle),
            question: t(Phrases.residenceQuestion(who: "№ \(id) " + current.line.who, number: number, on: date, pin: pin?.value)),
            button: t(Phrases.residenceRecordButton), cancel: t(Phrases.deskCancel),
            act: { [weak self] in self?.recordResidence(applicantID: id, number: number, on: date, pin: pin) },
            cancelled: { [weak self] in self?.cancelled() })
    }

    private func recordResidence(applicantID: Int64, number: String, on date: CivilDate, pin: PIN?) {
        do {
            guard let applicant = try services.desk.applicant(id: applicantID) else { return }
            try services.desk.recordResidence(applicantID: applicantID, expectedVersion: applicant.version,
                                              documentNumber: number, on: date, pin: pin)
            residence = nil
            message = StatusMessage(t(pin.map { Phrases.deskResidenceSavedWithPIN(number: number, on: date, pin: $0.value) }
                                      ?? Phrases.deskResidenceSaved(number: number, on: date)), .ok)
        } catch { message = services.message(for: error) }
        reload()
    }

    // MARK: - Drawing

    /// The paragraph, whose (by number and name) and what: "4.12 № 12 Yılmaz Mehmet: notice → Ministry".
    func describe(_ line: DeskDeadline) -> String {
        line.deadline.paragraph + " " + Self.whose(line.applicantID, line.who) + t(line.what)
    }

    private func describe(_ done: DoneDeadline) -> String {
        var what = t(Phrases.deskEventKind(done.event.kind.name))
        if done.event.applicantID == nil, !done.event.subject.isEmpty { what += " " + done.event.subject }
        return Self.whose(done.event.applicantID, done.who) + what
    }

    static func whose(_ id: Int64?, _ name: String) -> String {
        guard !name.isEmpty else { return "" }
        return (id.map { "№ \($0) " } ?? "") + name + ": "
    }

    public func render(into grid: inout Grid, rect: Rect) {
        if !loaded { reload() }
        grid.cursor = nil
        if let current = residence {
            var form = current.form
            let (head, body) = rect.splitTop(2)
            grid.putFitted(describe(current.line), x: head.x + 1, y: head.y, role: .header, width: head.width - 2)
            form.render(in: body, grid: &grid, labelWidth: 22)
            residence = (current.line, form)
            confirm?.render(in: rect, grid: &grid)
            return
        }
        var rect = rect
        if let holidayWarning, !showingDone {
            let rows = grid.putWrapped("⚠ " + t(holidayWarning), x: rect.x + 1, y: rect.y, role: .warning,
                                       width: rect.width - 2, maxRows: 3)
            rect = rect.splitTop(rows).1
        }
        if showingDone { renderDone(into: &grid, rect: rect) } else { renderPending(into: &grid, rect: rect) }
        confirm?.render(in: rect, grid: &grid)
    }

    private func renderPending(into grid: inout Grid, rect: Rect) {
        let header = t(Phrases.deskColumnDue).fitted(to: 10) + " " + t(Phrases.deskColumnWhen).fitted(to: 16) + " " + t(Phrases.deskColumnWhat)
        grid.putFitted(header, x: rect.x + 2, y: rect.y, role: .header, width: rect.width - 2)
        if lines.isEmpty { grid.put(t(Phrases.deskNothingDue), x: rect.x + 2, y: rect.y + 1, role: .muted, limit: rect.width - 3) }
        for (row, index) in list.visibleRows(height: max(1, rect.height - 1)).enumerated() where lines.indices.contains(index) {
            let line = lines[index]
            let role: StyleRole
            let when: String
            switch line.deadline.status(on: services.today) {
            case .overdue(let days): role = .error; when = t(Phrases.deskOverdue(days))
            case .open(let days): role = days <= 7 ? .warning : .normal; when = t(Phrases.deskDaysLeft(days))
            case .met, .metLate: role = .ok; when = ""
            }
            let text = line.deadline.due.dotted + " " + when.fitted(to: 16) + " " + describe(line)
            let y = rect.y + 1 + row
            grid.put(index == list.selected ? "▶ " : "  ", x: rect.x, y: y, role: index == list.selected ? .selection : .normal)
            grid.putFitted(text, x: rect.x + 2, y: y, role: role, width: rect.width - 2)
        }
    }

    private func renderDone(into grid: inout Grid, rect: Rect) {
        grid.putFitted(t(Phrases.doneListTitle), x: rect.x + 2, y: rect.y, role: .header, width: rect.width - 2)
        if doneLines.isEmpty { grid.put(t(Phrases.doneListEmpty), x: rect.x + 2, y: rect.y + 1, role: .muted, limit: rect.width - 3) }
        for (row, index) in list.visibleRows(height: max(1, rect.height - 1)).enumerated() where doneLines.indices.contains(index) {
            let done = doneLines[index]
            let when = done.event.doneOn.map { t(Phrases.doneBy(done.event.doneBy ?? "?", on: $0)) } ?? ""
            // The kind's name begins with its paragraph (4.12, 2.2.4 …).
            let text = "✓ " + when.fitted(to: 22) + " " + describe(done)
            let y = rect.y + 1 + row
            grid.put(index == list.selected ? "▶ " : "  ", x: rect.x, y: y, role: index == list.selected ? .selection : .normal)
            grid.putFitted(text, x: rect.x + 2, y: y, role: .ok, width: rect.width - 2)
        }
    }
}
