import Domain
import Screens
import Storage
import TerminalUI
import Testing

/// Issue 15: the F1 help scrolls and its lines wrap (at 80×24 they were cut), and a long
/// form says that more fields are below.
@Suite struct HelpAndLongFormTests {
    /// The rows of the help box: its inner text, side borders taken off.
    private func helpBox(_ lines: [String]) -> (rows: [String], bottom: String) {
        guard let top = lines.firstIndex(where: { $0.contains("┌─ Keys") || $0.contains("┌─ Düymələr") }),
              let end = lines[top...].firstIndex(where: { $0.contains("└") }) else { return ([], "") }
        let rows = lines[(top + 1)..<end].map { line -> String in
            guard let first = line.firstIndex(of: "│"), let last = line.lastIndex(of: "│"), first < last else { return line }
            // One column of margin after the border; trailing blanks off, the indent kept.
            var inner = String(line[line.index(after: first)..<last].dropFirst())
            while inner.last == " " { inner.removeLast() }
            return inner
        }
        return (rows, lines[end])
    }

    @Test(arguments: [Language.en, .az])
    func theHelpScrollsToItsLastLineAndSaysWhereMoreIs(language: Language) throws {
        let desk = try DeskFixture(language: language)
        desk.press(.function(1))
        var box = helpBox(desk.screen())
        #expect(box.rows.first == Phrases.keysThisScreen.text(language))
        #expect(box.bottom.contains(language == .en ? "▼ more below: ↓ PgDn" : "▼ davamı aşağıda: ↓ PgDn"))
        let footer = Phrases.helpFooter.text(language)
        #expect(!box.rows.contains(footer), "the footer is below at 80×24")
        desk.press(.end)
        box = helpBox(desk.screen())
        #expect(box.rows.last == footer)
        #expect(box.bottom.contains("▲"))
        desk.press(.character("g"))
        #expect(helpBox(desk.screen()).rows.first == Phrases.keysThisScreen.text(language))
        desk.press(.escape)
        #expect(helpBox(desk.screen()).rows.isEmpty, "Esc closes the help")
    }

    @Test func aKeysMeaningWrapsUnderItselfAndNoWordIsCut() throws {
        let desk = try DeskFixture(language: .az)
        desk.press(.function(1))
        var all: [String] = []
        for _ in 0..<6 {
            all += helpBox(desk.app.render(width: 44, height: 24).lines).rows
            _ = desk.app.handle(.pageDown)
        }
        let text = all.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for hint in desk.applicants.keyHelp {
            let meaning = hint.action.text(.az).split(separator: " ").joined(separator: " ")
            #expect(text.contains(meaning), "whole at 44 columns: \(meaning)")
        }
        // The continuation of a wrapped meaning starts under the meaning, not under the key.
        let wrapped = try #require(all.firstIndex { $0.hasPrefix("Enter") })
        #expect(all[wrapped + 1].hasPrefix("     ") && !all[wrapped + 1].trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test func aLongFormSaysHowManyFieldsAreBelowAndAbove() throws {
        let desk = try DeskFixture()
        desk.press(.character("n"))
        var lines = desk.screen()
        let last = lines[22]
        #expect(last.hasPrefix("▼ ") && last.hasSuffix("more fields below (↓ Tab)"), "\(last)")
        for _ in 0..<40 { desk.press(.down) }
        lines = desk.screen()
        #expect(lines[22].hasPrefix("▲ ") && lines[22].hasSuffix("more fields above (↑)"), "\(lines[22])")
        #expect(desk.app.render(width: 132, height: 43).lines.allSatisfy { !$0.contains("more fields") },
                "at 132×43 the whole form shows")
    }
}
