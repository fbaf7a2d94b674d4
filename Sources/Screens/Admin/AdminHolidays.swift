import Domain
import Foundation
import Storage
import TerminalUI

/// The Admin area's Holidays: the days off that 4.12's working days skip, year by year;
/// add, remove, import a CSV file. Storage checks that the caller is an administrator and
/// audits every change.
final class AdminHolidays {
    private let context: AppContext
    private let service: AdminService
    private(set) var year: Int
    private var days: [HolidayEntry] = [] { didSet { list.setCount(days.count) } }
    private var list = ListState()
    private var selected: Int { list.selected }
    private var warning: Phrase?
    private var form: FormState?
    private var importing = false
    private var confirm: MessageDialog?
    var message: StatusMessage?

    init(context: AppContext, service: AdminService) {
        self.context = context
        self.service = service
        year = context.today.year
    }

    var capturesText: Bool { form?.capturesText ?? false }
    /// The open form holds typing not saved (the Admin area asks before Esc drops it).
    var formIsChanged: Bool { form?.isChanged ?? false }
    func closeForm() { form = nil }
    var isEditing: Bool { form != nil || confirm != nil }

    var keyHelp: [KeyHint] {
        if form != nil { return [KeyHint("Tab ↑ ↓", Phrases.helpKeyFocus), KeyHint("Enter Esc", Phrases.helpKeySaveForm)] }
        return [KeyHint("← →", Phrases.helpKeyHolidayYear), KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove),
                KeyHint("Home End", Phrases.helpKeyListEnds),
                KeyHint("n", Phrases.helpKeyNewHoliday), KeyHint("Delete", Phrases.helpKeyRemoveHoliday),
                KeyHint("i", Phrases.helpKeyImportHolidays)]
    }

    var statusHints: [KeyHint] {
        [KeyHint("← →", Phrases.deskYear), KeyHint("n", Phrases.add), KeyHint("Del", Phrases.removeUser),
         KeyHint("i", Phrases.importHolidays)]
    }

    private func t(_ phrase: Phrase) -> String { context.text(phrase) }

    func reload() {
        do {
            days = try service.holidays(year: year)
            warning = try service.holidayWarning(on: context.today)
        } catch {
            message = context.message(for: error)
        }
    }

    // MARK: - Keys

    func handle(_ key: Key) -> HandlerResult {
        if confirm != nil { return handleConfirm(key) }
        if form != nil { return handleForm(key) }
        if let moved = list.handle(key) { return moved }
        switch key {
        case .left: year -= 1; list = ListState(); reload()
        case .right: year += 1; list = ListState(); reload()
        case .character("n"):
            importing = false
            form = FormState([
                .text("date", t(Phrases.fieldHolidayDate), maxLength: 10, hint: t(Phrases.dateHint), required: true),
                .text("name", t(Phrases.fieldHolidayName), maxLength: 80, required: true),
                .choice("kind", t(Phrases.fieldHolidayKind), options: [t(Phrases.holidayKindHoliday), t(Phrases.holidayKindWorkingDay)]),
            ])
        case .character("i"):
            importing = true
            form = FormState([.text("path", t(Phrases.importPath), maxLength: 200, hint: "holidays-\(year).csv", required: true)])
        case .delete, .character("d"):
            guard days.indices.contains(selected) else { return .handled }
            let day = days[selected]
            confirm = MessageDialog(title: t(Phrases.removeUser), message: t(Phrases.confirmRemoveHoliday(day.day.dotted, day.name)),
                                    role: .warning, buttons: [t(Phrases.cancel), t(Phrases.removeUser)])
        default: return .ignored
        }
        return .redraw
    }

    private func handleForm(_ key: Key) -> HandlerResult {
        guard var state = form else { return .ignored }
        switch key {
        case .escape: form = nil
        case .enter: if importing { importFile(state) } else { add(state) }
        default:
            let result = state.handle(key)
            form = state
            return result
        }
        return .redraw
    }

    private func add(_ state: FormState) {
        var kept = state
        kept.clearErrors()
        guard let day = CivilDate(parsing: state.value("date")) else {
            kept.setError("date", t(Phrases.notADate))
            form = kept
            return
        }
        let kind: DayKind = kept.value("kind") == t(Phrases.holidayKindWorkingDay) ? .workingDay : .holiday
        do {
            try service.addHoliday(day, name: state.value("name"), kind: kind)
            form = nil
            year = day.year
            reload()
            list.select(days.firstIndex { $0.day == day } ?? selected)
            message = StatusMessage(t(Phrases.holidayAdded(day.dotted)), .ok)
        } catch let error as ValidationError {
            kept.setError(error.field == "--name" ? "name" : "date", t(error.reason))
            form = kept
        } catch {
            message = context.message(for: error)
        }
    }

    private func importFile(_ state: FormState) {
        var kept = state
        kept.clearErrors()
        let path = state.value("path").trimmingCharacters(in: .whitespaces)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            kept.setError("path", t(Phrases.importUnreadable(path)))
            form = kept
            return
        }
        do {
            let result = try service.importHolidays(text)
            form = nil
            reload()
            message = StatusMessage(t(Phrases.holidaysImported(added: result.added, changed: result.changed, unchanged: result.unchanged)), .ok)
        } catch let error as ValidationError {
            kept.setError("path", error.field + ": " + t(error.reason))
            form = kept
        } catch {
            message = context.message(for: error)
        }
    }

    private func handleConfirm(_ key: Key) -> HandlerResult {
        guard var dialog = confirm else { return .ignored }
        switch dialog.handle(key) {
        case .open: confirm = dialog
        case .dismissed, .chose(0): confirm = nil
        case .chose:
            confirm = nil
            guard days.indices.contains(selected) else { break }
            let day = days[selected].day
            do {
                try service.removeHoliday(day)
                message = StatusMessage(t(Phrases.holidayRemoved(day.dotted)), .ok)
                reload()
            } catch {
                message = context.message(for: error)
            }
        }
        return .redraw
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, rect: Rect) {
        var (line, rest) = rect.splitTop(1)
        grid.put("◂ " + t(Phrases.holidaysOfYear(year, count: days.count)) + " ▸", x: line.x + 1, y: line.y, role: .header,
                 limit: line.width - 2)
        if let warning {
            let rows = grid.putWrapped("⚠ " + t(warning), x: rest.x + 1, y: rest.y, role: .warning, width: rest.width - 2,
                                       maxRows: 3)
            rest = rest.splitTop(rows).1
        }
        let rows = grid.putWrapped(t(Phrases.holidayYearsConfirm), x: rest.x + 1, y: rest.y, role: .muted,
                                   width: rest.width - 2, maxRows: 3)
        rest = rest.splitTop(rows).1
        let lang = context.language
        let columns = [
            TableColumn<HolidayEntry>(Phrases.columnDay.text(lang), width: 10) { $0.day.dotted },
            TableColumn<HolidayEntry>(Phrases.columnWeekday.text(lang), width: 10) { Phrases.weekdayNames[$0.day.weekday - 1].text(lang) },
            TableColumn<HolidayEntry>(Phrases.columnKind.text(lang), width: 22) {
                ($0.kind == .holiday ? Phrases.holidayKindHoliday : Phrases.holidayKindWorkingDay).text(lang)
            },
            TableColumn<HolidayEntry>(Phrases.columnHolidayName.text(lang), width: max(10, rest.width - 48)) { ShownText.escaped($0.name) },
        ]
        TableView.render(days, list: &list, columns: columns, in: rest,
                         grid: &grid, highlightColumns: 1, emptyText: t(Phrases.holidaysNone(year)))
        if let form {
            var state = form
            let box = rect.centered(width: min(rect.width - 2, 72), height: min(rect.height, state.fields.count * 2 + 4))
            grid.fill(box, role: .normal)
            let inner = Frame.box(box, title: t(importing ? Phrases.importHolidays : Phrases.newHoliday), grid: &grid)
            state.render(in: inner.inset(by: 1), grid: &grid, labelWidth: 10)
            self.form = state
        }
        if let confirm {
            grid.cursor = nil
            confirm.render(in: rect, grid: &grid)
        }
    }
}
