import Domain
import Testing
@testable import Storage

@Suite struct DeskRepositoryTests {
    func filled() throws -> (Database, Caller) {
        let database = try Database(path: ":memory:")
        try Migrator.migrate(database)
        try DemoGenerator(seed: 3).populateRegistry(database, persons: 30, thisYear: 2026)
        try DemoGenerator(seed: 3).populateApplicants(database, count: 250, thisYear: 2026)
        let code = try database.first("SELECT institution_code FROM applicant GROUP BY 1 ORDER BY count(*) DESC LIMIT 1") { $0.text(0) }
        return (database, Caller(login: "clerk1", role: .clerk, institutionCode: code))
    }

    @Test(arguments: [ApplicantOrder.name, .date])
    func keysetPagesForwardAndBackMeetTheWholeFilteredList(order: ApplicantOrder) throws {
        let (database, clerk) = try filled()
        let desk = DeskRepository(database: database)
        let filter = ApplicantFilter(state: .documentsIncomplete)
        let all = try desk.applicants(filter: filter, order: order, after: nil, limit: 10_000, by: clerk)
        #expect(all.count > 7)
        #expect(all.allSatisfy { $0.applicant.state == .documentsIncomplete && $0.applicant.institutionCode == clerk.institutionCode })
        var forward: [ApplicantRow] = []
        var cursor: ApplicantCursor?
        while true {
            let page = try desk.applicants(filter: filter, order: order, after: cursor, limit: 7, by: clerk)
            forward += page
            guard page.count == 7, let last = page.last else { break }
            cursor = last.cursor
        }
        #expect(forward.map(\.applicant.id) == all.map(\.applicant.id))
        let tail = try desk.applicants(filter: filter, order: order, after: all[5].cursor, backwards: true, limit: 3, by: clerk)
        #expect(tail.map(\.applicant.id) == all[2..<5].map(\.applicant.id))
    }

    /// The students list reads each student's follow-up with its row: what it shows is what
    /// the student's own follow-up read gives, and only the clerk's admitted applicants.
    @Test func studentsCarryTheirOwnFollowUp() throws {
        let (database, clerk) = try filled()
        let students = try DeskRepository(database: database).students(by: clerk)
        #expect(!students.isEmpty)
        #expect(students.allSatisfy { $0.applicant.state == .admitted && $0.applicant.institutionCode == clerk.institutionCode })
        #expect(students.allSatisfy { $0.followUp.admittedOn != nil })
        let applicants = SQLiteApplicantRepository(database: database)
        for student in students {
            #expect(try applicants.followUp(applicantID: student.applicant.id, by: clerk) == student.followUp)
        }
    }

    @Test func searchFindsByFoldedSurnameOrPassport() throws {
        let (database, clerk) = try filled()
        let desk = DeskRepository(database: database)
        let some = try #require(try desk.applicants(filter: ApplicantFilter(), order: .name, after: nil, limit: 1, by: clerk).first)
        let bySurname = try desk.applicants(filter: ApplicantFilter(text: String(some.applicant.surname.prefix(3)).uppercased()),
                                            order: .name, after: nil, limit: 100, by: clerk)
        #expect(bySurname.contains { $0.applicant.id == some.applicant.id })
        let byPassport = try desk.applicants(filter: ApplicantFilter(text: some.applicant.passportNumber.lowercased()),
                                             order: .name, after: nil, limit: 100, by: clerk)
        #expect(byPassport.map(\.applicant.id) == [some.applicant.id])
    }

    @Test func markingDoneTwiceIsRefusedWithWhoDidIt() throws {
        let (database, clerk) = try filled()
        let desk = DeskRepository(database: database)
        let id = try desk.addEvent(applicantID: nil, institutionCode: clerk.institutionCode ?? "", kind: .noticeMinistry,
                                   subject: "2026-11-23", dueOn: CivilDate(year: 2026, month: 11, day: 26), by: clerk)
        try desk.markDone(eventID: id, on: CivilDate(year: 2026, month: 11, day: 24)!, by: clerk)
        let other = Caller(login: "clerk2", role: .clerk, institutionCode: clerk.institutionCode)
        #expect(throws: ConflictError.self) {
            try desk.markDone(eventID: id, on: CivilDate(year: 2026, month: 11, day: 25)!, by: other)
        }
        let event = try #require(try desk.events(institutionCode: clerk.institutionCode, pendingOnly: false).first { $0.id == id })
        #expect(event.doneBy == "clerk1" && event.doneAt != nil)
        #expect(throws: PermissionError.self) {
            try desk.addEvent(applicantID: nil, institutionCode: "X", kind: .yearlyReport, dueOn: nil,
                              by: Caller(login: "s", role: .ssac))
        }
    }
}
