import Domain
import Foundation
import Storage
import Testing
import TerminalUI
@testable import Screens

@Suite struct DeskFollowUpTests {
    /// The first admitted student of the fixture's institution.
    func firstStudent(_ desk: DeskFixture) throws -> (applicant: Applicant, followUp: AdmissionFollowUp) {
        try #require(try desk.services.desk.students().first)
    }

    @Test func dismissalAsksItsGroundAndCreatesBothNoticesDueInThreeWorkingDays() throws {
        let desk = try DeskFixture()
        let student = try firstStudent(desk)
        desk.press(.character("2"))
        #expect(desk.text.contains(student.applicant.surname) && desk.text.contains("enrolled"))
        desk.press(.character("s"))
        #expect(desk.text.contains("Dismissal ground"))
        // Event: take leave → transfer → dismiss (third option).
        desk.press(.right, .right, .tab, .tab, .right)
        desk.press(.enter)
        // Issue 15: the dismissal asks first — who, when, on which ground, when the notices fall due.
        #expect(desk.text.contains("Dismiss № \(student.applicant.id) \(student.applicant.surname)"))
        #expect(desk.text.contains("3.1.2"))
        #expect(try desk.services.desk.events(applicantID: student.applicant.id).isEmpty)
        desk.press(.enter)
        let text = desk.screen().flowing
        #expect(text.contains("dismissed; 4.12 notices"))
        // 2026-11-23 is a Monday: three working days after it is Thursday 26 November.
        #expect(text.contains("due by 26.11.2026"))
        // 4.12: the fixture has no holidays, so the desk says the 3 days count weekends only.
        #expect(text.contains("— no holidays entered for 2026, 2027"))
        let events = try desk.services.desk.events(applicantID: student.applicant.id)
        #expect(Set(events.map(\.kind)) == [.noticeMinistry, .noticeMigration])
        #expect(events.allSatisfy { $0.dueOn == CivilDate(year: 2026, month: 11, day: 26) && $0.detail.hasPrefix("3.1.2") })
        desk.press(.enter)
        #expect(desk.text.contains("studying → dismissed"))
        #expect(desk.text.contains("4.12 notice to the Ministry of Education"))
    }

    @Test("4.12: with this year's and next year's holidays entered the dismissal message has no warning")
    func noWarningOnceHolidaysAreEntered() throws {
        let desk = try DeskFixture()
        let settings = SQLiteSettingsRepository(database: desk.database)
        let admin = Caller(login: "kamran", role: .admin)
        _ = try settings.importHolidays("2026-11-24,Test günü\n2027-01-01,Yeni il\n", by: admin)
        desk.press(.character("2"), .character("s"))
        desk.press(.right, .right, .tab, .tab, .right)
        desk.press(.enter, .enter)
        // Monday 23 November with Tuesday 24 off: the three working days end on Friday 27.
        #expect(desk.text.contains("dismissed; 4.12 notices due by 27.11.2026"))
        #expect(!desk.text.contains("no holidays entered"))
    }

    @Test func residenceDocumentIsRecordedWithNumberAndDate() throws {
        let desk = try DeskFixture()
        // Öztürk Emre (9th in the list) has no residence document, hence no FİN yet.
        desk.press(.character("2"))
        for _ in 0..<8 { desk.press(.down) }
        desk.press(.character("r"))
        desk.type("MI-2026-001")
        desk.press(.tab)
        desk.press(.control("u"))
        desk.type("20.11.2026")
        desk.press(.enter)
        #expect(desk.text.contains("Residence document MI-2026-001 of 20.11.2026 recorded (2.2.4)"))
    }

    @Test func deadlinesAreSortedColouredAndMarkingDoneRecordsWhoAndWhen() throws {
        let desk = try DeskFixture()
        desk.press(.character("3"))
        let grid = desk.app.render(width: 80, height: 24)
        let lines = grid.lines
        // 4.12: the fixture has no holidays, and the list says so above itself.
        // The warning wraps at 80 columns rather than being cut (issue 15).
        #expect(lines[2].contains("no holidays entered for 2026, 2027"))
        #expect(lines[3] == " Saturdays and Sundays as days off (administrator: Admin → Holidays, or sts")
        #expect(lines[4] == " holidays import)")
        #expect(lines[5].contains("Due") && lines[5].contains("What"))
        let dates = lines[6...].compactMap { line -> String? in
            let trimmed = line.dropFirst(2)
            // Shown DD.MM.YYYY (issue 15); compared as YYYY-MM-DD.
            let parts = trimmed.prefix(10).split(separator: ".")
            return parts.count == 3 && parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
                ? parts.reversed().joined(separator: "-") : nil
        }
        #expect(!dates.isEmpty && dates == dates.sorted())
        let overdue = try #require(lines.firstIndex { $0.contains("overdue") })
        #expect(grid[4, overdue].role == .error)
        #expect(desk.text.contains("4.8 2026 yearly report: to the Ministry"))
        #expect(desk.text.contains("4.8 2026 yearly report: to the State Statistics"))
        let before = try DeskDeadlines(database: desk.database).pending(on: DeskFixture.today, by: desk.caller).count
        desk.press(.character("d"), .enter)
        #expect(desk.text.contains("Marked done by leyla on 23.11.2026"))
        let after = try DeskDeadlines(database: desk.database).pending(on: DeskFixture.today, by: desk.caller).count
        #expect(after == before - 1)
    }

    @Test func yearlyReportListsTheYearsStudentsAndExportsCSV() throws {
        let desk = try DeskFixture()
        desk.press(.character("4"))
        let count = try desk.services.desk.students().count
        #expect(desk.text.contains("4.8 yearly report, 2026: \(count) foreign students"))
        desk.press(.character("e"), .enter)
        let path = desk.services.exportDirectory + "/report-4.8-\(desk.caller.institutionCode ?? "")-2026.csv"
        // The file people open (issue 15): UTF-8 with a byte order mark, semicolons, words.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("No.;Surname;Name;Father's name;Citizenship;Born;"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == count + 1)
        desk.press(.left)
        #expect(desk.text.contains("4.8 yearly report, 2025"))
    }
}

@Suite struct DeskSmallWindowTests {
    @Test(arguments: [(40, 12), (60, 20), (132, 43)])
    func everyDeskScreenDrawsAtAnySize(width: Int, height: Int) throws {
        let desk = try DeskFixture()
        func draw() -> [String] { desk.app.render(width: width, height: height).lines }
        #expect(draw().count == height)
        desk.press(.enter)
        for key in 2...6 {
            desk.press(.function(key))
            #expect(draw().last?.contains("F1") == true)
        }
        desk.press(.function(3), .enter)
        _ = draw()
        desk.press(.escape, .escape)
        for tab in ["2", "3", "4"] {
            desk.press(.character(Character(tab)), .enter)
            #expect(draw().count == height)
            desk.press(.escape)
        }
        desk.press(.character("2"), .character("s"))
        #expect(draw().count == height)
    }
}

@Suite struct DeskStudentDraftTests {
    @Test func anOpenResidenceEntryIsOfferedBack() throws {
        let desk = try DeskFixture()
        desk.press(.character("2"), .character("r"))
        desk.type("MI-77")
        desk.app.saveDrafts()
        let next = try DeskFixture(database: desk.database)
        next.press(.character("2"))
        #expect(next.text.contains("Restore it?"))
        next.press(.enter)
        #expect(next.text.contains("MI-77") && next.text.contains("Residence document"))
    }
}
