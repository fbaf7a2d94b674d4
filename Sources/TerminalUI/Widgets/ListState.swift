/// The selection and scroll of a list whose rows are all in memory (a queue, a person's
/// records, the deadlines), beside `PagedListState` for keyset lists read a window at a
/// time. One set of keys for every list (issue 15): ↑ ↓ (and k j), PgUp PgDn, Home End
/// (and g G). The screen keeps its rows; this keeps only indices, so the same rows can be
/// drawn as a table or as free lines.
public struct ListState: Sendable, Equatable {
    /// How many rows the list has.
    public private(set) var count = 0
    /// The selected row (0 when the list is empty).
    public private(set) var selected = 0
    /// The first row on screen.
    public private(set) var top = 0
    /// The rows on screen at the last drawing: what PgUp and PgDn move by.
    public private(set) var pageSize = 10

    public init(count: Int = 0) {
        self.count = max(0, count)
    }

    public var isEmpty: Bool { count == 0 }

    /// The selected index, or nil when the list is empty.
    public var selection: Int? { count > 0 ? selected : nil }

    /// The rows changed (reloaded): the selection stays where it was, within the new count.
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        selected = min(selected, max(0, count - 1))
        top = min(top, selected)
    }

    /// Selects a row (clamped to the list).
    public mutating func select(_ index: Int) {
        selected = min(max(0, index), max(0, count - 1))
    }

    /// Answers a list key: `.redraw` when the selection moved, `.handled` when it was a list
    /// key that could not move (the first row, the last), nil for any other key.
    public mutating func handle(_ key: Key) -> HandlerResult? {
        let target: Int
        switch key {
        case .down, .character("j"): target = selected + 1
        case .up, .character("k"): target = selected - 1
        case .pageDown: target = selected + max(1, pageSize - 1)
        case .pageUp: target = selected - max(1, pageSize - 1)
        case .home, .character("g"): target = 0
        case .end, .character("G"): target = count - 1
        default: return nil
        }
        let before = selected
        select(target)
        return selected == before ? .handled : .redraw
    }

    /// The rows to draw in `height` lines, scrolled so that the selected row shows; also
    /// remembers the height for PgUp and PgDn.
    public mutating func visibleRows(height: Int) -> Range<Int> {
        pageSize = max(1, height)
        if selected < top { top = selected }
        if selected >= top + pageSize { top = selected - pageSize + 1 }
        top = max(0, min(top, max(0, count - pageSize)))
        return top..<min(count, top + pageSize)
    }
}

/// The scroll of a text longer than its window (the contract viewer, the certificate
/// preview, the help): ↑ ↓ a line, PgUp PgDn a page, Home End (and g G) the ends.
public struct ScrollState: Sendable, Equatable {
    /// The first line on screen.
    public private(set) var offset = 0
    /// The lines of the text and of the window at the last drawing.
    public private(set) var total = 0
    public private(set) var pageSize = 10

    public init() {}

    private var last: Int { max(0, total - pageSize) }

    /// Answers a scrolling key: `.redraw` when the text moved, `.handled` at an end, nil for
    /// any other key.
    public mutating func handle(_ key: Key) -> HandlerResult? {
        let target: Int
        switch key {
        case .down, .character("j"): target = offset + 1
        case .up, .character("k"): target = offset - 1
        case .pageDown, .character(" "): target = offset + max(1, pageSize - 1)
        case .pageUp: target = offset - max(1, pageSize - 1)
        case .home, .character("g"): target = 0
        case .end, .character("G"): target = last
        default: return nil
        }
        let before = offset
        offset = min(max(0, target), last)
        return offset == before ? .handled : .redraw
    }

    /// Back to the first line (a new text).
    public mutating func reset() { offset = 0 }

    /// Records the text's and the window's size at drawing and returns the first line to show.
    public mutating func lines(total: Int, window: Int) -> Int {
        self.total = max(0, total)
        pageSize = max(1, window)
        offset = min(offset, last)
        return offset
    }
}

extension TableView {
    /// Draws an in-memory list as a table (a heading line, then the rows that fit), scrolled
    /// so that the list's selection shows.
    public static func render<Row>(_ rows: [Row], list: inout ListState, columns: [TableColumn<Row>], in rect: Rect,
                                   grid: inout Grid, highlightColumns: Int? = nil, focused: Bool = true,
                                   emptyText: String = "") {
        let shown = list.visibleRows(height: max(1, rect.height - 1)).clamped(to: rows.indices)
        render(Array(rows[shown]), selected: list.selection.map { $0 - shown.lowerBound }, columns: columns, in: rect,
               grid: &grid, highlightColumns: highlightColumns, focused: focused, emptyText: emptyText)
    }
}

extension PagedListState {
    /// The list keys of `ListState` on a keyset list: nil for any other key, else whether
    /// the selection moved.
    public mutating func handle<S: PageSource>(_ key: Key, _ source: S) throws -> Bool? where S.Row == Row {
        switch key {
        case .down, .character("j"): return try moveDown(source)
        case .up, .character("k"): return try moveUp(source)
        case .pageDown: return try pageDown(source)
        case .pageUp: return try pageUp(source)
        case .home, .character("g"): return try moveHome(source)
        case .end, .character("G"): return try moveEnd(source)
        default: return nil
        }
    }
}
