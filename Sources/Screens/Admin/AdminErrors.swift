import Domain
import Storage
import TerminalUI

/// The Admin area's Errors: the error log (`ErrorLog`, table `error_log`) — what failed in
/// someone's session or command, with the details (SQL included) that the person who met it
/// was not shown. Newest first; the selected entry's details below the list. Administrators
/// only (checked in Storage).
final class AdminErrors {
    private let context: AppContext
    private let service: AdminService
    private var entries: [ErrorLogEntry] = []
    private var selected = 0
    var message: StatusMessage?

    /// The newest entries shown: enough to see what went wrong today.
    static let shown = 200

    init(context: AppContext, service: AdminService) {
        self.context = context
        self.service = service
    }

    var keyHelp: [KeyHint] { [KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove)] }
    var statusHints: [KeyHint] { [KeyHint("u", Phrases.adminUsers), KeyHint("a", Phrases.adminAudit)] }

    func reload() {
        entries = context.read({ try service.errorLog(before: nil, limit: Self.shown) }, else: [], problem: &message)
        selected = min(selected, max(0, entries.count - 1))
    }

    func handle(_ key: Key) -> HandlerResult {
        let last = max(0, entries.count - 1)
        switch key {
        case .down, .character("j"): selected = min(selected + 1, last)
        case .up, .character("k"): selected = max(0, selected - 1)
        case .pageDown: selected = min(selected + 10, last)
        case .pageUp: selected = max(0, selected - 10)
        case .home: selected = 0
        case .end: selected = last
        default: return .ignored
        }
        return .redraw
    }

    func render(into grid: inout Grid, rect: Rect) {
        let lang = context.language
        let (list, details) = rect.splitBottom(min(8, rect.height / 2))
        let columns = [
            TableColumn<ErrorLogEntry>("№", width: 6) { String($0.id) },
            TableColumn<ErrorLogEntry>(Phrases.columnWhen.text(lang), width: 19) { LocalTime.shown($0.at) },
            TableColumn<ErrorLogEntry>(Phrases.columnLogin.text(lang), width: 12) { $0.login },
            TableColumn<ErrorLogEntry>(Phrases.errorLogKind.text(lang), width: max(10, list.width - 42)) { $0.kind },
        ]
        TableView.render(entries, selected: selected, columns: columns, in: list, grid: &grid, highlightColumns: 1,
                         emptyText: context.text(Phrases.errorLogEmpty))
        guard let entry = entries[safe: selected], details.height > 1 else { return }
        var y = details.y + 1
        for part in Frame.wrap(entry.detail, width: max(1, details.width - 2)) where y < details.maxY {
            grid.put(part, x: details.x + 1, y: y, role: .normal, limit: details.width - 2)
            y += 1
        }
    }
}

extension Phrases {
    static let adminErrors = Phrase(az: "Xətalar", en: "Errors")
    static let errorLogKind = Phrase(az: "Nə", en: "What failed")
    static let helpKeySwitchAdminWithErrors = Phrase(az: "istifadəçilər / audit / bayramlar / parametrlər / xətalar",
                                                     en: "users / audit / holidays / settings / errors")
}
