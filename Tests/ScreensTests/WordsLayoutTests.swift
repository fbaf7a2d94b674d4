import Domain
import Testing
import TerminalUI
@testable import Screens

/// What a clerk reads at 80×24 where text used to be cut (issue 15): the tab line, a long
/// choice, the 4.8 report's heading, the health certificate's boxes, the keys in the footer.
@Suite struct WordsLayoutTests {
    @Test func theTabLineAt80ColumnsTellsEveryAreaApart() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("2"))
        let tabs = areas.app.render(width: 80, height: 24).lines[1]
        #expect(tabs == "  1 Reg…  2 Applicants  3 St…  4 De…  5 Rep…  6 PIN  7 Na…  8 Di…  9 In…  0 Ad…")
        let shown = tabs.split(separator: " ").filter { $0.count > 1 }
        #expect(Set(shown).count == shown.count, "two areas read the same: \(tabs)")
    }

    @Test func aLongChoiceShowsItsWholeValueOnTwoRows() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("3"), .character("s"))
        let lines = areas.app.render(width: 80, height: 24).lines
        #expect(lines.contains("Dismissal ground        ◂ 3.1.1 acts prohibited by the internal disciplinary"))
        #expect(lines.contains("                          rules (contract 3.1.1) ▸"))
        areas.press(.tab, .tab, .right)
        let next = areas.app.render(width: 80, height: 24).lines
        #expect(next.contains("Dismissal ground        ◂ 3.1.2 tuition not paid within the period of the"))
        #expect(next.contains("                          contract (contract 3.1.2) ▸"))
    }

    @Test func theReportHeadingWrapsAt80Columns() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("5"))
        let lines = areas.app.render(width: 80, height: 24).lines
        #expect(Array(lines[2...5]) == [
            " 4.8 yearly report, 2026: 14 foreign students (Ministry of Education, State",
            " Statistics Committee)",
            " due 31.12.2026  Ministry of Education: not sent",
            " Statistics Committee: not sent",
        ])
    }

    @Test func theHealthCertificateBoxesSayWhatTheyCover() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("2"), .enter, .function(3), .down, .down, .enter)
        let text = areas.app.render(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Covers HIV (AIDS)"))
        #expect(text.contains("Covers hepatitis B"))
        let az = try ScreenSizeTests.AllAreas(language: .az)
        az.press(.character("2"), .enter, .function(3), .down, .down, .enter)
        #expect(az.app.render(width: 80, height: 24).lines.joined(separator: "\n").contains("İİV (QİÇS) daxildir"))
    }

    @Test func refuseAndWithdrawnAreInTheFooterOfF5() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("2"), .enter, .function(5))
        let footer = areas.app.render(width: 80, height: 24).lines[23]
        #expect(footer.contains("r Refuse") && footer.contains("w Withdrawn"), "\(footer)")
        areas.press(.escape, .escape)
        let list = areas.app.render(width: 80, height: 24).lines[23]
        #expect(list == "F1 Help  F10 Quit  Enter Open  n New  f l c Filter  s Sort  x Clear  / Find")
    }

    @Test func theCutFinderFindsEachKindOfCut() {
        #expect(CutWords.find(in: ["a heading that runs into the edg"]).count == 1)
        #expect(CutWords.find(in: [" due 31.12.2026  Statistics Committee: not sen "],
                              wider: [" due 31.12.2026  Statistics Committee: not sent"]).count == 1)
        #expect(CutWords.find(in: ["  1 Re…                      "]).count == 1)
        #expect(CutWords.find(in: ["Ground        ◂ 3.1.1 acts prohibi  4.10"]).count == 1)
        #expect(CutWords.find(in: ["Ground        ◂ 3.1.1 acts prohibited by the   ", "                rules ▸   "]).isEmpty)
        #expect(CutWords.find(in: [" a whole line  ", " ends in a date 27.11.2026"]).isEmpty)
    }
}

/// The code fields of the applicant form: the name beside the code, and the list to choose
/// from that typing opens (issue 15).
@Suite struct CodeFieldTests {
    @Test func typingANameOpensTheListAndEnterPutsTheCode() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .az)
        areas.press(.character("2"), .character("n"), .tab, .tab, .tab)
        areas.type("Tür")
        var lines = areas.app.render(width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("› Tür") }, "the list opened with what was typed")
        #expect(lines.contains { $0.contains("▶ TR  Türkiyə") })
        areas.press(.enter)
        lines = areas.app.render(width: 80, height: 24).lines
        #expect(lines.contains { $0.hasPrefix("Vətəndaşlıq *") && $0.contains("TR") && $0.hasSuffix("Türkiyə") })
    }

    @Test func f8OpensTheListOfLanguagesAndEscClosesIt() throws {
        let areas = try ScreenSizeTests.AllAreas(language: .en)
        areas.press(.character("2"), .enter)
        let form = areas.app.render(width: 80, height: 24).lines
        #expect(form.contains { $0.hasPrefix("Citizenship *") && $0.contains("IQ") && $0.hasSuffix("Iraq") }, "\(form)")
        for _ in 0..<9 { areas.press(.tab) }
        areas.press(.function(8))
        areas.type("kaz")
        let lines = areas.app.render(width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("▶ kk  Kazakh") })
        areas.press(.escape)
        #expect(!areas.app.render(width: 80, height: 24).lines.contains { $0.contains("Kazakh") })
    }
}

/// The Admin audit trail in Azerbaijani names its actions (issue 15).
@Suite struct AuditWordsTests {
    @Test func theAuditTrailNamesItsActionsInTheSessionsLanguage() throws {
        let az = try ScreenSizeTests.AllAreas(language: .az)
        az.press(.character("0"), .character("a"))
        let lines = az.app.render(width: 132, height: 43).lines
        #expect(lines.contains { $0.contains("kamran") && $0.contains("ilk inzibatçı") }, "\(lines)")
        #expect(!lines.contains { $0.contains("user-bootstrap") })
    }
}

/// The certificate's language is chosen at the issue question (issue 15).
@Suite struct CertificateLanguageTests {
    @Test func anAzerbaijaniSessionIssuesACertificateInEnglish() throws {
        let az = try ScreenSizeTests.AllAreas(language: .az)
        az.press(.character("6"), .enter)
        az.type(az.pin)
        az.press(.enter, .escape, .character("i"))
        let question = az.app.render(width: 100, height: 30).lines
        #expect(question.contains { $0.contains("[ Ver (azərbaycanca) ] [ Ver (ingiliscə) ] [ Ləğv et ]") }, "\(question)")
        az.press(.right, .enter)
        let shown = az.app.render(width: 100, height: 30).lines.joined(separator: "\n")
        #expect(shown.contains("Surname, name and father's name"), "the certificate is in English")
        #expect(shown.contains("6 FİN") && shown.contains("F1 Kömək"), "the screen around it stays Azerbaijani")
        let issued = try az.database.first("SELECT count(*) FROM certificate") { $0.int(0) } ?? 0
        #expect(issued == 1)
    }
}
