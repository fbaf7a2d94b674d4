import Testing
@testable import TerminalUI

@Suite struct GridTests {
    @Test func azerbaijaniLettersTakeOneCellEach() {
        var grid = Grid(width: 12, height: 1)
        let used = grid.put("Məmmədov", x: 0, y: 0, role: .normal)
        #expect(used == 8)
        #expect(grid.lines == ["Məmmədov"])
        #expect(TextWidth.of("İsmayılov Şəhla Çiçək Ğ ö ü") == 27)
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverCutInHalf() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.put("漢字漢", x: 0, y: 0, role: .normal)
        #expect(used == 4)
        #expect(grid[1, 0].isContinuation)
        #expect(grid.lines == ["漢字"])
    }

    @Test func combiningMarksTakeNoCell() {
        var grid = Grid(width: 6, height: 1)
        // "e" followed by a combining diaeresis, then "x".
        let used = grid.put("e\u{0308}x", x: 0, y: 0, role: .normal)
        #expect(used == 2)
        #expect(grid[0, 0].character == "e\u{0308}")
        #expect(grid[1, 0].character == "x")
    }

    @Test func controlCharactersAreShownEscapedNeverRaw() {
        var grid = Grid(width: 40, height: 1)
        grid.put("Əli\u{1B}]0;owned\u{07}yev", x: 0, y: 0, role: .normal)
        #expect(grid.lines == ["Əli\\u{1B}]0;owned\\u{7}yev"])
        #expect(!grid.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func textIsClippedToTheLimit() {
        var grid = Grid(width: 20, height: 1)
        grid.put("Hüseynova Aysel", x: 2, y: 0, role: .normal, limit: 6)
        #expect(grid.lines == ["  Hüseyn"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("漢", x: 0, y: 0, role: .normal)
        grid.put("a", x: 1, y: 0, role: .normal)
        #expect(grid.lines == [" a"])
        #expect(!grid[1, 0].isContinuation)
    }

    @Test func fittedPadsOrCutsWithAnEllipsis() {
        #expect("Əli".fitted(to: 5) == "Əli  ")
        #expect("Allahverdiyeva".fitted(to: 8) == "Allahve…")
    }
}
