/// Where the rows of a long list come from, a page at a time, by keyset: the source knows
/// how to find the rows after or before a given row; the list never asks for row N.
public protocol PageSource<Row> {
    associatedtype Row
    /// Up to `limit` rows following `row` (from the first row when nil), in list order.
    func rows(after row: Row?, limit: Int) throws -> [Row]
    /// Up to `limit` rows preceding `row` (up to the last row when nil), in list order.
    func rows(before row: Row?, limit: Int) throws -> [Row]
}

/// The scroll and selection state of a list too long to hold: only the rows on screen are
/// kept. Moving past the window's edge fetches the neighbouring rows from the source.
public struct PagedListState<Row> {
    /// The rows currently on screen, at most `height`.
    public private(set) var window: [Row] = []
    /// Index of the selected row within `window`.
    public private(set) var selected: Int = 0
    /// How many rows fit on screen.
    public private(set) var height: Int = 1
    /// The window shows the first rows of the list, so rows that others add at the start
    /// must appear when the list refreshes (as a mail list at its top shows new mail).
    public private(set) var showsStart = true

    public init() {}

    public var selectedRow: Row? { window.indices.contains(selected) ? window[selected] : nil }
    public var isEmpty: Bool { window.isEmpty }

    /// Loads the first page.
    public mutating func reload<S: PageSource>(from source: S, height: Int) throws where S.Row == Row {
        self.height = max(1, height)
        window = try source.rows(after: nil, limit: self.height)
        selected = 0
        showsStart = true
    }

    /// Shows rows found some other way (a jump to a name) with the first one selected.
    public mutating func show(_ rows: [Row], height: Int) {
        self.height = max(1, height)
        window = Array(rows.prefix(self.height))
        selected = 0
        showsStart = false
    }

    /// Keeps the selected row in place when the screen changes size or data changed.
    public mutating func resize<S: PageSource>(to height: Int, source: S) throws where S.Row == Row {
        let newHeight = max(1, height)
        guard newHeight != self.height || window.isEmpty else { return }
        let anchor = selectedRow
        self.height = newHeight
        guard let anchor else { return try reload(from: source, height: newHeight) }
        let above = Array(window[..<selected].suffix(min(selected, newHeight - 1)))
        var rows = above + [anchor]
        let below = rows.count < newHeight ? try source.rows(after: anchor, limit: newHeight - rows.count) : []
        rows += below
        if rows.count < newHeight, let first = rows.first {
            let more = try source.rows(before: first, limit: newHeight - rows.count)
            rows = more + rows
        }
        window = rows
        selected = above.count + (rows.count - above.count - 1 - below.count)
    }

    /// Re-reads the window after others changed the data: from the start when the window
    /// shows the start, else keeping the first row in place.
    public mutating func refresh<S: PageSource>(from source: S) throws where S.Row == Row {
        guard !showsStart, let first = window.first else {
            let keep = selected
            try reload(from: source, height: height)
            selected = min(keep, max(0, window.count - 1))
            return
        }
        let before = selected
        var rows: [Row]
        if let previous = try source.rows(before: first, limit: 1).first {
            rows = try source.rows(after: previous, limit: height)
        } else {
            rows = try source.rows(after: nil, limit: height)
        }
        if rows.isEmpty { rows = try source.rows(before: nil, limit: height) }
        window = rows
        selected = min(before, max(0, rows.count - 1))
    }

    @discardableResult
    public mutating func moveDown<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        if selected + 1 < window.count { selected += 1; return true }
        guard let last = window.last else { return false }
        let next = try source.rows(after: last, limit: 1)
        guard let row = next.first else { return false }
        window.append(row)
        if window.count > height { window.removeFirst() } else { selected += 1; return true }
        selected = window.count - 1
        showsStart = false
        return true
    }

    @discardableResult
    public mutating func moveUp<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        if selected > 0 { selected -= 1; return true }
        guard let first = window.first else { return false }
        // Two rows in one query: the one to show, and whether anything lies before it.
        let previous = try source.rows(before: first, limit: 2)
        guard let row = previous.last else { return false }
        window.insert(row, at: 0)
        showsStart = previous.count < 2
        if window.count > height { window.removeLast() }
        selected = 0
        return true
    }

    @discardableResult
    public mutating func pageDown<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        guard let last = window.last else { return false }
        let next = try source.rows(after: last, limit: height)
        if next.isEmpty {
            guard selected != window.count - 1 else { return false }
            selected = window.count - 1
            return true
        }
        window = Array((window + next).suffix(height))
        selected = next.count < height ? window.count - 1 : selected
        showsStart = false
        return true
    }

    @discardableResult
    public mutating func pageUp<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        guard let first = window.first else { return false }
        let previous = try source.rows(before: first, limit: height)
        if previous.isEmpty {
            guard selected != 0 else { return false }
            selected = 0
            return true
        }
        window = Array((previous + window).prefix(height))
        selected = previous.count < height ? 0 : selected
        showsStart = previous.count < height
        return true
    }

    @discardableResult
    public mutating func moveHome<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        if selected == 0, let first = window.first, try source.rows(before: first, limit: 1).isEmpty {
            return false
        }
        window = try source.rows(after: nil, limit: height)
        selected = 0
        showsStart = true
        return true
    }

    @discardableResult
    public mutating func moveEnd<S: PageSource>(_ source: S) throws -> Bool where S.Row == Row {
        if let last = window.last, try source.rows(after: last, limit: 1).isEmpty {
            guard selected != window.count - 1 else { return false }
            selected = window.count - 1
            return true
        }
        // One row more than fits says, in the same query, whether the list starts on screen.
        let rows = try source.rows(before: nil, limit: height + 1)
        showsStart = rows.count <= height
        window = Array(rows.suffix(height))
        selected = max(0, window.count - 1)
        return true
    }
}

extension PagedListState: Sendable where Row: Sendable {}

/// A column of a table: its heading, its width in cells and how to read a row's value.
public struct TableColumn<Row> {
    public let title: String
    public let width: Int
    public let value: (Row) -> String

    public init(_ title: String, width: Int, value: @escaping (Row) -> String) {
        self.title = title
        self.width = width
        self.value = value
    }
}

/// Draws rows as a table with a heading line. The selection is shown by a marker and the
/// highlight over the first `highlightColumns` columns (all when nil): a narrow highlight
/// keeps one step down a list to a few dozen bytes over SSH.
public enum TableView {
    public static func render<Row>(_ rows: [Row], selected: Int?, columns: [TableColumn<Row>], in rect: Rect,
                                   grid: inout Grid, highlightColumns: Int? = nil, focused: Bool = true,
                                   emptyText: String = "") {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .normal)
        var x = rect.x + 2
        for column in columns where x < rect.maxX {
            // A column the edge cuts ends in "…" rather than mid-word (issue 15).
            grid.put(column.title.fitted(to: min(column.width, rect.maxX - x)), x: x, y: rect.y, role: .header)
            x += column.width + 1
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        if rows.isEmpty, !emptyText.isEmpty, body.height > 0 {
            grid.put(emptyText, x: body.x + 2, y: body.y, role: .muted, limit: body.width - 2)
        }
        for (index, row) in rows.prefix(body.height).enumerated() {
            let y = body.y + index
            let isSelected = index == selected
            let highlightRole: StyleRole = focused ? .selection : .tabActive
            // Marker and gap in one highlighted run with the first columns: one colour change.
            grid.put(isSelected ? "▶ " : "  ", x: body.x, y: y, role: isSelected ? highlightRole : .normal)
            var x = body.x + 2
            for (columnIndex, column) in columns.enumerated() where x < body.maxX {
                let highlighted = isSelected && (highlightColumns.map { columnIndex < $0 } ?? true)
                let role: StyleRole = highlighted ? highlightRole : .normal
                let text = column.value(row).fitted(to: min(column.width, body.maxX - x))
                grid.put(text, x: x, y: y, role: role)
                x += column.width
                if x < body.maxX {
                    let gapHighlighted = isSelected && (highlightColumns.map { columnIndex + 1 < $0 } ?? true)
                    grid.put(" ", x: x, y: y, role: gapHighlighted ? highlightRole : .normal)
                }
                x += 1
            }
        }
    }
}
