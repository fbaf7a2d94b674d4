/// Boxes, text blocks, the status bar and dialogs: small drawing helpers on the grid.
public enum Frame {
    /// A box with an optional title on its top edge; returns the inner rectangle.
    @discardableResult
    public static func box(_ rect: Rect, title: String? = nil, grid: inout Grid, role: StyleRole = .border,
                           titleRole: StyleRole = .header) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y, role: role)
            grid.put("│", x: rect.maxX - 1, y: y, role: role)
        }
        grid.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        if let title, rect.width > 6 {
            grid.put(" \(title) ", x: rect.x + 2, y: rect.y, role: titleRole, limit: rect.width - 4)
        }
        return rect.inset(by: 1)
    }

    /// Word-wraps text into lines of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if TextWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    if !line.isEmpty { lines.append(line) }
                    var rest = String(word)
                    while TextWidth.of(rest) > width {
                        var head = ""
                        for c in rest where TextWidth.of(head + String(c)) <= width { head.append(c) }
                        lines.append(head)
                        rest = String(rest.dropFirst(head.count))
                    }
                    line = rest
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Key hints along the bottom: "F1 Help  F10 Quit", keys in the hotkey role. A hint that
    /// does not fit whole is left out (never cut mid-word); the message, when there is one,
    /// comes first.
    public static func statusBar(_ hints: [(key: String, label: String)], message: String? = nil,
                                 messageRole: StyleRole = .statusBar, in rect: Rect, grid: inout Grid) {
        guard rect.height > 0 else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .statusBar)
        var x = rect.x
        if let message, !message.isEmpty {
            x += grid.put(" " + message + " ", x: x, y: rect.y, role: messageRole, limit: rect.width)
            x += 1
        }
        for hint in hints {
            let width = TextWidth.of(hint.key) + TextWidth.of(hint.label + " ")
            guard x + width <= rect.maxX || x + width - 1 == rect.maxX else { break }
            x += grid.put(hint.key, x: x, y: rect.y, role: .hotkey, limit: rect.maxX - x)
            x += grid.put(hint.label + " ", x: x, y: rect.y, role: .statusBar, limit: rect.maxX - x)
        }
    }

    /// How many columns `statusBar` needs to show the message and every hint on one line.
    public static func statusBarWidth(_ hints: [(key: String, label: String)], message: String?) -> Int {
        let messageWidth = message.map { $0.isEmpty ? 0 : TextWidth.of($0) + 3 } ?? 0
        return messageWidth + hints.reduce(0) { $0 + TextWidth.of($1.key) + TextWidth.of($1.label) + 1 } - (hints.isEmpty ? 0 : 1)
    }
}

/// A modal message: a title, wrapped text and a line of buttons. Enter or Esc closes it.
public struct MessageDialog: Sendable, Equatable {
    public var title: String
    public var message: String
    public var role: StyleRole
    public var buttons: [String]
    public var selectedButton: Int = 0

    public init(title: String, message: String, role: StyleRole = .dialog, buttons: [String]) {
        self.title = title
        self.message = message
        self.role = role
        self.buttons = buttons
    }

    public enum Outcome: Equatable, Sendable {
        case open
        case chose(Int)
        case dismissed
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .backTab: selectedButton = max(0, selectedButton - 1)
        case .right, .tab: selectedButton = min(buttons.count - 1, selectedButton + 1)
        case .enter: return .chose(selectedButton)
        case .escape: return .dismissed
        default: break
        }
        return .open
    }

    public func render(in area: Rect, grid: inout Grid) {
        let width = min(area.width - 2, max(36, min(70, TextWidth.of(message) + 6)))
        let lines = Frame.wrap(message, width: width - 4)
        let height = min(area.height, lines.count + 5)
        let rect = area.centered(width: width, height: height)
        grid.fill(rect, role: .dialog)
        Frame.box(rect, title: title, grid: &grid, role: .dialog, titleRole: .dialogTitle)
        for (i, line) in lines.prefix(max(0, height - 5)).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 2 + i, role: role == .dialog ? .dialog : role, limit: rect.width - 4)
        }
        var x = rect.x + 2
        for (i, button) in buttons.enumerated() {
            x += grid.put("[ \(button) ]", x: x, y: rect.maxY - 2, role: i == selectedButton ? .selection : .dialog,
                          limit: rect.maxX - x - 1) + 1
        }
    }
}
