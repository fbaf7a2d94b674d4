import Testing
@testable import TerminalUI

/// A source over numbers 1...count that counts how many rows it was asked for, to prove
/// the list fetches a page at a time and never everything.
final class NumberSource: PageSource {
    let count: Int
    var rowsFetched = 0

    init(count: Int) { self.count = count }

    func rows(after row: Int?, limit: Int) throws -> [Int] {
        let start = (row ?? 0) + 1
        guard limit > 0 else { return [] }
        let result = start <= count ? Array(start...min(count, start + limit - 1)) : []
        rowsFetched += result.count
        return result
    }

    func rows(before row: Int?, limit: Int) throws -> [Int] {
        let end = (row ?? count + 1) - 1
        guard limit > 0 else { return [] }
        let result = end >= 1 ? Array(max(1, end - limit + 1)...end) : []
        rowsFetched += result.count
        return result
    }
}

@Suite struct PagedListTests {
    @Test func movingDownPastTheWindowScrollsByOneRow() throws {
        let source = NumberSource(count: 1_000_000)
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 5)
        #expect(list.window == [1, 2, 3, 4, 5])
        for _ in 0..<5 { try list.moveDown(source) }
        #expect(list.window == [2, 3, 4, 5, 6])
        #expect(list.selectedRow == 6)
        #expect(source.rowsFetched <= 6)
    }

    @Test func pagingToTheEndOfAMillionRowsFetchesOnlyOneScreen() throws {
        let source = NumberSource(count: 1_000_000)
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 10)
        source.rowsFetched = 0
        try list.moveEnd(source)
        #expect(list.window == Array(999_991...1_000_000))
        #expect(list.selectedRow == 1_000_000)
        #expect(source.rowsFetched <= 12, "one screen, plus one row to learn whether more lie before or after")
        #expect(try list.moveDown(source) == false)
        try list.pageUp(source)
        #expect(list.window == Array(999_981...999_990))
    }

    @Test func pageDownNearTheEndStopsOnTheLastRow() throws {
        let source = NumberSource(count: 12)
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 5)
        try list.pageDown(source)
        #expect(list.window == [6, 7, 8, 9, 10])
        try list.pageDown(source)
        #expect(list.window == [8, 9, 10, 11, 12])
        #expect(list.selectedRow == 12)
        #expect(try list.pageDown(source) == false)
    }

    @Test func homeAtTheTopChangesNothing() throws {
        let source = NumberSource(count: 50)
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 5)
        #expect(try list.moveHome(source) == false)
        #expect(try list.moveUp(source) == false)
    }

    @Test func shrinkingTheWindowKeepsTheSelectedRow() throws {
        let source = NumberSource(count: 100)
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 10)
        for _ in 0..<8 { try list.moveDown(source) }
        #expect(list.selectedRow == 9)
        try list.resize(to: 4, source: source)
        #expect(list.selectedRow == 9)
        #expect(list.window.count == 4)
        try list.resize(to: 12, source: source)
        #expect(list.selectedRow == 9)
        #expect(list.window.count == 12)
    }

    @Test func tableHighlightsTheSelectedRowAndShowsHeadings() {
        var grid = Grid(width: 30, height: 4)
        let columns = [TableColumn<(String, String)>("PIN", width: 7) { $0.0 },
                       TableColumn<(String, String)>("Soyad", width: 10) { $0.1 }]
        TableView.render([("AB12C3D", "Əliyev"), ("9ZZ8Y7X", "Şükürova")], selected: 1, columns: columns,
                         in: grid.bounds, grid: &grid, highlightColumns: 1)
        #expect(grid.lines == ["  PIN     Soyad", "  AB12C3D Əliyev", "▶ 9ZZ8Y7X Şükürova", ""])
        #expect(grid[2, 2].role == .selection)
        #expect(grid[10, 2].role == .normal)
        #expect(grid[2, 1].role == .normal)
    }
}

/// A source whose rows can change between calls, as another session's commits do.
final class ChangingSource: PageSource {
    var rows: [Int]
    init(_ rows: [Int]) { self.rows = rows }
    func rows(after row: Int?, limit: Int) throws -> [Int] {
        Array(rows.filter { row == nil || $0 > row! }.prefix(max(0, limit)))
    }
    func rows(before row: Int?, limit: Int) throws -> [Int] {
        Array(rows.filter { row == nil || $0 < row! }.suffix(max(0, limit)))
    }
}

@Suite struct PagedListRefreshTests {
    @Test func atTheStartANewFirstRowAppearsOnRefresh() throws {
        let source = ChangingSource(Array(stride(from: 10, through: 200, by: 10)))
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 5)
        source.rows.insert(5, at: 0)
        try list.refresh(from: source)
        #expect(list.window == [5, 10, 20, 30, 40])
    }

    @Test func scrolledDownTheWindowKeepsItsPlaceWhenRowsAreAddedAbove() throws {
        let source = ChangingSource(Array(stride(from: 10, through: 200, by: 10)))
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 5)
        try list.pageDown(source)
        #expect(list.window == [60, 70, 80, 90, 100])
        source.rows += [5, 75]
        source.rows.sort()
        try list.refresh(from: source)
        #expect(list.window == [60, 70, 75, 80, 90], "rows added above stay above; the one inside appears")
    }

    @Test func afterScrollingBackToTheTopNewRowsAppearAgain() throws {
        let source = ChangingSource(Array(stride(from: 10, through: 200, by: 10)))
        var list = PagedListState<Int>()
        try list.reload(from: source, height: 3)
        for _ in 0..<4 { try list.moveDown(source) }
        for _ in 0..<4 { try list.moveUp(source) }
        #expect(list.window == [10, 20, 30])
        source.rows.insert(1, at: 0)
        try list.refresh(from: source)
        #expect(list.window.first == 1)
    }
}
