/// A list to choose one entry from, narrowed as the user types (type-ahead): countries,
/// languages, majors beside a code field (issue 15). Typing edits the filter, ↑ ↓ PgUp PgDn
/// move, Enter chooses, Esc closes without choosing.
public struct PickListState {
    public struct Entry: Sendable, Equatable {
        /// What the field receives ("RU").
        public let value: String
        /// What the list shows ("RU  Rusiya").
        public let label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public enum Outcome: Equatable {
        case open
        case chose(String)
        case dismissed
    }

    public let title: String
    public private(set) var filter: TextFieldState
    public private(set) var entries: [Entry]
    public private(set) var selected = 0
    private var top = 0
    private var rows = 10
    private let match: (String) -> [Entry]

    /// `match` gives the entries for a filter text, best first.
    public init(title: String, typed: String = "", match: @escaping (String) -> [Entry]) {
        self.title = title
        self.match = match
        filter = TextFieldState(typed, maxLength: 40)
        entries = match(typed)
    }

    public var chosen: Entry? { entries.indices.contains(selected) ? entries[selected] : nil }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .dismissed
        case .enter: return chosen.map { .chose($0.value) } ?? .open
        case .down: selected = min(selected + 1, max(0, entries.count - 1))
        case .up: selected = max(0, selected - 1)
        case .pageDown: selected = min(selected + rows, max(0, entries.count - 1))
        case .pageUp: selected = max(0, selected - rows)
        default:
            if filter.handle(key) == .redraw {
                entries = match(filter.text)
                selected = 0
                top = 0
            }
        }
        return .open
    }

    /// A box centred in `area`: the filter on top, the entries below.
    public mutating func render(in area: Rect, grid: inout Grid, emptyText: String = "") {
        let width = min(area.width - 2, max(40, (entries.prefix(50).map { TextWidth.of($0.label) }.max() ?? 0) + 6))
        let height = min(area.height, 16)
        let box = area.centered(width: width, height: height)
        grid.fill(box, role: .dialog)
        let inner = Frame.box(box, title: title, grid: &grid, role: .dialog, titleRole: .dialogTitle)
        guard inner.height >= 2 else { return }
        grid.put("› ", x: inner.x + 1, y: inner.y, role: .dialog)
        filter.render(in: Rect(x: inner.x + 3, y: inner.y, width: inner.width - 4, height: 1), grid: &grid, focused: true)
        let cursor = grid.cursor
        rows = max(1, inner.height - 1)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        if entries.isEmpty {
            grid.putFitted(emptyText, x: inner.x + 1, y: inner.y + 1, role: .muted, width: inner.width - 2)
        }
        for (row, index) in (top..<min(entries.count, top + rows)).enumerated() {
            let isSelected = index == selected
            grid.putFitted((isSelected ? "▶ " : "  ") + entries[index].label, x: inner.x + 1, y: inner.y + 1 + row,
                           role: isSelected ? .selection : .dialog, width: inner.width - 2)
        }
        grid.cursor = cursor
    }
}
