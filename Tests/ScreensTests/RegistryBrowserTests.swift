import Domain
import Testing
import TerminalUI
@testable import Screens

@Suite struct RegistryBrowserTests {
    @Test func listShowsRecordsInAzerbaijaniAlphabeticalOrder() throws {
        let fixture = try ScreenFixture()
        let lines = fixture.screen()
        #expect(lines[2].contains("PIN") && lines[2].contains("Surname") && lines[2].contains("Father's name"))
        #expect(lines[3].hasPrefix("▶ "))
        // Surnames on screen never go backwards in the Azerbaijani alphabet.
        var surnames: [String] = []
        for _ in 0..<40 {
            surnames.append(fixture.registry.selectedRecord?.name.surname ?? "")
            fixture.press(.down)
        }
        let keys = surnames.map(AzerbaijaniText.sortKey)
        #expect(keys == keys.sorted())
    }

    @Test func downMovesTheSelectionAndTheWindowFollows() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen(height: 14)
        let first = fixture.registry.selectedRecord
        #expect(fixture.press(.down) == .redraw)
        let lines = fixture.screen(height: 14)
        #expect(lines[4].hasPrefix("▶ "))
        #expect(!lines[3].hasPrefix("▶"))
        #expect(fixture.registry.selectedRecord != first)
        for _ in 0..<30 { fixture.press(.down) }
        let after = fixture.screen(height: 14)
        #expect(after[12].hasPrefix("▶ "), "selection stays on the last visible row while scrolling")
    }

    @Test func endAndHomeReachBothEndsOfTheRegistry() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen()
        fixture.press(.end)
        let last = try #require(fixture.registry.selectedRecord)
        #expect(fixture.press(.down) == .handled)
        #expect(fixture.registry.selectedRecord == last)
        fixture.press(.home)
        let firstKey = AzerbaijaniText.sortKey(fixture.registry.selectedRecord?.name.surname ?? "")
        #expect(firstKey <= AzerbaijaniText.sortKey(last.name.surname))
    }

    @Test func enterOpensTheDetailPaneWithEveryCertificateField() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen(width: 120, height: 30)
        fixture.press(.enter)
        let record = try #require(fixture.registry.selectedRecord)
        let text = fixture.screen(width: 120, height: 30).joined(separator: "\n")
        #expect(text.contains("┌─ Details ─"))
        // Long values wrap inside the pane; every word is there.
        for word in (record.name.full + " " + record.institutionName).split(separator: " ") {
            #expect(text.contains("│ ") && text.contains(String(word)))
        }
        let nameLine = text.split(separator: "\n").first { $0.contains("Full name") }
        #expect(nameLine?.contains(record.name.surname) == true)
        #expect(text.contains("Major"))
        #expect(text.contains("Diploma"))
        fixture.press(.escape)
        #expect(!fixture.screen(width: 120, height: 30).joined().contains("┌─ Details"))
    }

    @Test func typingASurnameWithAzerbaijaniLettersJumpsToIt() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen()
        fixture.press(.character("/"))
        fixture.type("Şük")
        let lines = fixture.screen()
        #expect(lines[2].contains("Go to surname: Şük"))
        #expect(fixture.registry.selectedRecord?.name.surname.hasPrefix("Şükür") == true)
        fixture.press(.enter)
        #expect(!fixture.registry.capturesText)
    }

    @Test func controlCharactersInANameReachTheScreenEscaped() throws {
        let fixture = try ScreenFixture(persons: 5)
        try fixture.database.run("UPDATE student_record SET surname = ? WHERE id = (SELECT min(id) FROM student_record)",
                                 ["E\u{1B}]0;x\u{07}v"])
        try fixture.database.run("UPDATE student_record SET sort_key = '' WHERE surname LIKE 'E%' AND surname LIKE '%v'")
        let text = fixture.screen().joined(separator: "\n")
        // Shown as the visible escapes of `ShownText` (issue 12), cut at the column's edge.
        #expect(text.contains("E\\u{1B}]0;x\\u{7"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
