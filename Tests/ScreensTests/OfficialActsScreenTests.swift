import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 15 on the desk's screens: acts ask first (Esc writes nothing), the admission order's
/// number and date, corrections with their reason, dates checked (2.1.1, 4.10), deadlines with
/// the applicant's number, the done list and its undo, 2.2.4 with the document's details.
@Suite struct OfficialActsScreenTests {
    /// An applicant of the fixture's institution the order may be given to on 23.11.2026:
    /// documents of 3.4, a contract of 4000 AZN with `paid` paid, the language decision (3.5).
    func readyApplicant(_ desk: DeskFixture, paid: Int = 200_000) throws -> Applicant {
        let major = try #require(try desk.database.first("SELECT code FROM major ORDER BY code LIMIT 1") { $0.text(0) })
        let applicants = desk.applicantStore
        let a = try applicants.add(Applicant(
            surname: "Yılmaz", name: "Zeynep", citizenship: "TR", birthDate: CivilDate(year: 2005, month: 4, day: 2)!,
            passportNumber: "U7654321", passportExpiry: CivilDate(year: 2032, month: 1, day: 1)!,
            institutionCode: desk.caller.institutionCode ?? "", majorCode: major, level: .bachelor, programLanguage: "az",
            studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .generalSecondary, country: "TR", institution: "Ankara Lisesi", language: "tr",
                                        completedInAzerbaijan: false, continuesToNextLevel: false), yearsOfStudy: 4),
            by: desk.caller)
        let received = CivilDate(year: 2026, month: 11, day: 2)!
        for (paragraph, details) in [("3.4.1", [:]), ("3.4.2", ["lists_subjects_and_marks": "yes", "authentication": "apostille",
                                                               "translation": "notarised"]),
                                     ("3.4.3", ["hiv": "yes", "hepatitis_b": "yes", "hepatitis_c": "yes"]),
                                     ("3.4.4", ["kind": "passport", "number": "U7654321"]), ("3.4.5", ["count": "6"])] {
            _ = try applicants.add(DocumentRecord(applicantID: a.id, paragraph: paragraph, receivedOn: received,
                                                  validUntil: paragraph == "3.4.4" ? a.passportExpiry : nil, details: details),
                                   by: desk.caller)
        }
        let contract = try applicants.save(ContractRecord(applicantID: a.id, number: "C-1", signedOn: received,
                                                          annualFeeQepik: 400_000, paymentDueMonth: 9, paymentDueDay: 15),
                                           by: desk.caller)
        _ = try applicants.add(PaymentRecord(applicantID: a.id, contractID: contract.id, amountQepik: paid, paidOn: received,
                                             academicYear: 2027), by: desk.caller)
        let service = DeskService(database: desk.database, caller: desk.caller)
        let record = try service.recordLanguageDecision(applicantID: a.id, on: DeskFixture.today)
        if record.outcome == .assessmentRequired {
            try service.recordAssessment(applicantID: a.id, LanguageAssessment(on: DeskFixture.today, result: "B2", passed: true,
                                                                               assessor: "Commission"))
        }
        desk.press(.character("/"))
        desk.type("U7654321")
        desk.press(.enter, .enter)
        return try #require(try applicants.applicant(id: a.id, by: desk.caller))
    }

    func replace(_ desk: DeskFixture, with text: String) {
        desk.press(.control("u"))
        desk.type(text)
    }

    @Test("2.1.1: the order's number is required, its date not in the future; the question names both; Esc writes nothing")
    func admissionOrderAsksFirst() throws {
        let desk = try DeskFixture()
        let a = try readyApplicant(desk)
        desk.press(.function(5), .character("a"))
        #expect(desk.text.contains("Order number *"))
        #expect(desk.text.contains("Order date *") && desk.text.contains("23.11.2026"))
        desk.press(.enter)
        #expect(desk.text.contains("the order's number is required (contract 2.1.1"))
        desk.type("41/Q")
        desk.press(.tab)
        replace(desk, with: "30.11.2026")
        desk.press(.enter)
        #expect(desk.text.contains("an order cannot be dated in the future"))
        replace(desk, with: "20.11.2026")
        desk.press(.enter)
        let question = desk.text
        #expect(question.contains("Admission order (2.1.1)"))
        #expect(question.contains("Admit № \(a.id) Yılmaz Zeynep by order № 41/Q of 20.11.2026"))
        #expect(question.contains("2027/2028"))
        desk.press(.escape)
        #expect(desk.text.contains("Cancelled — nothing was written"))
        #expect(try desk.applicantStore.applicant(id: a.id, by: desk.caller)?.state != .admitted)
        #expect(desk.text.contains("Order number *"), "the form is still open with what was typed")
        desk.press(.enter, .enter)
        #expect(desk.text.contains("Admitted by order № 41/Q of 20.11.2026"))
        let followUp = try desk.applicantStore.followUp(applicantID: a.id, by: desk.caller)
        #expect(followUp.admissionOrderNumber == "41/Q" && followUp.admittedOn == CivilDate(year: 2026, month: 11, day: 20))
    }

    @Test("2.1.1: a mistyped payment is corrected in F5 with its reason; the old row stays, marked; the order is allowed again")
    func paymentCorrected() throws {
        let desk = try DeskFixture()
        let a = try readyApplicant(desk, paid: 20_000)
        desk.press(.function(5))
        #expect(desk.text.contains("Cannot admit: 2.1.1"))
        desk.press(.character("c"))
        #expect(desk.text.contains("Correction reason *"))
        desk.press(.control("u"))
        desk.type("2000")
        desk.press(.enter)
        #expect(desk.text.contains("say why (kept with who and when)"))
        desk.type("a zero was missing")
        desk.press(.enter)
        let text = desk.text
        #expect(text.contains("Corrected (who, when and why are kept)."))
        #expect(text.contains("200.00 AZN") && text.contains("voided by leyla: a zero was missing"))
        #expect(text.contains("2000.00 AZN"))
        #expect(!text.contains("Cannot admit"))
        #expect(try desk.applicantStore.payments(applicantID: a.id, by: desk.caller).map(\.amountQepik) == [200_000])
    }

    @Test("3.4: a document voided with its reason is listed under the checklist, marked, and the item is missing again")
    func documentVoided() throws {
        let desk = try DeskFixture()
        _ = try readyApplicant(desk)
        desk.press(.function(3))
        #expect(desk.text.contains("All documents are complete"))
        desk.press(.character("d"))
        #expect(desk.text.contains("Reason for voiding *"))
        desk.press(.enter)
        #expect(desk.text.contains("say why"))
        desk.type("another applicant's form")
        desk.press(.enter)
        let text = desk.text
        #expect(text.contains("Voided (who, when and why are kept); it no longer counts."))
        #expect(text.contains("3.4.1: ") && text.contains("Voided and corrected rows"))
        #expect(text.contains("✗ 3.4.1 02.11.2026 — voided by leyla: another applicant's form"))
    }

    @Test("3.4: after a document is saved the cursor is on the next one still missing")
    func nextMissingDocument() throws {
        let desk = try DeskFixture()
        let major = try #require(try desk.database.first("SELECT code FROM major ORDER BY code LIMIT 1") { $0.text(0) })
        _ = try desk.applicantStore.add(Applicant(
            surname: "Kaya", name: "Ali", citizenship: "TR", birthDate: CivilDate(year: 2005, month: 4, day: 2)!,
            passportNumber: "U1112223", passportExpiry: CivilDate(year: 2032, month: 1, day: 1)!,
            institutionCode: desk.caller.institutionCode ?? "", majorCode: major, level: .bachelor, programLanguage: "az",
            studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .generalSecondary, country: "TR", institution: "Lise", language: "tr",
                                        completedInAzerbaijan: false, continuesToNextLevel: false)), by: desk.caller)
        desk.press(.character("/"))
        desk.type("U1112223")
        desk.press(.enter, .enter, .function(3))
        #expect(desk.screen()[4].hasPrefix("▶ ✗ 3.4.1"))
        desk.press(.enter, .enter)
        let lines = desk.screen()
        #expect(lines[4].hasPrefix("  ✓ 3.4.1 23.11.2026"))
        #expect(lines[5].hasPrefix("▶ ✗ 3.4.2"))
    }

    @Test("2.1.1, 4.10: academic leave dated 01.01.2020 is refused with the admission date; nothing is written")
    func leaveBeforeAdmissionRefused() throws {
        let desk = try DeskFixture()
        let student = try #require(try desk.services.desk.students().first { $0.followUp.educationState == .studying })
        let index = try desk.services.desk.students().firstIndex { $0.applicant.id == student.applicant.id } ?? 0
        desk.press(.character("2"))
        for _ in 0..<index { desk.press(.down) }
        desk.press(.character("s"))
        #expect(desk.text.contains("Dismissal ground"))
        desk.press(.tab)
        replace(desk, with: "01.01.2020")
        desk.press(.enter)
        let admitted = try #require(student.followUp.admittedOn)
        // Said under the date, whole (2.1.1, 4.10); the field keeps what was typed.
        #expect(desk.text.contains("↳ before the admission order of \(admitted.dotted) (2.1.1, 4.10)"))
        #expect(try desk.applicantStore.followUp(applicantID: student.applicant.id, by: desk.caller).educationState == .studying)
    }

    @Test("deadlines: each student's line shows the applicant's number; marking done asks first and Esc writes nothing")
    func deadlinesShowNumbersAndAsk() throws {
        let desk = try DeskFixture()
        let pending = try DeskDeadlines(database: desk.database).pending(on: DeskFixture.today, by: desk.caller)
        desk.press(.character("3"))
        let lines = desk.screen()
        let first = try #require(pending.first)
        #expect(lines.first { $0.hasPrefix("▶ ") }?.hasPrefix("▶ " + first.deadline.due.dotted) == true)
        if let student = pending.prefix(18).first(where: { $0.applicantID != nil }), let id = student.applicantID {
            #expect(lines.contains { $0.contains(student.deadline.paragraph + " № \(id) " + student.who + ": ") })
        }
        desk.press(.character("d"))
        #expect(desk.text.contains("[ Mark done ]") || desk.text.contains("Document number"))
        desk.press(.escape)
        #expect(desk.text.contains("Cancelled — nothing was written"))
        #expect(try DeskDeadlines(database: desk.database).pending(on: DeskFixture.today, by: desk.caller).count == pending.count)
    }

    @Test("deadlines: a mark is listed with who and when under h, and u undoes it after asking")
    func doneListAndUndo() throws {
        let desk = try DeskFixture()
        let deadlines = DeskDeadlines(database: desk.database)
        let before = try deadlines.pending(on: DeskFixture.today, by: desk.caller)
        let index = try #require(before.firstIndex { $0.deadline.kind == .yearlyReport })
        desk.press(.character("3"))
        for _ in 0..<index { desk.press(.down) }
        desk.press(.character("d"), .enter)
        #expect(try deadlines.pending(on: DeskFixture.today, by: desk.caller).count == before.count - 1)
        desk.press(.character("h"))
        var text = desk.text
        #expect(text.contains("Deadlines marked done — u undoes, h back to the list"))
        #expect(desk.screen()[3] == "▶ ✓ 23.11.2026 by leyla    4.8 yearly report to the Ministry of Education 2025")
        desk.press(.character("u"))
        #expect(desk.text.contains("[ Undo ]") && desk.text.contains("Enter Undo"))
        #expect(desk.text.contains("2025 — marked done") && desk.text.contains("on 23.11.2026 by leyla. Undo it?"))
        desk.press(.enter)
        text = desk.text
        #expect(text.contains("Undone by leyla; the deadline is open again."))
        #expect(try deadlines.pending(on: DeskFixture.today, by: desk.caller).count == before.count)
    }

    @Test("2.2.4: marking the residence deadline done asks the document's number and date and the FİN")
    func residenceFromDeadlines() throws {
        let desk = try DeskFixture()
        let deadlines = DeskDeadlines(database: desk.database)
        let before = try deadlines.pending(on: DeskFixture.today, by: desk.caller)
        let index = try #require(before.firstIndex { $0.deadline.kind == .residenceDocument })
        let id = try #require(before[index].applicantID)
        desk.press(.character("3"))
        for _ in 0..<index { desk.press(.down) }
        desk.press(.character("d"))
        #expect(desk.text.contains("Document number *") && desk.text.contains("PIN (residence permit)"))
        desk.press(.enter)
        #expect(desk.text.contains("Not saved — Document number"))
        desk.type("MI-2026-901")
        desk.press(.tab, .tab)
        desk.type("7kx2m4q")
        desk.press(.enter)
        #expect(desk.text.contains("№ \(id)") && desk.text.contains("record residence document MI-2026-901"))
        desk.press(.enter)
        #expect(desk.text.contains("MI-2026-901"))
        let followUp = try desk.applicantStore.followUp(applicantID: id, by: desk.caller)
        #expect(followUp.residenceDocumentOn == DeskFixture.today && followUp.pin?.value == "7KX2M4Q")
        #expect(!(try deadlines.pending(on: DeskFixture.today, by: desk.caller).contains {
            $0.applicantID == id && $0.deadline.kind == .residenceDocument
        }))
    }
}
