import Domain
import Foundation
import Storage
import TerminalUI

/// Name search for records without a PIN (seed 000: many before 2008 have none): surname,
/// optional name, father's name and birth date, folded by the Azerbaijani search key; the
/// results page through any number of matches.
public final class NameSearchPane: Pane, RequestsArea {
    let context: AppContext
    let service: RegistryService
    var form: FormState
    var editing = true
    var source: NameResultSource?
    var list = PagedListState<NameResult>()
    var listHeight = 0
    var showingDetail = false
    var message: StatusMessage?
    /// Set by `p`: the App opens the PIN screen on this person.
    private var request: AreaRequest?

    public init(context: AppContext, service: RegistryService) {
        self.context = context
        self.service = service
        let lang = context.language
        form = FormState([
            .text("surname", Phrases.nameSurname.text(lang), maxLength: 60, required: true),
            .text("name", Phrases.nameName.text(lang), maxLength: 60),
            .text("father", Phrases.nameFather.text(lang), maxLength: 60),
            .text("born", Phrases.nameBorn.text(lang), maxLength: 10, hint: Phrases.dateHint.text(lang)),
        ])
    }

    public var title: Phrase { Phrases.areaNames }
    public var capturesText: Bool { editing && form.capturesText }
    public var statusMessage: StatusMessage? { message }

    public func takeAreaRequest() -> AreaRequest? {
        defer { request = nil }
        return request
    }
    public var selectedRecord: StudentRecord? { list.selectedRow?.record }

    public var keyHelp: [KeyHint] {
        [KeyHint("Enter", Phrases.helpEnterSearch), KeyHint("Esc", Phrases.helpEscField),
         KeyHint("/", Phrases.keyEditForm), KeyHint("↑ ↓", Phrases.helpKeyListMove),
         KeyHint("PgUp PgDn", Phrases.helpKeyListPage), KeyHint("Enter", Phrases.helpKeyDetails),
         KeyHint("p", Phrases.helpOpenPIN)]
    }

    public var statusHints: [KeyHint] {
        editing ? [KeyHint("Enter", Phrases.keySearch), KeyHint("Esc", Phrases.keyLeaveField)]
                : [KeyHint("/", Phrases.keyEditForm), KeyHint("Enter", Phrases.details), KeyHint("p", Phrases.keyOpenPIN)]
    }

    public func poll() -> Bool { false }

    public func handle(_ key: Key) -> HandlerResult {
        if editing {
            switch key {
            case .enter: search(); return .redraw
            case .escape: editing = false; return .redraw
            default: return form.handle(key)
            }
        }
        let hadMessage = message != nil
        message = nil
        guard let source else {
            if key == .character("/") || key == .enter { editing = true; return .redraw }
            return hadMessage ? .redraw : .ignored
        }
        do {
            let moved: Bool
            switch key {
            case .character("/"), .character("s"):
                editing = true
                return .redraw
            case .enter:
                showingDetail.toggle()
                return .redraw
            case .character("p"):
                // Names → PIN (issue 15): the PIN screen asks the purpose and searches.
                guard let record = selectedRecord else { return hadMessage ? .redraw : .ignored }
                guard let pin = record.pin else {
                    message = StatusMessage(context.text(Phrases.nameHasNoPIN), .warning)
                    return .redraw
                }
                request = .pinLookup(pin)
                return .redraw
            case .escape:
                guard showingDetail else { return hadMessage ? .redraw : .ignored }
                showingDetail = false
                return .redraw
            default:
                guard let listMoved = try list.handle(key, source) else { return hadMessage ? .redraw : .ignored }
                moved = listMoved
            }
            return moved || hadMessage ? .redraw : .handled
        } catch {
            message = context.message(for: error)
            return .redraw
        }
    }

    private func search() {
        form.clearErrors()
        let surname = form.value("surname").trimmingCharacters(in: .whitespaces)
        guard !AzerbaijaniText.searchKey(surname).isEmpty else {
            form.setError("surname", context.text(Phrases.surnameRequired))
            form.focus(on: "surname")
            return
        }
        var born: CivilDate?
        let bornText = form.value("born").trimmingCharacters(in: .whitespaces)
        if !bornText.isEmpty {
            guard let date = CivilDate(parsing: bornText) else {
                form.setError("born", context.text(Phrases.notADate))
                form.focus(on: "born")
                return
            }
            born = date
        }
        func optional(_ id: String) -> String? {
            let text = form.value(id).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        let query = NameQuery(surnamePrefix: surname, name: optional("name"), fatherName: optional("father"), born: born)
        let source = NameResultSource(service: service, query: query)
        do {
            try list.reload(from: source, height: max(1, listHeight))
            self.source = source
            editing = list.isEmpty
            showingDetail = false
            message = list.isEmpty ? StatusMessage(context.text(Phrases.nameNoResults), .warning) : nil
        } catch {
            message = context.message(for: error)
        }
    }

    // MARK: - Drawing

    public func render(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .normal)
        let formHeight = 4 + form.fields.filter { $0.error != nil }.count
        let (top, rest) = rect.splitTop(formHeight + 1)
        form.render(in: Rect(x: top.x + 1, y: top.y, width: top.width - 2, height: formHeight), grid: &grid,
                    focused: editing, labelWidth: 16)
        var listRect = rest
        var detailRect: Rect?
        if showingDetail, rest.height > 8 {
            let (upper, lower) = rest.splitBottom(min(15, rest.height / 2 + 2))
            listRect = upper
            detailRect = lower
        }
        let rows = max(1, listRect.height - 1)
        if rows != listHeight, let source {
            listHeight = rows
            context.read({ try list.resize(to: rows, source: source) }, else: (), problem: &message)
        }
        listHeight = rows
        guard source != nil else {
            grid.put(context.text(Phrases.nameSearchFirst), x: listRect.x + 2, y: listRect.y, role: .muted)
            return
        }
        let lang = context.language
        let columns: [TableColumn<NameResult>] = [
            TableColumn(Phrases.columnPIN.text(lang), width: 7) { $0.record.pin?.value ?? "—" },
            TableColumn(Phrases.columnSurname.text(lang), width: 14) { $0.record.name.surname },
            TableColumn(Phrases.columnName.text(lang), width: 10) { $0.record.name.name },
            TableColumn(Phrases.columnFatherName.text(lang), width: 14) { $0.record.name.fatherName },
            TableColumn(Phrases.columnBirthDate.text(lang), width: 10) { $0.record.birthDate.dotted },
            TableColumn(Phrases.columnAdmissionYear.text(lang), width: 8) { String($0.record.admissionYear) },
            // Narrow windows show the institution's code: a whole code tells two records of one
            // person apart where a name cut after nine letters does not (issue 15).
            rect.width < 96
                ? TableColumn(Phrases.columnInstitution.text(lang), width: 8) { $0.record.institutionCode }
                : TableColumn(Phrases.columnInstitution.text(lang), width: 20) { $0.record.institutionName },
        ]
        TableView.render(list.window, selected: list.selected, columns: columns, in: listRect, grid: &grid,
                         highlightColumns: 3, focused: !editing, emptyText: context.text(Phrases.nameNoResults))
        if let detailRect, let record = selectedRecord {
            let inner = Frame.box(detailRect, title: context.text(Phrases.details), grid: &grid)
            let pin = record.pin ?? PIN(unchecked: "—")
            if let single = Certificate(pin: pin, records: [record]) {
                let lines = CertificateDocument.lines(single, language: lang).filter { !$0.value.isEmpty }
                RegistryScreenSupport.renderLines(lines, skip: 0, in: inner, grid: &grid,
                                                  labelWidth: min(46, inner.width * 2 / 5))
            }
        }
    }
}

/// One name-search result and its position among all the results.
public struct NameResult: Sendable {
    public let position: Int
    public let row: NameSearchRow
    public var record: StudentRecord { row.record }
}

/// The name-search results a page at a time. The search seeks forward by keyset; moving back
/// re-reads forward from a checkpoint (the cursor of every 100th result), so memory stays small
/// however far the user pages and no backward query is needed.
final class NameResultSource: PageSource {
    static let stride = 100
    let service: RegistryService
    let query: NameQuery
    /// checkpoints[k]: the cursor just before result k × stride (nil: the start).
    private var checkpoints: [NameSearchCursor?] = [nil]
    private var total: Int?
    private var audited = false

    init(service: RegistryService, query: NameQuery) {
        self.service = service
        self.query = query
    }

    /// Up to `limit` results from `position`, read after `cursor` (the result before it).
    private func fetch(after cursor: NameSearchCursor?, from position: Int, limit: Int) throws -> [NameResult] {
        let rows = try service.search(query, after: cursor, limit: limit, newSearch: !audited)
        audited = true
        var out: [NameResult] = []
        out.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            let p = position + i
            if (p + 1) % Self.stride == 0, (p + 1) / Self.stride == checkpoints.count { checkpoints.append(row.cursor) }
            out.append(NameResult(position: p, row: row))
        }
        if rows.count < limit { total = position + rows.count }
        return out
    }

    func rows(after row: NameResult?, limit: Int) throws -> [NameResult] {
        guard let row else { return try fetch(after: nil, from: 0, limit: limit) }
        return try fetch(after: row.row.cursor, from: row.position + 1, limit: limit)
    }

    func rows(before row: NameResult?, limit: Int) throws -> [NameResult] {
        var end: Int
        if let row {
            end = row.position
        } else {
            // The end: walk forward from the last checkpoint, keeping only checkpoints.
            while total == nil {
                let k = checkpoints.count - 1
                _ = try fetch(after: checkpoints[k], from: k * Self.stride, limit: Self.stride * 10)
            }
            end = total ?? 0
        }
        let start = max(0, end - limit)
        let k = min(start / Self.stride, checkpoints.count - 1)
        let found = try fetch(after: checkpoints[k], from: k * Self.stride, limit: end - k * Self.stride)
        return found.filter { $0.position >= start && $0.position < end }
    }
}
