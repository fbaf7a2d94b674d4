import Domain
import Screens
import Storage
import TerminalUI
import Testing

/// Issue 15: Students has `/` search like Applicants, with the name search's folding.
@Suite struct StudentSearchTests {
    @Test func slashNarrowsTheStudentsByAFoldedSurnameAndXClearsIt() throws {
        let desk = try DeskFixture()
        let students = try desk.services.desk.students()
        let sahin = students.filter { $0.applicant.surname == "Şahin" }
        try #require(sahin.count >= 2 && sahin.count < students.count)
        desk.press(.character("2"), .character("/"))
        desk.type("sahin")
        var lines = desk.screen()
        #expect(lines[2].hasPrefix(" Name, passport, FİN or №: sahin"))
        let rows = lines.dropFirst(3).filter { $0.hasPrefix("▶ ") || $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(rows.count == sahin.count && rows.allSatisfy { $0.contains("Şahin") }, "\(rows)")
        desk.press(.enter)
        lines = desk.screen()
        #expect(lines[2] == " /sahin · \(sahin.count) of \(students.count) students · x clear the search")
        // The list keys work on what was found; q is a command again.
        desk.press(.end)
        #expect(desk.screen().filter { $0.hasPrefix("▶ ") }.first?.contains("Şahin") == true)
        desk.press(.character("x"))
        lines = desk.screen()
        #expect(lines[2].contains("Surname"), "the search line is gone: \(lines[2])")
        #expect(lines.filter { $0.contains(" enrolled ") || $0.contains(" graduated ") }.count > sahin.count)
    }

    @Test func aStudentIsFoundByPassportOrNumberToo() throws {
        let desk = try DeskFixture()
        let student = try #require(try desk.services.desk.students().last).applicant
        #expect(StudentsPane.matches(student, pin: nil, query: String(student.id)))
        #expect(StudentsPane.matches(student, pin: nil, query: String(student.passportNumber.prefix(3)).lowercased()))
        #expect(!StudentsPane.matches(student, pin: nil, query: "zzzz"))
    }
}
