import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    private func type(_ text: String, into field: inout TextFieldState) {
        for character in text { _ = field.handle(.character(character)) }
    }

    @Test func typingAzerbaijaniLettersAndMovingOverThem() {
        var field = TextFieldState()
        type("Şəkiliyə", into: &field)
        #expect(field.text == "Şəkiliyə")
        #expect(field.cursor == 8)
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.backspace) // removes "i" before "yə"
        #expect(field.text == "Şəkilyə")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "əkilyə")
        type("Ğ", into: &field)
        #expect(field.text == "Ğəkilyə")
        _ = field.handle(.end)
        type("ö", into: &field)
        #expect(field.text == "Ğəkilyəö")
    }

    @Test func qAndQuestionMarkAreOrdinaryLetters() {
        var field = TextFieldState()
        #expect(field.handle(.character("q")) == .redraw)
        #expect(field.handle(.character("?")) == .redraw)
        #expect(field.text == "q?")
    }

    @Test func keysAFieldDoesNotUseAreLeftToTheForm() {
        var field = TextFieldState("abc")
        #expect(field.handle(.tab) == .ignored)
        #expect(field.handle(.enter) == .ignored)
        #expect(field.handle(.function(10)) == .ignored)
    }

    @Test func keysThatChangeNothingAskForNoRedraw() {
        var field = TextFieldState("")
        #expect(field.handle(.backspace) == .handled)
        #expect(field.handle(.left) == .handled)
        #expect(field.handle(.home) == .handled)
    }

    @Test func renderingPlacesTheCursorAfterMultiByteLetters() {
        var field = TextFieldState("Əliyev")
        var grid = Grid(width: 20, height: 1)
        field.render(in: Rect(x: 2, y: 0, width: 10, height: 1), grid: &grid, focused: true)
        #expect(grid.lines == ["  Əliyev"])
        #expect(grid.cursor?.x == 8)
        #expect(grid[2, 0].role == .fieldFocused)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var field = TextFieldState("Allahverdiyeva Gülşən")
        var grid = Grid(width: 10, height: 1)
        field.render(in: Rect(x: 0, y: 0, width: 10, height: 1), grid: &grid, focused: true)
        #expect(grid.lines == ["va Gülşən"])
        #expect(grid.cursor?.x == 9)
        _ = field.handle(.home)
        field.render(in: Rect(x: 0, y: 0, width: 10, height: 1), grid: &grid, focused: true)
        #expect(grid.lines == ["Allahverdi"])
        #expect(grid.cursor?.x == 0)
    }
}
