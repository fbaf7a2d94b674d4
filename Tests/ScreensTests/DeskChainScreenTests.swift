import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

/// The new fields of the admission → registry chain as a clerk sees them: the FİN with the
/// residence document (2.2.4), the diploma at graduation (4.9), the programme's years and the
/// 3.7.2 recognition in F2, 1.2 on F3/F5/F6, and the 4.4 payer.
@Suite struct DeskChainScreenTests {
    /// The row of the Students list that shows `surname`.
    func row(_ desk: DeskFixture, _ surname: String) -> String {
        desk.screen(width: 100).first { $0.contains(surname) } ?? ""
    }

    /// The screen at 160 columns, so status-line messages are whole.
    func wide(_ desk: DeskFixture) -> String { desk.screen(width: 160, height: 30).joined(separator: "\n") }

    /// Opens the Students list on the student who has no FİN yet.
    func studentWithoutPIN(_ desk: DeskFixture) throws -> (applicant: Applicant, followUp: AdmissionFollowUp) {
        let students = try desk.services.desk.students()
        let student = try #require(students.first { $0.followUp.pin == nil && $0.followUp.educationState == .studying })
        desk.press(.character("2"))
        let index = try #require(students.firstIndex { $0.applicant.id == student.applicant.id })
        for _ in 0..<index { desk.press(.down) }
        return student
    }

    @Test("2.2.4: the Students list says 'no PIN' until the residence document brings the FİN; a bad FİN is refused naming the field")
    func pinWithTheResidenceDocument() throws {
        let desk = try DeskFixture()
        let student = try studentWithoutPIN(desk)
        #expect(desk.screen(width: 100)[2].contains("PIN"))
        #expect(row(desk, student.applicant.surname).contains("no PIN"))
        desk.press(.character("r"))
        desk.type("MI-2026-501")
        desk.press(.tab, .tab)
        desk.type("5zr7k2o")
        desk.press(.enter)
        #expect(wide(desk).contains("Not saved — PIN (residence permit): a PIN never contains \"O\""))
        desk.press(.backspace)
        desk.type("x")
        desk.press(.enter)
        #expect(wide(desk).contains("PIN 5ZR7K2X saved; the registry record is found by PIN"))
        #expect(row(desk, student.applicant.surname).contains("5ZR7K2X"))
        let followUp = try desk.applicantStore.followUp(applicantID: student.applicant.id, by: desk.caller)
        let recordID = try #require(followUp.studentRecordID)
        let record = try #require(try desk.registryStore.record(id: recordID))
        #expect(record.pin?.value == "5ZR7K2X")
    }

    @Test("4.9: graduation asks the diploma's issue date and level, refuses without the date, and stores the series as the check reads it")
    func graduationAsksTheDiploma() throws {
        let desk = try DeskFixture()
        let student = try studentWithoutPIN(desk)
        desk.press(.character("s"))
        let text = desk.text
        #expect(text.contains("Diploma issue date") && text.contains("Diploma level"))
        // Event: academic leave → transfer → dismissal → graduation.
        desk.press(.left)
        desk.press(.tab, .tab, .tab, .tab)
        desk.type("bd")
        desk.press(.tab)
        desk.type("0099001")
        desk.press(.enter)
        #expect(wide(desk).contains("Not saved — Diploma issue date: graduation needs the diploma's series, number and issue date (4.9)"))
        desk.type("30.06.2026")
        desk.press(.tab, .right, .enter)
        #expect(wide(desk).contains("New status: graduated"), "\(wide(desk))")
        let followUp = try desk.applicantStore.followUp(applicantID: student.applicant.id, by: desk.caller)
        let recordID = try #require(followUp.studentRecordID)
        let record = try #require(try desk.registryStore.record(id: recordID))
        #expect(record.diploma == Diploma(series: "BD", registrationNumber: "0099001",
                                          issueDate: CivilDate(year: 2026, month: 6, day: 30)!, level: .honours))
        // The diploma check is SSAC's (a clerk may not search the registry): read as an administrator.
        let registry = SQLiteRegistryRepository(database: desk.database, browsingAs: Caller(login: "kamran", role: .admin))
        #expect(try registry.records(diplomaSeries: "bd", number: "0099001").count == 1)
    }

    @Test("F2: the programme's years of study (1–8) and the 3.7.2 recognition are on the form")
    func yearsAndRecognitionOnTheForm() throws {
        let model = ApplicantFormModel(language: .en, today: DeskFixture.today, majors: [])
        var state = model.form(for: nil)
        let labels = state.fields.map(\.label)
        #expect(labels.contains("Years of study") && labels.contains("Recognised in AZ"))
        #expect(state.value("years") == "4", "offered for a bachelor's programme until the clerk types its own")
        state.setValue("years", "9")
        #expect(model.problem("years", in: state)?.en == "\"9\" is not a number of years (1–8)")
        state.setValue("years", "6")
        #expect(model.problem("years", in: state) == nil)
    }

    @Test("1.2: F3, F5 and F6 say the regulations do not apply; no fee or contract is asked")
    func permanentResidentScreens() throws {
        let desk = try DeskFixture()
        let applicant = try DeskSectionTests().openNew(desk)
        var resident = try #require(try desk.applicantStore.applicant(id: applicant.id, by: desk.caller))
        resident.permanentResident = true
        _ = try desk.applicantStore.update(resident, by: desk.caller)
        desk.press(.escape, .enter, .function(3))
        #expect(desk.text.contains("1.2: lives permanently in Azerbaijan"))
        desk.press(.function(5))
        #expect(desk.text.contains("1.2: lives permanently in Azerbaijan"))
        desk.press(.character("f"))
        #expect(desk.text.contains("1.2: the contract of these regulations' appendix is not made"))
        desk.press(.function(6))
        #expect(desk.text.contains("1.2: the contract of these regulations' appendix is not made"))
    }

    @Test("4.4: on basis 3.1.2 a fee of 0 needs the payer named; with it the order's money condition is 4.4's")
    func programmePays() throws {
        let desk = try DeskFixture()
        _ = try DeskSectionTests().openNew(desk, basis: .internationalProgramme)
        desk.press(.function(5), .character("f"))
        desk.type("0")
        desk.press(.enter)
        #expect(wide(desk).contains("an annual fee of 0 is only for 3.1.2/3.1.3 with the payer named (4.4)"))
        for _ in 0..<5 { desk.press(.tab) }
        desk.type("Erasmus+ KA171")
        desk.press(.enter)
        #expect(wide(desk).contains("4.4: the fee is paid by the programme or scholarship: Erasmus+ KA171"))
    }
}
