import Testing
@testable import TerminalUI

/// Issue 15: every list answers the same keys — ↑ ↓ k j, PgUp PgDn, Home End g G — and a
/// text longer than its window scrolls with them.
@Suite struct ListStateTests {
    private func drawn(_ rows: [String], _ list: inout ListState, height: Int) -> [String] {
        var grid = Grid(width: 12, height: height)
        let columns = [TableColumn<String>("Row", width: 8) { $0 }]
        TableView.render(rows, list: &list, columns: columns, in: grid.bounds, grid: &grid)
        return grid.lines
    }

    @Test func endAndGReachTheLastRowAndTheTableScrollsToIt() {
        let rows = (1...30).map { "row \($0)" }
        var list = ListState(count: rows.count)
        #expect(drawn(rows, &list, height: 5) == ["  Row", "▶ row 1", "  row 2", "  row 3", "  row 4"])
        #expect(list.handle(.end) == .redraw)
        #expect(drawn(rows, &list, height: 5) == ["  Row", "  row 27", "  row 28", "  row 29", "▶ row 30"])
        #expect(list.handle(.character("G")) == .handled, "already at the end: nothing to draw")
        #expect(list.handle(.character("g")) == .redraw)
        #expect(list.selected == 0)
        #expect(list.handle(.home) == .handled)
    }

    @Test func pageDownMovesByTheRowsOnScreenLessOne() {
        let rows = (1...30).map { "row \($0)" }
        var list = ListState(count: rows.count)
        _ = drawn(rows, &list, height: 6)             // 5 rows under the heading
        #expect(list.handle(.pageDown) == .redraw)
        #expect(list.selected == 4)
        #expect(drawn(rows, &list, height: 6) == ["  Row", "  row 1", "  row 2", "  row 3", "  row 4", "▶ row 5"])
        #expect(list.handle(.pageDown) == .redraw)
        #expect(drawn(rows, &list, height: 6) == ["  Row", "  row 5", "  row 6", "  row 7", "  row 8", "▶ row 9"])
        #expect(list.handle(.pageUp) == .redraw)
        #expect(list.selected == 4)
        for _ in 0..<20 { _ = list.handle(.pageDown) }
        #expect(list.selected == 29)
    }

    @Test func otherKeysAreNotListKeysAndAnEmptyListDoesNotMove() {
        var list = ListState()
        #expect(list.handle(.character("d")) == nil)
        #expect(list.handle(.enter) == nil)
        #expect(list.handle(.down) == .handled)
        #expect(list.selection == nil)
    }

    @Test func aReloadWithFewerRowsKeepsTheSelectionInsideTheList() {
        var list = ListState(count: 10)
        _ = list.handle(.end)
        list.setCount(4)
        #expect(list.selected == 3)
        list.setCount(0)
        #expect(list.selection == nil)
    }

    @Test func aTextScrollsToItsEndAndBackAndStopsThere() {
        var scroll = ScrollState()
        #expect(scroll.lines(total: 100, window: 20) == 0)
        #expect(scroll.handle(.end) == .redraw)
        #expect(scroll.offset == 80, "the last line at the bottom of the window")
        #expect(scroll.handle(.down) == .handled)
        #expect(scroll.handle(.pageUp) == .redraw)
        #expect(scroll.offset == 61)
        #expect(scroll.handle(.character("g")) == .redraw)
        #expect(scroll.offset == 0)
        #expect(scroll.handle(.pageDown) == .redraw)
        #expect(scroll.offset == 19)
        #expect(scroll.handle(.character("G")) == .redraw)
        #expect(scroll.lines(total: 50, window: 20) == 30, "a shorter text pulls the window back")
    }
}
