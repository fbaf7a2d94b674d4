import Domain
import Testing
@testable import Storage

/// The demo spans years (issue 13): every year's 4.8 report, the deadlines list and the
/// inquiries show something true.
@Suite struct DemoYearsTests {
    let today = TestSupport.date("2026-11-27")

    private func demo() throws -> (Database, String) {
        let database = try Store.inMemory()
        let generator = DemoGenerator(seed: 5)
        try generator.populateRegistry(database, persons: 200, thisYear: 2026)
        try generator.populateApplicants(database, count: 150, thisYear: 2026)
        try generator.populateHolidays(database, year: 2026)
        try generator.populateHolidays(database, year: 2027)
        let institution = try #require(try DemoGenerator.busiestInstitution(database))
        #expect(try generator.populateYears(database, institution: institution, today: today) == 44)
        #expect(try generator.populateInquiries(database) == 7)
        return (database, institution)
    }

    @Test("4.8 over years: each of the five past years has students, graduates leave, a reinstated student comes back")
    func everyYearHasAReport() throws {
        let (database, institution) = try demo()
        let clerk = Caller(login: "aysel", role: .clerk, institutionCode: institution)
        var counts: [Int] = []
        for year in 2021...2026 {
            let report = try YearlyReport(year: year, by: clerk, database: database)
            counts.append(report.lines.count)
            #expect(!report.lines.isEmpty, "the \(year) report is empty")
        }
        #expect(counts == counts.sorted(), "more students each year as cohorts arrive: \(counts)")
        let states = try YearlyReport(year: 2025, by: clerk, database: database).lines.map(\.state)
        for state in [EducationState.graduated, .dismissed, .studying] { #expect(states.contains(state)) }
        // A 2021 bachelor graduated in June 2025: on 2025's report, not on 2026's.
        let graduates2025 = try YearlyReport(year: 2025, by: clerk, database: database).lines.filter { $0.state == .graduated }
        let in2026 = Set(try YearlyReport(year: 2026, by: clerk, database: database).lines.map(\.applicant.id))
        #expect(graduates2025.allSatisfy { !in2026.contains($0.applicant.id) })
        #expect(graduates2025.allSatisfy { $0.pin != nil }, "graduates carry their FİN")
        // Past reports were sent to both bodies; last year's only to the Ministry.
        #expect(try YearlyReport(year: 2024, by: clerk, database: database).sent.count == 2)
        #expect(try YearlyReport(year: 2025, by: clerk, database: database).sent.keys.map(\.rawValue) == ["ministry"])
    }

    @Test("demo graduates are found by PIN with their diploma; holidays for this year and next; inquiries in every state")
    func graduatesHolidaysInquiries() throws {
        let (database, _) = try demo()
        let pin = try #require(try database.first("""
            SELECT r.pin FROM student_record r JOIN diploma d ON d.student_record_id = r.id WHERE d.series = 'XB' LIMIT 1
            """) { $0.text(0) })
        let service = RegistryService(database: database, caller: TestSupport.ssac)
        let records = try service.records(pin: PIN(unchecked: pin), purpose: .citizenRequest)
        #expect(records.first?.diploma?.series == "XB")
        let settings = SQLiteSettingsRepository(database: database)
        #expect(try settings.holidayWarning(on: today) == nil)
        #expect(try settings.holidays(year: 2027).contains { $0.name == "Novruz bayramı" })
        let states = try database.rows("SELECT DISTINCT state FROM inquiry ORDER BY state") { $0.text(0) }
        #expect(states == ["answered", "approved", "open", "rejected"])
        let approvedWithoutPIN = try database.scalarInt("""
            SELECT count(*) FROM inquiry_event WHERE kind = 'approved' AND detail LIKE '%predates PINs%'
            """)
        #expect(approvedWithoutPIN == 1)
    }

    @Test("the demo's deadlines: a 4.12 notice overdue, last year's report to the Statistics Committee, 2.2.2 unpaid")
    func deadlinesShowWhatIsOwed() throws {
        let (database, institution) = try demo()
        let clerk = Caller(login: "aysel", role: .clerk, institutionCode: institution)
        let lines = try DeskDeadlines(database: database).pending(on: today, by: clerk)
        #expect(lines.contains { line in
            guard line.deadline.kind == .dismissalNotice, line.detail == .noticeMigration,
                  case .overdue = line.deadline.status(on: today) else { return false }
            return true
        })
        #expect(lines.contains { $0.deadline.kind == .yearlyReport && $0.subject == "2025" && $0.detail == .yearlyReportStatistics })
        #expect(!lines.contains { $0.deadline.kind == .yearlyReport && $0.subject == "2024" })
        #expect(lines.contains { $0.deadline.kind == .annualPayment && $0.subject == "2026" })
        // This year's cohort: a residence document still missing, a 4.7 notice still to send.
        #expect(lines.contains { $0.deadline.kind == .residenceDocument && $0.deadline.start.year == 2026
                                 && $0.deadline.start.month == 8 })
        #expect(lines.contains { $0.deadline.kind == .activityNotice && $0.deadline.start.month == 8 })
    }
}
