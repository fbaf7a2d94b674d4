import Domain
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 12: a form names the field and the hidden character as it is typed (pasted, most
/// likely), shows it visibly escaped, and saves nothing.
@Suite struct StoredTextFormTests {
    @Test func aPastedRightToLeftOverrideIsNamedAtTheFieldAndNothingIsSaved() throws {
        let desk = try DeskFixture()
        let major = try #require(try desk.database.first("SELECT code FROM major ORDER BY code LIMIT 1") { $0.text(0) })
        desk.press(.character("n"))
        desk.field("Məm\u{202E}mədova")
        let typed = desk.text
        #expect(typed.contains("Məm\\u{202E}mədova"), "the override is not shown escaped:\n\(typed)")
        #expect(typed.contains("contains an invisible control character U+202E"), "no message at the field:\n\(typed)")
        desk.field("Gülnarə")
        desk.press(.tab)
        for value in ["tr", "12.03.2004", "U1234567", "01.01.2031", major] { desk.field(value) }
        desk.press(.tab)
        desk.field("en")
        desk.press(.tab, .tab, .tab)
        desk.field("TR")
        desk.press(.tab)
        desk.field("tr")
        desk.press(.enter)
        #expect(desk.text.contains("Not saved — Surname"), "\(desk.text)")
        #expect(try desk.database.scalarInt("SELECT count(*) FROM applicant WHERE surname LIKE 'Məm%'") == 0)
        #expect(!desk.screen().joined().unicodeScalars.contains("\u{202E}"))
    }

    @Test func aDocumentNoteWithAZeroWidthJoinerIsNamedAtTheFieldAndNotSaved() throws {
        let desk = try DeskFixture()
        let major = try #require(try desk.database.first("SELECT code FROM major ORDER BY code LIMIT 1") { $0.text(0) })
        let applicant = try desk.applicantStore.add(Applicant(
            surname: "Yılmaz", name: "Zeynep", citizenship: "TR", birthDate: CivilDate(year: 2005, month: 4, day: 2)!,
            passportNumber: "U7654321", passportExpiry: CivilDate(year: 2032, month: 1, day: 1)!,
            institutionCode: desk.caller.institutionCode ?? "", majorCode: major, level: .bachelor,
            programLanguage: "en", studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .generalSecondary, country: "TR", institution: "Ankara Lisesi",
                                        language: "tr", completedInAzerbaijan: false, continuesToNextLevel: false)),
            by: desk.caller)
        desk.press(.character("/"))
        desk.type("U7654321")
        desk.press(.enter, .enter, .function(3), .home, .enter) // 3.4.1, the application
        desk.press(.tab)
        desk.type("ərizə\u{200D}")
        desk.press(.enter)
        #expect(desk.text.contains("ərizə\\u{200D}"), "\(desk.text)")
        #expect(desk.text.contains("Not saved — Note: contains an invisible control character U+200D"), "\(desk.text)")
        #expect(try desk.database.scalarInt("SELECT count(*) FROM applicant_document WHERE applicant_id = ?", [applicant.id]) == 0)
    }
}
