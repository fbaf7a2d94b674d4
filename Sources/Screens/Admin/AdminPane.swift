import Domain
import Storage
import TerminalUI

/// The administrator's area: who may use the system (add, change role, remove), the
/// audit trail, filtered by a person's PIN (the citizen's view: who looked at them, when and
/// why) or by a login, the holiday calendar of 4.12 and the settings. Storage checks that the
/// caller is an administrator.
public final class AdminPane: Pane {
    enum Mode: CaseIterable { case users, audit, holidays, settings, errors }

    private let context: AppContext
    private let service: AdminService
    private var mode = Mode.users
    private var userRows: [AppUser] = [] { didSet { userList.setCount(userRows.count) } }
    private var userList = ListState()
    private var userSelected: Int { userList.selected }
    private var form: FormState?
    private var editing: AppUser?
    private var confirmRemoval: MessageDialog?
    /// The audit trail, a keyset list read a page at a time (newest first).
    private var auditList = PagedListState<AuditEvent>()
    private var filterField: TextFieldState?
    private var filter = ""
    private var auditHeight = 0
    private var ownMessage: StatusMessage?
    private let holidays: AdminHolidays
    private let settings: AdminSettings
    private let errors: AdminErrors

    private let hasChanged: () -> Bool

    /// - Parameter hasChanged: true after another session's commit or a save in another area
    ///   (the part shown is read again).
    public init(context: AppContext, service: AdminService, hasChanged: @escaping () -> Bool = { false }) {
        self.context = context
        self.service = service
        self.hasChanged = hasChanged
        holidays = AdminHolidays(context: context, service: service)
        settings = AdminSettings(context: context, service: service)
        errors = AdminErrors(context: context, service: service)
        reloadUsers()
    }

    /// The status line: the users' and audit's own, or the section's.
    private var message: StatusMessage? {
        get {
            switch mode {
            case .holidays: return holidays.message
            case .settings: return settings.message
            case .errors: return errors.message
            case .users, .audit: return ownMessage
            }
        }
        set {
            ownMessage = newValue
            holidays.message = newValue
            settings.message = newValue
            errors.message = newValue
        }
    }

    public var title: Phrase { Phrases.areaAdmin }
    /// The question before a changed form is dropped.
    private var discarding: PaneDialog?
    public var hasUnsavedChanges: Bool {
        (form?.isChanged ?? false) || holidays.formIsChanged || settings.formIsChanged
    }

    /// How to close the open form of the part shown, when it holds changed typing.
    private func closeChangedForm() -> (() -> Void)? {
        if form?.isChanged == true { return { [weak self] in self?.form = nil } }
        if mode == .holidays, holidays.formIsChanged { return { [holidays] in holidays.closeForm() } }
        if mode == .settings, settings.formIsChanged { return { [settings] in settings.closeForm() } }
        return nil
    }

    public var capturesText: Bool {
        filterField != nil || (form?.capturesText ?? false) || (mode == .holidays && holidays.capturesText)
            || (mode == .settings && settings.capturesText)
    }
    public var statusMessage: StatusMessage? { message }

    public var keyHelp: [KeyHint] {
        if form != nil { return [KeyHint("Tab ↑ ↓", Phrases.helpKeyFocus), KeyHint("Enter Esc", Phrases.helpKeySaveForm)] }
        let switching = KeyHint("u a h s e", Phrases.helpKeySwitchAdminWithErrors)
        if mode == .holidays { return [switching] + holidays.keyHelp }
        if mode == .settings { return [switching] + settings.keyHelp }
        if mode == .errors { return [switching] + errors.keyHelp }
        var hints = [switching, KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove), KeyHint("Home End", Phrases.helpKeyListEnds)]
        switch mode {
        case .users:
            hints += [KeyHint("n", Phrases.helpKeyNewUser), KeyHint("Enter", Phrases.helpKeyEditUser),
                      KeyHint("Delete", Phrases.helpKeyRemoveUser)]
        case .audit:
            hints.append(KeyHint("/", Phrases.helpKeyAuditFilter))
        case .holidays, .settings, .errors: break
        }
        return hints
    }

    public var statusHints: [KeyHint] {
        switch mode {
        case .users: return [KeyHint("a", Phrases.adminAudit), KeyHint("n", Phrases.newUser), KeyHint("Del", Phrases.removeUser)]
        case .audit: return [KeyHint("u", Phrases.adminUsers), KeyHint("/", Phrases.filter)]
        case .holidays: return holidays.statusHints
        case .settings: return settings.statusHints
        case .errors: return errors.statusHints
        }
    }

    /// Another administrator's change (a user, a holiday, a setting) or an audit row shows
    /// without leaving the part (issue 15); not under an open form or question.
    public func poll() -> Bool {
        guard hasChanged(), form == nil, confirmRemoval == nil, discarding == nil, filterField == nil else { return false }
        switch mode {
        case .users: reloadUsers()
        case .audit: do { try auditList.refresh(from: auditSource) } catch { message = context.message(for: error) }
        case .holidays: guard !holidays.isEditing else { return false }; holidays.reload()
        case .settings: guard !settings.isEditing else { return false }; settings.reload()
        case .errors: errors.reload()
        }
        return true
    }


    // MARK: - Data

    private func reloadUsers() {
        do {
            userRows = try service.users()
        } catch {
            message = context.message(for: error)
        }
    }

    private var auditSource: AuditPageSource { AuditPageSource(service: service, filter: filter) }

    /// Reads the audit trail from its newest event (a new filter, the part shown again).
    private func reloadAudit() {
        do { try auditList.reload(from: auditSource, height: max(1, auditHeight)) } catch {
            message = context.message(for: error)
        }
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        if var question = discarding {
            discarding = nil
            if question.handle(key) { discarding = question }
            return .redraw
        }
        // A changed form asks before Esc drops it (issue 15), whichever part has it open.
        if key == .escape, let close = closeChangedForm() {
            discarding = .discardChanges(context.language, discard: close)
            return .redraw
        }
        if confirmRemoval != nil { return handleConfirm(key) }
        if form != nil { return handleForm(key) }
        if filterField != nil { return handleFilter(key) }
        if mode == .holidays, holidays.isEditing { return holidays.handle(key) }
        if mode == .settings, settings.isEditing { return settings.handle(key) }
        message = nil
        switch key {
        case .character("u"): switchTo(.users); return .redraw
        case .character("a"): switchTo(.audit); return .redraw
        case .character("h"): switchTo(.holidays); return .redraw
        case .character("s"): switchTo(.settings); return .redraw
        case .character("e"): switchTo(.errors); return .redraw
        case .tab, .backTab:
            let all = Mode.allCases
            let index = all.firstIndex(of: mode) ?? 0
            switchTo(all[(index + (key == .tab ? 1 : all.count - 1)) % all.count])
            return .redraw
        default: break
        }
        switch mode {
        case .users: return handleUsers(key)
        case .audit: return handleAudit(key)
        case .holidays: return holidays.handle(key)
        case .settings: return settings.handle(key)
        case .errors: return errors.handle(key)
        }
    }

    private func switchTo(_ next: Mode) {
        mode = next
        switch next {
        case .users: reloadUsers()
        case .audit: reloadAudit()
        case .holidays: holidays.reload()
        case .settings: settings.reload()
        case .errors: errors.reload()
        }
    }

    private func handleUsers(_ key: Key) -> HandlerResult {
        if let moved = userList.handle(key) { return moved }
        switch key {
        case .character("n"): openForm(for: nil)
        case .enter:
            guard userRows.indices.contains(userSelected) else { return .handled }
            openForm(for: userRows[userSelected])
        case .delete, .character("d"):
            guard userRows.indices.contains(userSelected) else { return .handled }
            let login = userRows[userSelected].login
            confirmRemoval = MessageDialog(title: context.text(Phrases.removeUser), message: context.text(Phrases.confirmRemove(login)),
                                           role: .warning, buttons: [context.text(Phrases.cancel), context.text(Phrases.removeUser)])
        default: return .ignored
        }
        return .redraw
    }

    private func handleAudit(_ key: Key) -> HandlerResult {
        do {
            if let moved = try auditList.handle(key, auditSource) { return moved ? .redraw : .handled }
        } catch {
            message = context.message(for: error)
            return .redraw
        }
        switch key {
        case .character("/"): filterField = TextFieldState(filter, maxLength: 40)
        default: return .ignored
        }
        return .redraw
    }

    private func handleFilter(_ key: Key) -> HandlerResult {
        guard var field = filterField else { return .ignored }
        switch key {
        case .escape: filterField = nil
        case .enter:
            filter = field.text
            filterField = nil
            reloadAudit()
        default:
            let result = field.handle(key)
            filterField = field
            return result
        }
        return .redraw
    }

    private func openForm(for user: AppUser?) {
        editing = user
        let roles = UserRole.allCases
        let selected = user.flatMap { u in roles.firstIndex(of: u.role) } ?? 0
        var fields: [FormField] = []
        if user == nil { fields.append(.text("login", context.text(Phrases.columnLogin), maxLength: 32, required: true)) }
        fields.append(.choice("role", context.text(Phrases.columnRole), options: roles.map { context.text($0.phrase) },
                              selected: selected))
        fields.append(.text("institution", context.text(Phrases.columnInstitution), value: user?.institutionCode ?? "",
                            maxLength: 16, hint: "BDU, ADNSU …"))
        form = FormState(fields)
    }

    private func handleForm(_ key: Key) -> HandlerResult {
        guard var state = form else { return .ignored }
        switch key {
        case .escape:
            form = nil
            return .redraw
        case .enter:
            save(state)
            return .redraw
        default:
            let result = state.handle(key)
            form = state
            return result
        }
    }

    private func save(_ state: FormState) {
        let roleIndex = UserRole.allCases.map { context.text($0.phrase) }.firstIndex(of: state.value("role")) ?? 0
        let role = UserRole.allCases[roleIndex]
        let institution = state.value("institution").trimmingCharacters(in: .whitespaces)
        do {
            if var user = editing {
                user.role = role
                user.institutionCode = institution.isEmpty ? nil : institution.uppercased()
                _ = try service.updateUser(user)
                message = StatusMessage(context.text(Phrases.userSaved(user.login)), .ok)
            } else {
                let login = state.value("login").trimmingCharacters(in: .whitespaces)
                let user = AppUser(login: login, role: role, institutionCode: institution.isEmpty ? nil : institution.uppercased())
                _ = try service.addUser(user)
                message = StatusMessage(context.text(Phrases.userSaved(login)), .ok)
            }
            form = nil
            reloadUsers()
        } catch let error as ValidationError {
            var kept = state
            kept.setError(error.field == "institution" ? "institution" : "login", context.text(error.reason))
            form = kept
        } catch {
            message = context.message(for: error)
        }
    }

    private func handleConfirm(_ key: Key) -> HandlerResult {
        guard var dialog = confirmRemoval else { return .ignored }
        switch dialog.handle(key) {
        case .open: confirmRemoval = dialog
        case .dismissed, .chose(0): confirmRemoval = nil
        case .chose:
            confirmRemoval = nil
            guard userRows.indices.contains(userSelected) else { break }
            let user = userRows[userSelected]
            do {
                try service.removeUser(login: user.login, expectedVersion: user.version)
                message = StatusMessage(context.text(Phrases.userRemoved(user.login)), .ok)
                reloadUsers()
            } catch {
                message = context.message(for: error)
            }
        }
        return .redraw
    }

    // MARK: - Drawing

    public func render(into grid: inout Grid, rect: Rect) {
        let (header, body) = rect.splitTop(1)
        let tabs = [(Mode.users, Phrases.adminUsers), (Mode.audit, Phrases.adminAudit), (Mode.holidays, Phrases.adminHolidays),
                    (Mode.settings, Phrases.adminSettings), (Mode.errors, Phrases.adminErrors)]
        var x = header.x + 1
        for (tabMode, label) in tabs {
            x += grid.put(" " + context.text(label) + " ", x: x, y: header.y, role: tabMode == mode ? .tabActive : .tab) + 1
        }
        switch mode {
        case .users: renderUsers(into: &grid, rect: body)
        case .audit: renderAudit(into: &grid, rect: body, headerX: x)
        case .holidays: holidays.render(into: &grid, rect: body)
        case .settings: settings.render(into: &grid, rect: body)
        case .errors: errors.render(into: &grid, rect: body)
        }
        if let form {
            var state = form
            let box = body.centered(width: min(body.width - 2, 72), height: min(body.height, state.fields.count * 2 + 4))
            grid.fill(box, role: .normal)
            let inner = Frame.box(box, title: context.text(editing == nil ? Phrases.newUser : Phrases.editUser), grid: &grid)
            state.render(in: inner.inset(by: 1), grid: &grid, labelWidth: 14)
            self.form = state
        }
        if let confirmRemoval {
            grid.cursor = nil
            confirmRemoval.render(in: body, grid: &grid)
        }
        if let discarding {
            grid.cursor = nil
            discarding.dialog.render(in: body, grid: &grid)
        }
    }

    private func renderUsers(into grid: inout Grid, rect: Rect) {
        let lang = context.language
        let columns = [
            TableColumn<AppUser>(Phrases.columnLogin.text(lang), width: 20) { $0.login },
            TableColumn<AppUser>(Phrases.columnRole.text(lang), width: 16) { $0.role.phrase.text(lang) },
            TableColumn<AppUser>(Phrases.columnInstitution.text(lang), width: 12) { $0.institutionCode ?? "" },
        ]
        TableView.render(userRows, list: &userList, columns: columns, in: rect, grid: &grid, highlightColumns: 1)
    }

    private func renderAudit(into grid: inout Grid, rect: Rect, headerX: Int) {
        let lang = context.language
        let (line, rest) = rect.splitTop(1)
        if var field = filterField {
            let used = grid.put(context.text(Phrases.auditFilterPrompt) + " ", x: line.x + 1, y: line.y, role: .label)
            field.render(in: Rect(x: line.x + 1 + used, y: line.y, width: 24, height: 1), grid: &grid, focused: true)
            filterField = field
        } else {
            let text = filter.trimmingCharacters(in: .whitespaces)
            let title: Phrase
            if text.isEmpty {
                title = Phrases.auditAll
            } else if case .success(let pin) = PIN.parse(text), text.count <= 8 {
                title = Phrases.auditOfPIN(pin.value)
            } else {
                title = Phrases.auditOfLogin(text)
            }
            grid.put(context.text(title), x: line.x + 1, y: line.y, role: .header, limit: line.width - 2)
        }
        let height = max(1, rest.height - 1)
        if height != auditHeight || auditList.isEmpty {
            auditHeight = height
            do {
                if auditList.isEmpty { try auditList.reload(from: auditSource, height: height) } else {
                    try auditList.resize(to: height, source: auditSource)
                }
            } catch { message = context.message(for: error) }
        }
        let columns = [
            TableColumn<AuditEvent>(Phrases.columnWhen.text(lang), width: 19) { LocalTime.shown($0.at) },
            TableColumn<AuditEvent>(Phrases.columnLogin.text(lang), width: 12) { $0.login },
            TableColumn<AuditEvent>(Phrases.columnAction.text(lang), width: 24) { Phrases.auditActionText($0.action, lang) },
            TableColumn<AuditEvent>(Phrases.columnPIN.text(lang), width: 7) { $0.pin ?? "" },
            TableColumn<AuditEvent>(Phrases.columnPurpose.text(lang), width: 18) { $0.purpose.map { Phrases.auditPurposeText($0, lang) } ?? "" },
            TableColumn<AuditEvent>(Phrases.columnDetail.text(lang), width: max(10, rest.width - 91)) { $0.detail ?? "" },
        ]
        TableView.render(auditList.window, selected: auditList.selected, columns: columns, in: rest, grid: &grid, highlightColumns: 1,
                         emptyText: context.text(Phrases.auditEmpty))
    }
}
