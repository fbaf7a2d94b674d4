import Domain
import Foundation
import Storage
import TerminalUI

/// The registry list: every record, sorted by surname in Azerbaijani order, browsed a
/// screen at a time (keyset paging, so the first screen of five million records is as quick
/// as the last), with a detail pane for the selected record and a jump-to-surname field.
public final class RegistryBrowserPane: Pane {
    private let context: AppContext
    private let source: RegistryPageSource
    private let hasChanged: () -> Bool
    private var list = PagedListState<RegistryRow>()
    private var showingDetail = false
    /// The record the detail pane shows, as `RegistryService.openRecord` handed it over
    /// (issue 12: opening a record's details is audited, and nothing is shown unaudited).
    private var detail: StudentRecord?
    private let service: RegistryService
    private var jumpField: TextFieldState?
    private var message: StatusMessage?
    private var listHeight = 0

    /// - Parameter hasChanged: asked once a second while idle; true when another session
    ///   committed a change (`PRAGMA data_version`).
    /// - Parameter service: opens a record's details, writing the audit row first.
    public init(context: AppContext, repository: RegistryRepository, service: RegistryService,
                hasChanged: @escaping () -> Bool) {
        self.context = context
        self.service = service
        self.source = RegistryPageSource(repository: repository)
        self.hasChanged = hasChanged
    }

    public var title: Phrase { Phrases.areaRegistry }
    public var capturesText: Bool { jumpField != nil }
    public var statusMessage: StatusMessage? { message }

    public var keyHelp: [KeyHint] {
        [
            KeyHint("↑ ↓", Phrases.helpKeyListMove),
            KeyHint("PgUp PgDn", Phrases.helpKeyListPage),
            KeyHint("Home End", Phrases.helpKeyListEnds),
            KeyHint("Enter", Phrases.helpKeyDetails),
            KeyHint("/", Phrases.helpKeyJump),
        ]
    }

    public var statusHints: [KeyHint] {
        [KeyHint("Enter", Phrases.details), KeyHint("/", Phrases.find)]
    }

    /// The record under the cursor (for tests and for the screens built on this one).
    public var selectedRecord: StudentRecord? { list.selectedRow?.record }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        let result = handleKey(key)
        return openSelectedDetail() ? .redraw : result
    }

    /// While the detail pane is open, the record under the cursor is opened through the
    /// service (audited) whenever it is not the one shown; true when that changed anything.
    private func openSelectedDetail() -> Bool {
        guard showingDetail else {
            defer { detail = nil }
            return false
        }
        guard let id = list.selectedRow?.record.id else { return false }
        guard detail?.id != id else { return false }
        do {
            detail = try service.openRecord(id: id)
        } catch {
            detail = nil
            showingDetail = false
            message = context.message(for: error)
        }
        return true
    }

    private func handleKey(_ key: Key) -> HandlerResult {
        if jumpField != nil { return handleJump(key) }
        let hadMessage = message != nil
        message = nil
        do {
            let moved: Bool
            if let listMoved = try list.handle(key, source) { return listMoved || hadMessage ? .redraw : .handled }
            switch key {
            case .control("f"): moved = try list.pageDown(source)
            case .control("b"): moved = try list.pageUp(source)
            case .enter:
                showingDetail.toggle()
                return .redraw
            case .escape:
                guard showingDetail else { return hadMessage ? .redraw : .ignored }
                showingDetail = false
                return .redraw
            case .character("/"), .control("s"):
                jumpField = TextFieldState(maxLength: 60)
                return .redraw
            default:
                return hadMessage ? .redraw : .ignored
            }
            return moved || hadMessage ? .redraw : .handled
        } catch {
            message = context.message(for: error)
            return .redraw
        }
    }

    private func handleJump(_ key: Key) -> HandlerResult {
        guard var field = jumpField else { return .ignored }
        switch key {
        case .escape:
            jumpField = nil
            return .redraw
        case .enter:
            jumpField = nil
            return .redraw
        default:
            let result = field.handle(key)
            jumpField = field
            guard result == .redraw else { return result }
            let prefix = field.text
            guard !prefix.trimmingCharacters(in: .whitespaces).isEmpty else { return .redraw }
            do {
                let rows = try source.rows(startingAt: prefix, limit: max(1, listHeight))
                list.show(rows, height: max(1, listHeight))
                let wanted = AzerbaijaniText.sortKey(prefix.trimmingCharacters(in: .whitespaces))
                let found = rows.first.map { $0.cursor.sortKey.hasPrefix(wanted) } ?? false
                message = found ? nil : StatusMessage(context.text(Phrases.jumpNotFound), .warning)
            } catch {
                message = context.message(for: error)
            }
            return .redraw
        }
    }

    public func poll() -> Bool {
        guard hasChanged() else { return false }
        context.read({ try list.refresh(from: source) }, else: (), problem: &message)
        // The record shown may have changed; show it as it is now (the same person: not a
        // new opening, so not audited again).
        if let shown = detail, let fresh = list.selectedRow?.record, fresh.id == shown.id { detail = fresh }
        _ = openSelectedDetail()
        return true
    }

    // MARK: - Drawing

    public func render(into grid: inout Grid, rect: Rect) {
        var area = rect
        if var field = jumpField {
            let (line, rest) = area.splitTop(1)
            area = rest
            let prompt = context.text(Phrases.jumpPrompt) + " "
            let used = grid.put(prompt, x: line.x + 1, y: line.y, role: .label)
            field.render(in: Rect(x: line.x + 1 + used, y: line.y, width: min(40, line.width - used - 2), height: 1),
                         grid: &grid, focused: true)
            jumpField = field
        }
        var listRect = area
        var detailRect: Rect?
        if showingDetail {
            if area.width >= 110 {
                let (left, right) = area.splitLeft(area.width - 48)
                listRect = left
                detailRect = right
            } else {
                let detailHeight = min(17, area.height / 2 + 1)
                let (top, bottom) = area.splitBottom(detailHeight)
                listRect = top
                detailRect = bottom
            }
        }
        let rows = max(1, listRect.height - 1)
        if rows != listHeight || list.isEmpty {
            listHeight = rows
            do {
                if list.isEmpty { try list.reload(from: source, height: rows) } else { try list.resize(to: rows, source: source) }
            } catch {
                message = context.message(for: error)
            }
        }
        TableView.render(list.window, selected: list.selected, columns: columns(width: listRect.width - 2),
                         in: listRect, grid: &grid, highlightColumns: 2,
                         emptyText: context.text(Phrases.registryEmpty))
        if let detailRect { renderDetail(into: &grid, rect: detailRect) }
    }

    /// The columns that fit. A person with two records (a bachelor's and a master's, say)
    /// has two rows that differ only in the admission year, the institution and the state, so
    /// those stay at every width from 80 columns (issue 15: two identical lines at 80 columns
    /// read as a duplicate); the father's name goes first, then the state, then the birth
    /// date. Columns shrink to their narrow width before any is dropped, and room left over
    /// goes back to them in the order of their priority.
    private func columns(width: Int) -> [TableColumn<RegistryRow>] {
        let lang = context.language
        let dash = Phrases.noPIN.text(lang)
        struct Candidate {
            let priority: Int
            let narrow: Int
            let wide: Int
            let title: String
            let value: (RegistryRow) -> String
        }
        var candidates: [Candidate] = [
            Candidate(priority: 0, narrow: 7, wide: 7, title: Phrases.columnPIN.text(lang)) { $0.record.pin?.value ?? dash },
            Candidate(priority: 1, narrow: 12, wide: 15, title: Phrases.columnSurname.text(lang)) { $0.record.name.surname },
            Candidate(priority: 2, narrow: 8, wide: 10, title: Phrases.columnName.text(lang)) { $0.record.name.name },
            Candidate(priority: 7, narrow: 12, wide: 15, title: Phrases.columnFatherName.text(lang)) { $0.record.name.fatherName },
            Candidate(priority: 5, narrow: 10, wide: 10, title: Phrases.columnBirthDate.text(lang)) { $0.record.birthDate.dotted },
            Candidate(priority: 4, narrow: 8, wide: 11, title: Phrases.columnInstitution.text(lang)) { $0.record.institutionCode },
            Candidate(priority: 3, narrow: 8, wide: 8, title: Phrases.columnAdmissionYear.text(lang)) { String($0.record.admissionYear) },
            Candidate(priority: 6, narrow: 12, wide: 14, title: Phrases.columnState.text(lang)) { $0.record.educationState.phrase.text(lang) },
        ]
        func total(_ list: [Candidate]) -> Int { list.reduce(0) { $0 + $1.narrow + 1 } }
        while total(candidates) > width, candidates.count > 2,
              let drop = candidates.indices.max(by: { candidates[$0].priority < candidates[$1].priority }) {
            candidates.remove(at: drop)
        }
        var widths = candidates.map(\.narrow)
        var spare = width - total(candidates)
        for index in candidates.indices.sorted(by: { candidates[$0].priority < candidates[$1].priority }) where spare > 0 {
            let grow = min(spare, candidates[index].wide - widths[index])
            widths[index] += grow
            spare -= grow
        }
        // Room still left lets a long state ("akademik məzuniyyət") show whole (issue 15).
        if spare > 0, let state = candidates.firstIndex(where: { $0.priority == 6 }) {
            widths[state] += min(spare, 22 - widths[state])
        }
        return candidates.indices.map { TableColumn(candidates[$0].title, width: widths[$0], value: candidates[$0].value) }
    }

    private func renderDetail(into grid: inout Grid, rect: Rect) {
        let inner = Frame.box(rect, title: context.text(Phrases.details), grid: &grid)
        guard let record = detail, record.id == list.selectedRow?.record.id, !inner.isEmpty else { return }
        let lang = context.language
        let lines: [(Phrase, String)] = [
            (Phrases.fieldPIN, record.pin?.value ?? Phrases.noPIN.text(lang)),
            (Phrases.fieldFullName, record.name.full),
            (Phrases.fieldBirthDate, record.birthDate.dotted),
            (Phrases.fieldAdmissionYear, String(record.admissionYear)),
            (Phrases.fieldInstitution, record.institutionName),
            (Phrases.fieldFunding, record.funding.phrase.text(lang)),
            (Phrases.fieldDegree, record.level.phrase.text(lang) + " (" + Phrases.years(record.yearsOfStudy).text(lang) + ")"),
            (Phrases.fieldMajor, record.majorCode + " " + record.majorName),
            (Phrases.fieldEnrollment, record.enrollmentStatus.phrase.text(lang)),
            (Phrases.fieldState, record.educationState.phrase.text(lang)),
            (Phrases.fieldDiploma, record.diploma.map { $0.series + " " + $0.registrationNumber } ?? Phrases.none.text(lang)),
            (Phrases.fieldDiplomaDate, record.diploma?.issueDate.dotted ?? "—"),
            (Phrases.fieldDiplomaLevel, record.diploma?.level.phrase.text(lang) ?? "—"),
        ]
        let labelWidth = min(18, max(8, inner.width * 2 / 5))
        let valueWidth = max(1, inner.width - labelWidth - 3)
        var y = inner.y
        for (label, value) in lines where y < inner.maxY {
            grid.put(label.text(lang).fitted(to: labelWidth), x: inner.x + 1, y: y, role: .label)
            // Long values (institution names) wrap rather than lose their end.
            for part in Frame.wrap(value, width: valueWidth) where y < inner.maxY {
                grid.put(part, x: inner.x + 2 + labelWidth, y: y, role: .normal, limit: valueWidth)
                y += 1
            }
        }
    }
}
