import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 15, "The SSAC loop" and "Official acts ask first", on the PIN, Names and Registry
/// screens: what an officer typing all day would notice.
@Suite struct PINLoopTests {
    private func twoPINs(_ f: RegistryFixture) throws -> (String, String) {
        let first = try f.sql("SELECT pin FROM student_record WHERE pin IS NOT NULL GROUP BY pin HAVING count(*) > 1 LIMIT 1")
        let next = try f.sql("SELECT pin FROM student_record WHERE pin LIKE '5%' LIMIT 1")
        return (first, next)
    }

    private func certificates(_ f: RegistryFixture) throws -> String {
        try f.sql("SELECT count(*) FROM certificate") + "/"
            + f.sql("SELECT count(*) FROM audit_event WHERE action = 'certificate-issue'")
    }

    @Test func afterASearchTheNextPINIsTypedOverTheOldOneAndNothingSwitchesArea() throws {
        let f = try RegistryFixture()
        let (first, next) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter)
        #expect(f.text.contains("PIN \(first) ·"))
        #expect(f.text.contains("type the next PIN: it replaces this one"))
        // The next PIN starts with 5: typed, not the fifth area; the old PIN is gone.
        f.type(String(next.prefix(1)))
        #expect(f.app.active == 0)
        #expect(f.pinPane.pinForm.value("pin") == String(next.prefix(1)))
        f.type(String(next.dropFirst()))
        f.press(.enter)
        #expect(f.text.contains("PIN \(next) ·"))
        #expect(try f.sql("SELECT group_concat(pin, ' ') FROM (SELECT pin FROM audit_event ORDER BY id)") == "\(first) \(next)")
    }

    @Test func lettersAfterASearchAreTypedSoINeverIssuesFromTheField() throws {
        let f = try RegistryFixture()
        let (first, _) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter)
        f.type("ie")
        #expect(f.pinPane.pinForm.value("pin") == "ie")
        #expect(try certificates(f) == "0/0")
        #expect(f.app.active == 0)
    }

    @Test func escLeavesTheFieldThenDigitsSwitchAreasAsReadmeSays() throws {
        let f = try RegistryFixture()
        let (first, _) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter, .escape)
        #expect(f.text.contains("i issue"))
        f.type("2")
        #expect(f.app.active == 1, "Names")
    }

    @Test func thePurposeDialogKeepsDigitsAndItsEscCancels() throws {
        let f = try RegistryFixture()
        f.type("3")
        #expect(f.app.active == 0, "a digit in the purpose dialog does not switch areas")
        #expect(f.text.contains("Choose the purpose of the lookup"))
        f.press(.escape)
        #expect(!f.text.contains("Choose the purpose of the lookup"), "Esc cancels, as the footer says")
        #expect(f.text.contains("First choose the purpose of the lookup"))
        #expect(f.pinPane.purpose == nil)
        f.press(.enter)
        #expect(f.text.contains("Choose the purpose of the lookup"), "Enter asks the purpose again")
        f.press(.enter)
        #expect(f.pinPane.purpose == .citizenRequest)
        // p, another purpose, Esc: the purpose stays what it was.
        f.press(.escape, .character("p"), .right, .escape)
        #expect(f.pinPane.purpose == .citizenRequest)
        #expect(f.text.contains("Purpose: citizen's request"))
    }

    @Test func issuingAsksFirstEscIssuesNothingEnterIssuesOne() throws {
        let f = try RegistryFixture()
        let (first, _) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter, .escape, .character("i"))
        var text = f.text
        #expect(text.contains("Issue the certificate?"))
        #expect(text.contains(first) && text.contains("2 records, for \"citizen's request\"?"))
        f.type("5")
        #expect(f.app.active == 0, "the question keeps the digits")
        f.press(.escape)
        #expect(try certificates(f) == "0/0")
        #expect(f.text.contains("No certificate was issued"))
        f.press(.character("i"), .character("i"))
        #expect(try certificates(f) == "0/0", "a second i is not an answer")
        f.press(.enter)
        #expect(try certificates(f) == "1/1")
        text = f.text
        let issue = try #require(f.pinPane.issue)
        #expect(text.contains("Certificate issued, code: \(issue.code)"))
        // Back in the PIN field: another i is a letter, not a second certificate.
        f.type("i")
        #expect(try certificates(f) == "1/1")
    }

    @Test func exportBeforeIssuingAsksTooAndEscWritesNothing() throws {
        let f = try RegistryFixture()
        let (first, _) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter, .escape, .character("e"))
        #expect(f.text.contains("Issue the certificate?"))
        f.press(.escape)
        #expect(try certificates(f) == "0/0")
        f.press(.character("e"), .enter)
        #expect(try certificates(f) == "1/1")
        #expect(f.text.contains("Export the certificate"))
    }

    @Test func theIssueTimeIsShownInLocalTimeNotAsStoredUTC() throws {
        let f = try RegistryFixture()
        let (first, _) = try twoPINs(f)
        f.press(.enter)
        f.type(first)
        f.press(.enter, .escape, .character("i"), .enter)
        let issue = try #require(f.pinPane.issue)
        for _ in 0..<40 { f.press(.down); _ = f.text }
        let issued = try #require(f.text.split(separator: "\n").first { $0.contains("│ Issued ") })
        #expect(issued.contains(LocalTime.shown(issue.issuedAt)))
        #expect(!issued.contains("T") && !issued.contains("Z"))
    }

    @Test func namesResultsOpenThePINScreenWithOneKeyThePurposeAskedAsUsual() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("2"))
        f.type("Mamedov")
        f.press(.enter)
        var guardSteps = 0
        while f.names.selectedRecord?.pin == nil, guardSteps < 200 { f.press(.down); guardSteps += 1 }
        let record = try #require(f.names.selectedRecord)
        let pin = try #require(record.pin)
        f.press(.character("p"))
        #expect(f.app.active == 0, "the PIN screen")
        var text = f.text
        #expect(text.contains("Choose the purpose of the lookup"))
        #expect(text.contains("Then PIN \(pin.value) is searched"))
        #expect(try f.sql("SELECT count(*) FROM audit_event WHERE action = 'pin-search'") == "0", "not before the purpose")
        f.press(.enter)
        text = f.text
        #expect(text.contains("PIN \(pin.value) ·"))
        #expect(text.contains(record.name.surname))
        #expect(try f.sql("SELECT purpose FROM audit_event WHERE action = 'pin-search' AND pin = '\(pin.value)'")
                == "citizen-request")
    }

    @Test func namesAt80ColumnsShowTheWholeInstitutionCode() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("2"))
        f.type("Mamedov")
        f.press(.enter)
        let record = try #require(f.names.selectedRecord)
        let lines = f.app.render(width: 80, height: 24).lines
        let selected = try #require(lines.first { $0.hasPrefix("▶ ") })
        #expect(selected.hasSuffix(" \(record.admissionYear)     " + record.institutionCode), "\(selected)")
        #expect(selected.contains(record.birthDate.dotted))
    }

    @Test func aNamesResultWithoutAPINSaysSoAndStays() throws {
        let f = try RegistryFixture()
        try f.database.run("UPDATE student_record SET pin = NULL WHERE surname = 'Məmmədov'")
        f.press(.escape, .character("2"))
        f.type("Mamedov")
        f.press(.enter, .character("p"))
        #expect(f.app.active == 1)
        #expect(f.text.contains("This record has no PIN"))
    }
}

/// Issue 15: at 80 columns two records of one person are two different lines.
@Suite struct RegistryNarrowTests {
    @Test(arguments: [Language.en, .az])
    func twoRecordsOfOnePersonDifferAt80Columns(language: Language) throws {
        let fixture = try ScreenFixture(language: language)
        var seen = 0
        for _ in 0..<30 {
            let lines = fixture.screen(width: 80, height: 24).dropFirst(3).dropLast()
            let rows = lines.map { String($0.dropFirst(2)) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let byPIN = Dictionary(grouping: rows) { String($0.prefix(7)) }.filter { $0.key != "—      " && $0.value.count > 1 }
            for (_, same) in byPIN {
                seen += 1
                #expect(Set(same).count == same.count, "identical lines for one person: \(same)")
                #expect(same.allSatisfy { $0.range(of: #" (19|20)\d\d "#, options: .regularExpression) != nil },
                        "the admission year is shown: \(same)")
            }
            fixture.press(.pageDown)
        }
        #expect(seen > 0, "the demo registry has people with two records")
    }
}
