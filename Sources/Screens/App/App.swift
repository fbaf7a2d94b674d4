import Domain
import TerminalUI

/// The whole interface: title bar, area tabs, the active pane, status bar, help overlay and
/// modal messages. `handle` answers every key with a `HandlerResult`; `render` draws a frame.
public final class App {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public private(set) var context: AppContext
    public private(set) var panes: [Pane]
    public private(set) var active = 0
    public private(set) var showingHelp = false
    /// Where the help overlay is scrolled to (it is longer than 80×24 on busy screens).
    var helpScroll = ScrollState()
    public var dialog: MessageDialog?
    /// Asked when q or F10 would end the session with a form not saved (issue 15).
    public private(set) var quitQuestion: MessageDialog?
    /// Set when the screen must be repainted from scratch (Ctrl-L).
    public private(set) var wantsFullRepaint = false

    public init(context: AppContext, panes: [Pane]) {
        self.context = context
        self.panes = panes
    }

    public var activePane: Pane? { panes.indices.contains(active) ? panes[active] : nil }

    public func takeFullRepaintRequest() -> Bool {
        defer { wantsFullRepaint = false }
        return wantsFullRepaint
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        if key == .resize { return .redraw }
        if var question = quitQuestion {
            switch key == .function(10) ? .chose(1) : question.handle(key) {
            case .open: quitQuestion = question
            case .chose(1):
                quitQuestion = nil
                saveDrafts()
                return .quit
            case .chose, .dismissed: quitQuestion = nil
            }
            return .redraw
        }
        if key == .function(10) { return askBeforeQuitting() }
        if key == .control("l") { wantsFullRepaint = true; return .redraw }
        if showingHelp {
            if let scrolled = helpScroll.handle(key) { return scrolled }
            switch key {
            case .escape, .function(1), .character("?"), .character("q"), .enter:
                showingHelp = false
                return .redraw
            default:
                return .handled
            }
        }
        if var dialog {
            switch dialog.handle(key) {
            case .open: self.dialog = dialog
            case .chose, .dismissed: self.dialog = nil
            }
            return .redraw
        }
        if key == .function(1) { openHelp(); return .redraw }
        let typing = activePane?.capturesText ?? false
        if !typing {
            switch key {
            case .character("q"), .character("Q"): return askBeforeQuitting()
            case .character("?"): openHelp(); return .redraw
            case .character(let c) where c.isASCII && c.isNumber:
                // 1…9, and 0 for a tenth area.
                if let digit = c.wholeNumberValue, case let n = digit == 0 ? 10 : digit, n <= panes.count {
                    guard n - 1 != active else { return .handled }
                    active = n - 1
                    // Shown again: the area reads what changed meanwhile (a save in another
                    // area, another session's) before it is drawn, not a second later.
                    _ = panes[active].poll()
                    return .redraw
                }
            default: break
            }
        }
        let result = activePane?.handle(key) ?? .ignored
        if let requester = activePane as? RequestsArea, let request = requester.takeAreaRequest() {
            return carryOut(request) ? .redraw : result
        }
        return result
    }

    private func openHelp() {
        showingHelp = true
        helpScroll.reset()
    }

    /// Quits at once, unless a form holds typing that is not saved: then asks, and quitting
    /// keeps that form as a draft (`saveDraft`), so q on a choice field loses nothing.
    private func askBeforeQuitting() -> HandlerResult {
        let unsaved = panes.filter(\.hasUnsavedChanges).map { context.text($0.title) }
        guard !unsaved.isEmpty else { return .quit }
        quitQuestion = MessageDialog(title: context.text(Phrases.quitUnsavedTitle),
                                     message: context.text(Phrases.quitUnsavedQuestion(unsaved)), role: .warning,
                                     buttons: [context.text(Phrases.deskKeepEditing), context.text(Phrases.quitKeepDraft)])
        return .redraw
    }

    /// Switches to the area that takes the request (when this session has it).
    private func carryOut(_ request: AreaRequest) -> Bool {
        switch request {
        case .pinLookup(let pin):
            guard let index = panes.firstIndex(where: { $0 is PINLookupPane }),
                  let lookup = panes[index] as? PINLookupPane else { return false }
            lookup.open(pin: pin)
            active = index
            return true
        }
    }

    /// Starts over as another caller (issue 12: an administrator changed or removed this
    /// session's user): unsaved forms are kept as drafts first, then the areas are the new
    /// caller's; with no panes (a removed user) nothing but quitting is left.
    public func restart(context: AppContext, panes: [Pane], notice: MessageDialog) {
        saveDrafts()
        self.context = context
        self.panes = panes
        active = 0
        showingHelp = false
        quitQuestion = nil
        dialog = notice
        wantsFullRepaint = true
    }

    /// Every pane keeps its unsaved form as a draft (called on SIGHUP, SIGTERM, SIGINT).
    public func saveDrafts() {
        for pane in panes { pane.saveDraft() }
    }

    /// The idle wake-up: lets the active pane notice others' changes.
    public func poll() -> Bool { activePane?.poll() ?? false }

    // MARK: - Drawing

    public func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= App.minimumWidth, height >= App.minimumHeight else {
            renderTooSmall(into: &grid)
            return grid
        }
        let (titleRow, rest) = grid.bounds.splitTop(1)
        let (tabRow, middle) = rest.splitTop(1)
        var status = statusLines(width: width, bodyHeight: middle.height - 1)
        var (body, statusRows) = middle.splitBottom(1 + status.message.count)
        renderTitle(into: &grid, rect: titleRow)
        renderTabs(into: &grid, rect: tabRow)
        activePane?.render(into: &grid, rect: body)
        // A pane that reads its data on first drawing may set a message while it draws: when
        // that changes the status lines' height, the pane is drawn again in the room left.
        let after = statusLines(width: width, bodyHeight: middle.height - 1)
        if after.message.count != status.message.count {
            status = after
            (body, statusRows) = middle.splitBottom(1 + status.message.count)
            grid.fill(middle, role: .normal)
            activePane?.render(into: &grid, rect: body)
        } else {
            status = after
        }
        renderStatus(status, into: &grid, rect: statusRows)
        if showingHelp {
            grid.cursor = nil
            renderHelp(into: &grid, area: body)
        } else if let dialog {
            grid.cursor = nil
            dialog.render(in: body, grid: &grid)
        }
        if let quitQuestion {
            grid.cursor = nil
            quitQuestion.render(in: body, grid: &grid)
        }
        return grid
    }

    private func renderTooSmall(into grid: inout Grid) {
        let text = context.text(Phrases.windowTooSmall(width: grid.width, height: grid.height,
                                                       minWidth: App.minimumWidth, minHeight: App.minimumHeight))
        let lines = Frame.wrap(text, width: max(1, grid.width - 2))
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < grid.height {
            grid.put(line, x: max(0, (grid.width - TextWidth.of(line)) / 2), y: top + i, role: .warning)
        }
    }

    private func renderTitle(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .title)
        let product = " " + context.text(Phrases.productShort) + " — " + context.text(Phrases.productName)
        let role = context.role ?? context.text(Phrases.noRole)
        let who = context.login + " (" + role + ")"
        let used = grid.put(product, x: rect.x, y: rect.y, role: .title, limit: rect.width)
        let right = who + "  " + context.databasePath + " "
        let room = rect.width - used - 2
        guard room > 4 else { return }
        let shown: String
        if TextWidth.of(right) <= room {
            shown = right
        } else if TextWidth.of(who) + 2 <= room {
            // Keep the login and role; shorten the path from the left.
            let pathRoom = room - TextWidth.of(who) - 3
            let path = context.databasePath
            shown = who + "  " + (pathRoom > 1 ? "…" + String(path.suffix(pathRoom - 1)) : "") + " "
        } else {
            shown = String(who.prefix(room))
        }
        grid.put(shown, x: rect.maxX - TextWidth.of(shown), y: rect.y, role: .title)
    }

    private func renderTabs(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .tab)
        let titles = panes.map { context.text($0.title) }
        // When every name does not fit, the active area keeps its full name and the others
        // are shortened alike, so every area stays reachable by its number at 80 columns.
        // A shortened name keeps enough letters to differ from every other (issue 15: "1 Re…"
        // and "5 Re…" were Registry and Report).
        let fixed = panes.count * 4 + 1 // " N " and " " per tab, and the margin
        var limit = titles.map { TextWidth.of($0) }.max() ?? 0
        func shown(_ index: Int, _ limit: Int) -> String {
            let title = titles[index]
            guard index != active, TextWidth.of(title) > limit else { return title }
            let distinct = titles.indices.filter { $0 != index }.map { other in
                zip(title, titles[other]).prefix { $0 == $1 }.count + 1
            }.max() ?? 1
            let keep = max(limit - 1, distinct, 1)
            return keep >= title.count ? title : String(title.prefix(keep)) + "…"
        }
        while limit > 1, fixed + titles.indices.reduce(0, { $0 + TextWidth.of(shown($1, limit)) }) > rect.width {
            limit -= 1
        }
        var x = rect.x + 1
        for index in titles.indices where x < rect.maxX {
            let shown = shown(index, limit)
            let label = " \((index + 1) % 10) " + shown + " "
            x += grid.put(label, x: x, y: rect.y, role: index == active ? .tabActive : .tab, limit: rect.maxX - x)
        }
    }

    /// The status line's hints, and the message's lines when it does not fit beside them.
    private struct StatusLines {
        var hints: [(key: String, label: String)]
        var message: [String]
        var inline: StatusMessage?
        var role: StyleRole
    }

    /// A message that fits beside the hints shares their line; a longer one takes the bottom
    /// line(s) below the hints, wrapped at word boundaries (issue 15: nothing cut mid-word),
    /// up to half the screen; only what is longer still ends in "…" after a whole word.
    private func statusLines(width: Int, bodyHeight: Int) -> StatusLines {
        var hints: [(key: String, label: String)] = [("F1", context.text(Phrases.help)), ("F10", context.text(Phrases.quit))]
        hints += (activePane?.statusHints ?? []).map { ($0.key, context.text($0.action)) }
        hints = hints.map { (key: $0.key, label: " " + $0.label + " ") }
        guard let message = activePane?.statusMessage, !message.text.isEmpty else {
            return StatusLines(hints: hints, message: [], inline: nil, role: .statusBar)
        }
        if Frame.statusBarWidth(hints, message: message.text) <= width {
            return StatusLines(hints: hints, message: [], inline: message, role: message.role)
        }
        var lines = Frame.wrap(message.text, width: max(1, width - 2))
        let room = max(1, bodyHeight / 2)
        if lines.count > room {
            var last = lines[room - 1]
            while TextWidth.of(last + " …") > width - 2, let space = last.lastIndex(of: " ") { last = String(last[..<space]) }
            lines = Array(lines.prefix(room - 1)) + [last + " …"]
        }
        return StatusLines(hints: hints, message: lines, inline: nil, role: message.role)
    }

    private func renderStatus(_ status: StatusLines, into grid: inout Grid, rect: Rect) {
        let (hintRow, messageRows) = rect.splitTop(1)
        Frame.statusBar(status.hints, message: status.inline?.text, messageRole: status.inline?.role ?? .statusBar,
                        in: hintRow, grid: &grid)
        guard !status.message.isEmpty else { return }
        grid.fill(messageRows, role: .statusBar)
        for (i, line) in status.message.enumerated() where i < messageRows.height {
            grid.put(" " + line + " ", x: messageRows.x, y: messageRows.y + i, role: status.role, limit: messageRows.width)
        }
    }
}
