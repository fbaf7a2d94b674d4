import Domain
import Storage
import TerminalUI

/// Screen 8: everything due or overdue (2.2.4, 4.12, 2.2.2, 4.8) sorted by date; overdue in
/// the error colour, due within a week in the warning colour. Marking one done records who
/// and when.
public final class DeadlinesPane: Pane {
    let services: DeskSession
    private let hasChanged: () -> Bool
    private var lines: [DeskDeadline] = [] { didSet { list.setCount(lines.count) } }
    private var list = ListState()
    private var loaded = false
    private var message: StatusMessage?
    private var dialog: PaneDialog?

    public init(services: DeskSession, hasChanged: @escaping () -> Bool) {
        self.services = services
        self.hasChanged = hasChanged
    }

    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    public var title: Phrase { Phrases.areaDeadlines }
    public var capturesText: Bool { false }
    public var statusMessage: StatusMessage? { services.readProblem ?? message }
    public var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove), KeyHint("Home End", Phrases.helpKeyListEnds),
         KeyHint("d  Enter", Phrases.deskHelpMarkDone)]
    }
    public var statusHints: [KeyHint] { [KeyHint("d", Phrases.deskMarkDone)] }

    /// 4.12 counted with weekends only: said above the list until the holidays are entered.
    private var holidayWarning: Phrase?

    func reload() {
        loaded = true
        do {
            (lines, holidayWarning) = try services.desk.deadlines(on: services.today)
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
        if var open = dialog {
            if open.handle(key) { dialog = open } else if dialog?.dialog == open.dialog { dialog = nil }
            return .redraw
        }
        message = nil
        if let moved = list.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .character("d"), .enter:
            guard let line = lines[safe: list.selected] else { return .handled }
            dialog = PaneDialog(
                dialog: MessageDialog(title: t(Phrases.deskMarkDone),
                                      message: t(Phrases.deskMarkDoneQuestion(describe(line), on: services.today)),
                                      buttons: [t(Phrases.deskMarkDone), t(Phrases.deskCancel)]),
                actions: [{ [weak self] in self?.markDone(line) }, {}])
        default:
            return .ignored
        }
        return .redraw
    }

    private func markDone(_ line: DeskDeadline) {
        do {
            try services.desk.markDone(line, on: services.today)
            message = StatusMessage(t(Phrases.deskMarkedDone(by: services.context.login, on: services.today)), .ok)
        } catch { message = services.message(for: error) }
        reload()
    }

    /// The paragraph, whose and what: "4.12 Yılmaz Mehmet: dismissal: notice to the Ministry of Education".
    func describe(_ line: DeskDeadline) -> String {
        line.deadline.paragraph + " " + (line.who.isEmpty ? "" : line.who + ": ") + t(line.what)
    }

    public func render(into grid: inout Grid, rect: Rect) {
        if !loaded { reload() }
        grid.cursor = nil
        var rect = rect
        if let holidayWarning {
            let rows = grid.putWrapped("⚠ " + t(holidayWarning), x: rect.x + 1, y: rect.y, role: .warning,
                                       width: rect.width - 2, maxRows: 3)
            rect = rect.splitTop(rows).1
        }
        let header = t(Phrases.deskColumnDue).fitted(to: 10) + " " + t(Phrases.deskColumnWhen).fitted(to: 16) + " " + t(Phrases.deskColumnWhat)
        grid.putFitted(header, x: rect.x + 2, y: rect.y, role: .header, width: rect.width - 2)
        if lines.isEmpty { grid.put(t(Phrases.deskNothingDue), x: rect.x + 2, y: rect.y + 1, role: .muted, limit: rect.width - 3) }
        for (row, index) in list.visibleRows(height: max(1, rect.height - 1)).enumerated() {
            let line = lines[index]
            let status = line.deadline.status(on: services.today)
            let role: StyleRole
            let when: String
            switch status {
            case .overdue(let days): role = .error; when = t(Phrases.deskOverdue(days))
            case .open(let days): role = days <= 7 ? .warning : .normal; when = t(Phrases.deskDaysLeft(days))
            case .met, .metLate: role = .ok; when = ""
            }
            let text = line.deadline.due.dotted + " " + when.fitted(to: 16) + " " + describe(line)
            let y = rect.y + 1 + row
            grid.put(index == list.selected ? "▶ " : "  ", x: rect.x, y: y, role: index == list.selected ? .selection : .normal)
            grid.putFitted(text, x: rect.x + 2, y: y, role: role, width: rect.width - 2)
        }
        if let dialog { dialog.dialog.render(in: rect, grid: &grid) }
    }
}
