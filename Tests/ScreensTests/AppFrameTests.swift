import Domain
import Testing
import TerminalUI
@testable import Screens

@Suite struct AppFrameTests {
    @Test func titleBarShowsProductLoginRoleAndDatabase() throws {
        let fixture = try ScreenFixture()
        let lines = fixture.screen()
        #expect(lines[0].hasPrefix(" STS — Student Tracking System"))
        #expect(lines[0].hasSuffix("aygun (ssac)  /var/lib/sts/sts.db"))
        #expect(lines[1] == "  1 Registry")
        #expect(lines[29].hasPrefix("F1 Help  F10 Quit"))
    }

    @Test func azerbaijaniInterfaceSpeaksAzerbaijani() throws {
        let fixture = try ScreenFixture(language: .az)
        let lines = fixture.screen()
        #expect(lines[0].contains("Tələbə-Məzun İzləmə Sistemi"))
        #expect(lines[1] == "  1 Reyestr")
        #expect(lines[2].contains("FİN") && lines[2].contains("Soyad"))
        #expect(lines[29].hasPrefix("F1 Kömək  F10 Çıxış"))
    }

    @Test func qAndF10QuitButNotWhileTyping() throws {
        let fixture = try ScreenFixture()
        #expect(fixture.press(.function(10)) == .quit)
        #expect(fixture.press(.character("q")) == .quit)
        fixture.press(.character("/"))
        #expect(fixture.registry.capturesText)
        #expect(fixture.press(.character("q")) == .redraw, "q is a letter in a text field")
        #expect(fixture.press(.character("?")) == .redraw, "? is typed, not help")
        #expect(!fixture.app.showingHelp)
        #expect(fixture.press(.function(10)) == .quit, "F10 quits even from a field")
    }

    @Test func helpOverlayOpensWithF1AndQuestionMarkAndListsTheScreensKeys() throws {
        let fixture = try ScreenFixture()
        fixture.press(.function(1))
        var text = fixture.screen().joined(separator: "\n")
        #expect(text.contains("Keys"))
        #expect(text.contains("PgUp PgDn"))
        #expect(text.contains("details of the selected record"))
        #expect(text.contains("quit (in a text field q is a letter)"))
        fixture.press(.escape)
        #expect(!fixture.app.showingHelp)
        fixture.press(.character("?"))
        #expect(fixture.app.showingHelp)
        text = fixture.screen().joined(separator: "\n")
        #expect(text.contains("Esc, F1 or ? closes this help"))
        fixture.press(.character("?"))
        #expect(!fixture.app.showingHelp)
    }

    @Test func tooSmallAWindowShowsANoticeInsteadOfGarbage() throws {
        let fixture = try ScreenFixture()
        let lines = fixture.app.render(width: 30, height: 10).lines
        let text = lines.joined(separator: " ")
        #expect(text.contains("Window too small: 30×10."))
        #expect(text.contains("40×12"))
        #expect(!text.contains("PIN"))
    }

    @Test func aKeyThatChangesNothingAsksForNoRedraw() throws {
        let fixture = try ScreenFixture()
        _ = fixture.screen()
        #expect(fixture.press(.up) == .handled)
        #expect(fixture.press(.home) == .handled)
        #expect(fixture.press(.character("x")) == .ignored)
    }
}
