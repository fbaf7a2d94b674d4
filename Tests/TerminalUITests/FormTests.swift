import Testing
@testable import TerminalUI

@Suite struct FormTests {
    private func form() -> FormState {
        FormState([
            .text("surname", "Surname", required: true),
            .choice("level", "Level", options: ["bachelor", "master", "doctorate"]),
            .toggle("resident", "Permanent resident"),
            .text("birth", "Born", hint: "YYYY-MM-DD or DD.MM.YYYY"),
        ])
    }

    @Test func tabMovesBetweenFieldsAndTextGoesToTheFocusedOne() {
        var form = form()
        for c in "Qəhrəmanova" { _ = form.handle(.character(c)) }
        #expect(form.value("surname") == "Qəhrəmanova")
        #expect(form.capturesText)
        #expect(form.handle(.tab) == .redraw)
        #expect(!form.capturesText, "a choice does not take letters, so q quits there")
        #expect(form.handle(.right) == .redraw)
        #expect(form.value("level") == "master")
        _ = form.handle(.tab)
        _ = form.handle(.character(" "))
        #expect(form.value("resident") == "yes")
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        #expect(form.focusedField?.id == "birth", "Shift-Tab from the first field wraps to the last")
    }

    @Test("a prefilled field that is full (a FİN, today's date) is selected when Tab reaches it: typing replaces it, not dropped at the limit")
    func aFullPrefilledFieldReachedByTabIsReplacedByTyping() {
        var form = FormState([
            .text("number", "Number", maxLength: 30),
            .text("date", "Date", value: "27.11.2026", maxLength: 10),
            .text("pin", "PIN", value: "HE1AKT3", maxLength: 7),
            .text("note", "Note", value: "kept", maxLength: 30),
        ])
        _ = form.handle(.tab)
        for c in "20.11.2026" { _ = form.handle(.character(c)) }
        #expect(form.value("date") == "20.11.2026")
        _ = form.handle(.tab)
        for c in "9TQ4M2Z" { _ = form.handle(.character(c)) }
        #expect(form.value("pin") == "9TQ4M2Z")
        _ = form.handle(.tab)
        for c in " too" { _ = form.handle(.character(c)) }
        #expect(form.value("note") == "kept too", "a field with room keeps its text; typing goes to its end")
        _ = form.handle(.backTab)
        _ = form.handle(.backspace)
        #expect(form.value("pin") == "", "Backspace on the selected FİN clears it")
    }

    @Test func anErrorIsShownUnderItsFieldAndClearedWhenTheFieldChanges() {
        var form = form()
        form.focus(on: "birth")
        for c in "31.02.2001" { _ = form.handle(.character(c)) }
        form.setError("birth", "31.02.2001 is not a date")
        var grid = Grid(width: 80, height: 8)
        form.render(in: grid.bounds, grid: &grid, labelWidth: 20)
        #expect(grid.lines[0].hasPrefix("Surname *"))
        #expect(grid.lines[1].contains("◂ bachelor ▸"))
        #expect(grid.lines[2].contains("[ ] no"))
        #expect(grid.lines[3].contains("31.02.2001"))
        #expect(grid.lines[4].contains("↳ 31.02.2001 is not a date"))
        #expect(grid[23, 4].role == .error)
        #expect(grid[22, 3].role == .fieldInvalid)
        _ = form.handle(.backspace)
        #expect(form.fields[3].error == nil)
        #expect(form.value("birth") == "31.02.200", "what was typed is kept")
    }

    @Test func aLongFormScrollsToTheFocusedField() {
        var form = FormState((1...12).map { FormField.text("f\($0)", "Field \($0)") })
        form.focus(on: "f10")
        var grid = Grid(width: 60, height: 4)
        form.render(in: grid.bounds, grid: &grid)
        #expect(grid.lines.contains { $0.hasPrefix("Field 10") })
        #expect(!grid.lines.contains { $0.hasPrefix("Field 1 ") })
    }
}
