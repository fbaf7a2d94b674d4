import Domain
import Storage
import TerminalUI

/// The Admin area's Settings: the values kept without a new release (3.6 test validity, the
/// TOEFL band table, the 4.8 due day). Storage checks the administrator, refuses a bad value
/// naming the form a value takes, and audits the change.
final class AdminSettings {
    private let context: AppContext
    private let service: AdminService
    private var rows: [ListedSetting] = [] { didSet { list.setCount(rows.count) } }
    private var list = ListState()
    private var selected: Int { list.selected }
    private var form: FormState?
    var message: StatusMessage?

    init(context: AppContext, service: AdminService) {
        self.context = context
        self.service = service
    }

    var capturesText: Bool { form?.capturesText ?? false }
    /// The open form holds typing not saved (the Admin area asks before Esc drops it).
    var formIsChanged: Bool { form?.isChanged ?? false }
    func closeForm() { form = nil }
    var isEditing: Bool { form != nil }

    var keyHelp: [KeyHint] {
        if form != nil { return [KeyHint("Enter Esc", Phrases.helpKeySaveForm)] }
        return [KeyHint("↑ ↓", Phrases.helpKeyListMove), KeyHint("Enter", Phrases.helpKeyChangeSetting)]
    }

    var statusHints: [KeyHint] { [KeyHint("Enter", Phrases.changeSetting)] }

    private func t(_ phrase: Phrase) -> String { context.text(phrase) }

    func reload() {
        do { rows = try service.settingsList() } catch { message = context.message(for: error) }
    }

    func handle(_ key: Key) -> HandlerResult {
        if var state = form {
            switch key {
            case .escape: form = nil
            case .enter: save(state)
            default:
                let result = state.handle(key)
                form = state
                return result
            }
            return .redraw
        }
        if let moved = list.handle(key) { return moved }
        switch key {
        case .enter:
            guard rows.indices.contains(selected) else { return .handled }
            let descriptor = SettingCatalog.all[selected]
            form = FormState([.text("value", descriptor.name, value: rows[selected].value, maxLength: 200,
                                    hint: t(descriptor.format), required: true)])
        default: return .ignored
        }
        return .redraw
    }

    private func save(_ state: FormState) {
        guard rows.indices.contains(selected) else { return }
        var kept = state
        kept.clearErrors()
        do {
            let stored = try service.setSetting(named: rows[selected].name, to: state.value("value"))
            form = nil
            reload()
            message = StatusMessage(t(Phrases.settingSaved(stored.name)), .ok)
        } catch let error as ValidationError {
            kept.setError("value", t(error.reason))
            form = kept
        } catch {
            form = nil
            message = context.message(for: error)
        }
    }

    func render(into grid: inout Grid, rect: Rect) {
        let lang = context.language
        let columns = [
            TableColumn<ListedSetting>(Phrases.columnSetting.text(lang), width: 30) { $0.name },
            TableColumn<ListedSetting>(Phrases.columnChanged.text(lang), width: 24) {
                $0.isDefault ? Phrases.settingDefault.text(lang)
                    : ($0.updatedBy ?? "") + " " + String(LocalTime.shown($0.updatedAt ?? "").prefix(10))
            },
            TableColumn<ListedSetting>(Phrases.columnValue.text(lang), width: max(10, rect.width - 58)) { ShownText.escaped($0.value) },
        ]
        let (list, about) = rect.splitTop(min(rect.height, rows.count + 2))
        TableView.render(rows, list: &self.list, columns: columns, in: list, grid: &grid, highlightColumns: 1)
        if SettingCatalog.all.indices.contains(selected), about.height >= 2 {
            let descriptor = SettingCatalog.all[selected]
            grid.put(t(descriptor.about), x: about.x + 1, y: about.y, role: .label, limit: about.width - 2)
            grid.put(t(descriptor.format), x: about.x + 1, y: about.y + 1, role: .muted, limit: about.width - 2)
        }
        if let form {
            var state = form
            let box = rect.centered(width: min(rect.width - 2, 96), height: min(rect.height, 6))
            grid.fill(box, role: .normal)
            let inner = Frame.box(box, title: t(Phrases.changeSetting), grid: &grid)
            state.render(in: inner.inset(by: 1), grid: &grid, labelWidth: 28)
            self.form = state
        }
    }
}
