import Domain
import Foundation
import Storage
import TerminalUI

/// The applicant list's rows by keyset, narrowed by the filter.
struct ApplicantListSource: PageSource {
    let desk: DeskService
    let filter: ApplicantFilter
    let order: ApplicantOrder

    func rows(after row: ApplicantRow?, limit: Int) throws -> [ApplicantRow] {
        try desk.applicants(filter: filter, order: order, after: row?.cursor, limit: limit)
    }

    func rows(before row: ApplicantRow?, limit: Int) throws -> [ApplicantRow] {
        let cursor = row?.cursor ?? ApplicantCursor(sortKey: "\u{10FFFF}", id: Int64.max)
        return try desk.applicants(filter: filter, order: order, after: cursor, backwards: true, limit: limit)
    }
}

/// Screen 1, the applicants list, and the door to each applicant's workspace (screens 2–6).
public final class ApplicantsPane: Pane {
    let services: DeskSession
    private let hasChanged: () -> Bool
    private var list = PagedListState<ApplicantRow>()
    private var listHeight = 0
    private var filter = ApplicantFilter()
    private var order = ApplicantOrder.name
    private var prompt: (kind: String, field: TextFieldState)?
    private var message: StatusMessage?
    private var dialog: PaneDialog?
    private var lacks: [Int64: (version: Int, text: String, named: String)] = [:]
    private var checkedDraft = false
    /// The open applicant (screens 2–6), or nil while the list shows.
    public private(set) var workspace: ApplicantWorkspace?

    public init(services: DeskSession, hasChanged: @escaping () -> Bool) {
        self.services = services
        self.hasChanged = hasChanged
    }

    public var title: Phrase { Phrases.areaApplicants }
    public var hasUnsavedChanges: Bool { workspace?.hasUnsavedChanges ?? false }
    public var capturesText: Bool { prompt != nil || (workspace?.capturesText ?? false) }
    public var statusMessage: StatusMessage? { services.readProblem ?? workspace?.statusMessage ?? message }

    public var keyHelp: [KeyHint] {
        if let workspace { return workspace.keyHelp }
        return [
            KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove),
            KeyHint("Home End", Phrases.helpKeyListEnds),
            KeyHint("Enter", Phrases.deskHelpOpen),
            KeyHint("n", Phrases.deskHelpNew),
            KeyHint("f", Phrases.deskHelpFilterState),
            KeyHint("l", Phrases.deskHelpFilterLevel),
            KeyHint("c", Phrases.deskHelpFilterCitizenship),
            KeyHint("/", Phrases.deskHelpSearch),
            KeyHint("s", Phrases.deskHelpSort),
            KeyHint("x", Phrases.deskHelpClear),
        ]
    }

    public var statusHints: [KeyHint] {
        if let workspace { return workspace.statusHints }
        // f, l and c all filter (state, level, citizenship): one hint, so s and x fit too.
        return [KeyHint("Enter", Phrases.deskOpen), KeyHint("n", Phrases.deskNew), KeyHint("f l c", Phrases.deskFilter),
                KeyHint("s", Phrases.footerSort), KeyHint("x", Phrases.footerClear), KeyHint("/", Phrases.find)]
    }

    private var source: ApplicantListSource {
        ApplicantListSource(desk: services.desk, filter: filter, order: order)
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        services.readProblem = nil
        if var open = dialog {
            if !open.handle(key) { if dialog?.dialog == open.dialog { dialog = nil } } else { dialog = open }
            return .redraw
        }
        if let workspace {
            let result = workspace.handle(key)
            if workspace.closed {
                self.workspace = nil
                reloadList()
                return .redraw
            }
            return result
        }
        if prompt != nil { return handlePrompt(key) }
        let hadMessage = message != nil
        message = nil
        do {
            if let moved = try list.handle(key, source) { return moved || hadMessage ? .redraw : .handled }
            switch key {
            case .enter:
                guard let row = list.selectedRow else { return hadMessage ? .redraw : .handled }
                open(row.applicant)
                return .redraw
            case .character("n"), .insert:
                open(nil)
                return .redraw
            case .character("f"):
                let all: [ApplicantState?] = [nil] + ApplicantState.allCases
                let i = all.firstIndex(of: filter.state) ?? 0
                filter.state = all[(i + 1) % all.count]
                reloadList()
                return .redraw
            case .character("l"):
                let all: [EducationLevel?] = [nil] + EducationLevel.allCases
                let i = all.firstIndex(of: filter.level) ?? 0
                filter.level = all[(i + 1) % all.count]
                reloadList()
                return .redraw
            case .character("s"):
                order = order == .name ? .date : .name
                reloadList()
                return .redraw
            case .character("x"):
                filter = ApplicantFilter()
                reloadList()
                return .redraw
            case .character("/"):
                prompt = ("search", TextFieldState(filter.text ?? "", maxLength: 40))
                return .redraw
            case .character("c"):
                prompt = ("citizenship", TextFieldState(filter.citizenship ?? "", maxLength: 2))
                return .redraw
            default:
                return hadMessage ? .redraw : .ignored
            }
        } catch {
            message = services.message(for: error)
            return .redraw
        }
    }

    private func handlePrompt(_ key: Key) -> HandlerResult {
        guard let kind = prompt?.kind, var field = prompt?.field else { return .ignored }
        switch key {
        case .escape, .enter:
            prompt = nil
            return .redraw
        default:
            let result = field.handle(key)
            prompt = (kind, field)
            guard result == .redraw else { return result }
            let text = field.text.trimmingCharacters(in: .whitespaces)
            if kind == "search" { filter.text = text.isEmpty ? nil : text } else {
                filter.citizenship = text.count == 2 ? text.uppercased() : nil
            }
            reloadList()
            return .redraw
        }
    }

    func open(_ applicant: Applicant?) {
        workspace = ApplicantWorkspace(services: services, applicant: applicant)
    }

    private func reloadList() {
        do { try list.reload(from: source, height: max(1, listHeight)) } catch {
            message = services.message(for: error)
        }
    }

    public func poll() -> Bool {
        workspace?.autosaveDraft()
        guard hasChanged() else { return false }
        if let workspace { return workspace.poll() }
        services.read({ try list.refresh(from: source) }, else: ())
        return true
    }

    public func saveDraft() { workspace?.saveDraft() }

    /// On first showing: a draft of this login's is offered back.
    private func offerDraft() {
        checkedDraft = true
        guard let stored = services.drafts(of: ApplicantFormDraft.form, SectionFormDraft.form).first else { return }
        let form = ApplicantFormDraft(stored)
        let section = SectionFormDraft(stored)
        guard form != nil || section != nil else { return }
        let applicant = Int64(stored.subject).flatMap { id in services.read({ try services.desk.applicant(id: id) }, else: nil) }
        let typed = form?.fields.values["surname"]
        let who = typed.map { $0.isEmpty ? "—" : $0 } ?? applicant.map { $0.surname + " " + $0.name } ?? "—"
        dialog = .offerDraft(services.language, who: who, savedAt: stored.savedAt,
                             restore: { [weak self] in self?.restore(form: form, section: section, of: applicant) },
                             discard: { [weak self] in self?.services.discardDraft(form: stored.form, subject: stored.subject) })
    }

    /// Opens the workspace of the draft's applicant (a new one when none was saved yet) with
    /// the draft's form, or its section and sub-form, filled in.
    private func restore(form: ApplicantFormDraft?, section: SectionFormDraft?, of applicant: Applicant?) {
        let workspace = ApplicantWorkspace(services: services, applicant: applicant)
        if let section {
            guard applicant != nil else { return }
            workspace.restoreSectionDraft(section)
        } else if let form {
            workspace.restoreDraft(form)
        }
        self.workspace = workspace
    }

    // MARK: - Drawing

    public func render(into grid: inout Grid, rect: Rect) {
        if !checkedDraft { offerDraft() }
        if let workspace {
            workspace.render(into: &grid, rect: rect)
        } else {
            renderList(into: &grid, rect: rect)
        }
        if let dialog {
            grid.cursor = nil
            dialog.dialog.render(in: rect, grid: &grid)
        }
    }

    private func filterLine() -> String {
        let lang = services.language
        var parts = [Phrases.deskStateFilter.text(lang) + ": " + (filter.state.map { Phrases.deskState($0).text(lang) } ?? Phrases.deskAll.text(lang))]
        parts.append(Phrases.deskLevel.text(lang) + ": " + (filter.level.map { $0.phrase.text(lang) } ?? Phrases.deskAll.text(lang)))
        if let c = filter.citizenship { parts.append(Phrases.deskCitizenship.text(lang) + ": " + c) }
        if let t = filter.text { parts.append("/" + t) }
        parts.append(Phrases.deskSortedBy(order == .name ? .name : .date).text(lang))
        return parts.joined(separator: " · ")
    }

    private func renderList(into grid: inout Grid, rect: Rect) {
        let (top, rest) = rect.splitTop(1)
        if let kind = prompt?.kind, var field = prompt?.field {
            let label = (kind == "search" ? Phrases.deskSearchPrompt : Phrases.deskCitizenshipPrompt).text(services.language) + " "
            let used = grid.put(label, x: top.x + 1, y: top.y, role: .label)
            field.render(in: Rect(x: top.x + 1 + used, y: top.y, width: min(30, top.width - used - 2), height: 1),
                         grid: &grid, focused: true)
            prompt = (kind, field)
        } else {
            grid.put(filterLine(), x: top.x + 1, y: top.y, role: .muted, limit: top.width - 2)
        }
        let rows = max(1, rest.height - 1)
        if rows != listHeight || list.isEmpty {
            listHeight = rows
            do {
                if list.isEmpty { try list.reload(from: source, height: rows) } else { try list.resize(to: rows, source: source) }
            } catch { message = services.message(for: error) }
        }
        TableView.render(list.window, selected: list.selected, columns: columns(width: rest.width - 2), in: rest,
                         grid: &grid, highlightColumns: 2,
                         emptyText: services.text(services.context.caller == nil ? Phrases.deskNoCaller : Phrases.deskNoApplicants))
    }

    /// What the applicant still lacks: the paragraphs of missing or unacceptable documents.
    /// Where the column has room, each paragraph with its name ("3.4.2 diploma, legalised",
    /// issue 15); else the paragraphs alone, so none is lost to the edge.
    private func lacking(_ applicant: Applicant, width: Int) -> String {
        if let cached = lacks[applicant.id], cached.version == applicant.version {
            return TextWidth.of(cached.named) <= width ? cached.named : cached.text
        }
        var text = ""
        var named = ""
        if applicant.state == .admitted || applicant.state == .refused || applicant.state == .withdrawn {
            text = ""
        } else if applicant.isOutsideRegulations {
            text = "1.2" // the citizens' route: nothing of 3.4 is asked
        } else if let checklist = services.read({ try services.checklist(for: applicant) }, else: nil) {
            let paragraphs = checklist.problems.map(\.paragraph)
            var seen: [String] = []
            for p in paragraphs where !seen.contains(p) { seen.append(p) }
            text = seen.isEmpty ? "✓" : seen.joined(separator: " ")
            named = seen.isEmpty ? "✓" : seen.map { p in
                Phrases.documentShortName(p).map { p + " " + $0.text(services.language) } ?? p
            }.joined(separator: ", ")
        }
        lacks[applicant.id] = (applicant.version, text, named.isEmpty ? text : named)
        return lacking(applicant, width: width)
    }

    private func columns(width: Int) -> [TableColumn<ApplicantRow>] {
        let lang = services.language
        let lacksWidth = max(12, width - 54 - (width > 80 ? 11 : 0) - (order == .date ? 11 : 0))
        var columns: [TableColumn<ApplicantRow>] = [
            TableColumn("№", width: 5) { String($0.applicant.id) },
            TableColumn(Phrases.columnSurname.text(lang), width: 14) { $0.applicant.surname },
            TableColumn(Phrases.columnName.text(lang), width: 10) { $0.applicant.name },
            TableColumn(Phrases.deskColumnCountry.text(lang), width: 3) { $0.applicant.citizenship },
            TableColumn(Phrases.columnState.text(lang), width: 15) { Phrases.deskState($0.applicant.state).text(lang) },
            TableColumn(Phrases.deskColumnLacks.text(lang), width: lacksWidth) { [unowned self] in self.lacking($0.applicant, width: lacksWidth) },
        ]
        if width > 80 {
            columns.insert(TableColumn(Phrases.deskLevel.text(lang), width: 10) { $0.applicant.level.phrase.text(lang) }, at: 4)
        }
        if order == .date {
            columns.insert(TableColumn(Phrases.deskColumnEntered.text(lang), width: 10) { String($0.cursor.sortKey.prefix(10)) },
                           at: 3)
        }
        return columns
    }
}
