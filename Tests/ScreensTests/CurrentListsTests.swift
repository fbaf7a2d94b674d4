import Domain
import Screens
import Storage
import TerminalUI
import Testing

/// Issue 15, "screens that are current": every list shows a save made in another area of the
/// same session as soon as it is shown, and End/G/PgDn reach the end of every list and text.
@Suite struct CurrentListsTests {
    private func firstStudent(_ desk: DeskFixture) throws -> Applicant {
        try #require(try desk.services.desk.students().first).applicant
    }

    /// Dismisses the first student through the Students area (third event: dismissal).
    private func dismissFirst(_ desk: DeskFixture) {
        desk.press(.character("2"), .character("s"))
        desk.press(.right, .right, .tab, .tab, .right)
        desk.press(.enter, .enter) // the form, then the dismissal's question (issue 15)
    }

    @Test func deadlinesShowTheNoticesOfADismissalSavedInStudentsAtOnce() throws {
        let desk = try DeskFixture(liveNotices: true)
        let student = try firstStudent(desk)
        desk.press(.character("3"))
        #expect(!desk.text.contains("4.12 № \(student.id) \(student.surname) \(student.name):"), "no notice before the dismissal")
        dismissFirst(desk)
        #expect(desk.screen().flowing.contains("dismissed; 4.12 notices due by 26.11.2026"))
        desk.press(.character("3"))
        let lines = desk.screen()
        let notices = lines.filter { $0.contains("4.12 № \(student.id) \(student.surname) \(student.name):") }
        #expect(notices.count == 2, "\(lines.joined(separator: "\n"))")
        #expect(notices.allSatisfy { $0.contains("26.11.2026") })
    }

    @Test func theYearlyReportShowsADismissalSavedInStudentsAtOnce() throws {
        let desk = try DeskFixture(liveNotices: true)
        let student = try firstStudent(desk)
        let who = student.surname.fitted(to: 14) + " " + student.name.fitted(to: 10)
        desk.press(.character("4"))
        let before = try #require(desk.screen(width: 100).first { $0.contains(who) })
        #expect(!before.hasSuffix("dismissed"))
        dismissFirst(desk)
        desk.press(.character("4"))
        let after = try #require(desk.screen(width: 100).first { $0.contains(who) })
        #expect(after.hasSuffix("dismissed"), "\(after)")
    }

    @Test func aResidenceDocumentRecordedInStudentsTakesItsDeadlineOffTheDeadlines() throws {
        let desk = try DeskFixture(liveNotices: true)
        let students = try desk.services.desk.students()
        let index = try #require(students.firstIndex {
            $0.followUp.residenceDocumentOn == nil && $0.followUp.admittedOn != nil && !$0.applicant.isOutsideRegulations
        })
        let who = "№ \(students[index].applicant.id) " + students[index].applicant.surname + " " + students[index].applicant.name
        desk.press(.character("3"))
        #expect(desk.text.contains("2.2.4 " + who))
        desk.press(.character("2"))
        for _ in 0..<index { desk.press(.down) }
        desk.press(.character("r"))
        desk.type("MI-2026-777")
        desk.press(.enter)
        #expect(desk.screen().flowing.contains("MI-2026-777"))
        desk.press(.character("3"))
        #expect(!desk.text.contains("2.2.4 " + who), "the 2.2.4 deadline is met and gone from the list")
    }

    @Test func endAndGReachTheLastDeadlineAndGTheFirst() throws {
        let desk = try DeskFixture(applicantCount: 300)
        desk.press(.character("3"))
        let pending = try DeskDeadlines(database: desk.database).pending(on: DeskFixture.today, by: desk.caller)
        try #require(pending.count > 20, "more deadlines than fit at 80×24")
        desk.press(.end)
        var lines = desk.screen()
        let selected = try #require(lines.first { $0.hasPrefix("▶ ") })
        #expect(selected.contains(pending[pending.count - 1].deadline.due.dotted))
        #expect(lines[22].hasPrefix("▶ "), "the last deadline on the last row of the list")
        desk.press(.character("g"))
        lines = desk.screen()
        let header = try #require(lines.firstIndex { $0.contains("Due") && $0.contains("What") })
        #expect(lines[header + 1].hasPrefix("▶ " + pending[0].deadline.due.dotted))
        desk.press(.character("G"))
        #expect(desk.screen().contains { $0.hasPrefix("▶ ") && $0.contains(pending[pending.count - 1].deadline.due.dotted) })
    }
}

/// Issue 15: End/G/PgDn in the certificate preview reach its last line.
@Suite struct TextScrollTests {
    @Test func theCertificatePreviewScrollsToItsLastLineWithEndAndBackWithG() throws {
        let f = try RegistryFixture()
        let pin = try f.sql("SELECT pin FROM student_record WHERE pin IS NOT NULL GROUP BY pin HAVING count(*) > 1 LIMIT 1")
        f.press(.enter)
        f.type(pin)
        f.press(.enter, .escape, .character("c"))
        let certificate = try #require(f.pinPane.certificate)
        let lines = CertificateDocument.lines(certificate, language: .en)
        let last = try #require(lines.last { !$0.value.isEmpty })
        var screen = f.app.render(width: 100, height: 24).lines
        #expect(!screen.contains { $0.contains(last.value) && $0.contains(last.label.prefix(20)) }, "the end is below at 100×24")
        f.press(.end)
        screen = f.app.render(width: 100, height: 24).lines
        let bottom = try #require(screen.lastIndex { $0.hasPrefix("└") })
        #expect(screen[bottom - 1].contains(last.value), "the last line sits on the box's last row: \(screen[bottom - 1])")
        #expect(f.app.handle(.pageDown) == .handled, "nothing below the end")
        f.press(.character("g"))
        screen = f.app.render(width: 100, height: 24).lines
        #expect(screen.contains { $0.hasPrefix("│ " + lines[0].label) })
        f.press(.character("G"))
        #expect(f.app.render(width: 100, height: 24).lines[bottom - 1].contains(last.value))
    }
}

/// Issue 15: the inquiry queue does not lose a change noticed while one of its forms is open.
@Suite struct InquiryQueueChangeTests {
    @Test func aChangeNoticedUnderAnOpenFormIsReadWhenTheQueueShowsAgain() throws {
        let f = try RegistryFixture()
        let caller = Caller(login: "aygun", role: .admin, institutionCode: "BDU")
        let context = AppContext(language: .en, login: "aygun", role: "admin", databasePath: "/tmp/sts.db", caller: caller,
                                 today: CivilDate(year: 2026, month: 3, day: 2) ?? .today())
        let notice = try ChangeNotice(database: f.database, countsOwnWrites: true)
        let pane = InquiriesPane(context: context, service: RegistryService(database: f.database, caller: caller),
                                 hasChanged: { (try? notice.hasChanged()) ?? false })
        let app = App(context: context, panes: [pane])
        _ = app.render(width: 100, height: 30)
        _ = app.handle(.character("n"))
        _ = try RegistryService(database: f.database, caller: caller).openInquiry(
            Inquiry(pin: nil, name: PersonName(surname: "Hüseynli", name: "Nərmin", fatherName: ""),
                    birthDate: CivilDate(year: 1991, month: 2, day: 3) ?? .today(), institutionCode: "BDU",
                    admissionYear: 2006, message: "filed elsewhere"))
        #expect(!app.poll(), "under the open form the queue is not read")
        _ = app.handle(.escape)
        #expect(app.poll(), "read once the queue shows again")
        #expect(app.render(width: 100, height: 30).lines.contains { $0.contains("Hüseynli Nərmin") })
    }
}
