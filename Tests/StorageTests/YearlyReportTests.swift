import Domain
import Testing
@testable import Storage

/// 4.8 over years from the stored status history, its two done-marks and due day; the 4.7
/// notice and the 2.1.1 payment on the deadlines list.
@Suite struct YearlyReportTests {
    let database: Database
    let applicants: SQLiteApplicantRepository
    let registry: SQLiteRegistryRepository
    let clerk = Caller(login: "aysel", role: .clerk, institutionCode: "BDU")

    init() throws {
        database = try TestSupport.database()
        applicants = SQLiteApplicantRepository(database: database)
        registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
    }

    /// An admitted foreign student with a registry record (4.11) and the given status changes.
    @discardableResult
    private func student(_ surname: String, passport: String, admitted: String, pin: String? = nil,
                         basis: AdmissionBasis = .individualContract, permanentResident: Bool = false,
                         changes: [(String, EducationState)] = []) throws -> Applicant {
        var applicant = TestSupport.applicant(surname: surname, passport: passport)
        applicant.basis = basis
        applicant.permanentResident = permanentResident
        let added = try applicants.add(applicant, by: clerk)
        let admittedOn = TestSupport.date(admitted)
        var record = try registry.add(TestSupport.record(surname: surname, pin: pin, year: admittedOn.year), by: TestSupport.admin)
        for (date, state) in changes {
            record = try registry.changeState(recordID: record.id, to: state, on: TestSupport.date(date), reason: "",
                                              orderNumber: "", expectedVersion: record.version, by: TestSupport.admin)
        }
        let admittedApplicant = try applicants.changeState(applicantID: added.id, to: .admitted, on: admittedOn, paragraph: "2.1.1",
                                                           reason: "", expectedVersion: added.version, by: clerk)
        return try applicants.saveFollowUp(AdmissionFollowUp(admittedOn: admittedOn, educationState: record.educationState,
                                                             studentRecordID: record.id),
                                           applicantID: added.id, expectedVersion: admittedApplicant.version, by: clerk)
    }

    private func names(_ year: Int) throws -> [String] {
        try YearlyReport(year: year, by: clerk, database: database).lines.map { "\($0.applicant.surname) \($0.state.rawValue)" }
    }

    @Test("4.8: membership and year-end state over years — graduated, dismissed, reinstated, permanent resident")
    func membershipOverYears() throws {
        try student("Əliyev", passport: "P1", admitted: "2023-09-10", pin: "AB12CD3", changes: [("2025-06-30", .graduated)])
        try student("Kaya", passport: "P2", admitted: "2024-09-12",
                    changes: [("2024-11-03", .dismissed), ("2026-02-02", .studying)])
        try student("Demir", passport: "P3", admitted: "2025-09-12", permanentResident: true)
        #expect(try names(2023) == ["Əliyev studying"])
        #expect(try names(2024) == ["Əliyev studying", "Kaya dismissed"])
        #expect(try names(2025) == ["Əliyev graduated"])
        #expect(try names(2026) == ["Kaya studying"])
        let report = try YearlyReport(year: 2024, by: clerk, database: database)
        #expect(report.lines.map { $0.pin?.value } == ["AB12CD3", nil])
        #expect(report.csv.hasPrefix("number,surname,name,father_name,citizenship,birth_date,passport,pin,level"))
        #expect(report.csv.contains(",P1,AB12CD3,bachelor,"))
        // The file people open (issue 15): BOM, semicolons, words of the reader's language.
        let az = report.spreadsheet(.az).components(separatedBy: "\r\n")
        #expect(az[0] == "\u{FEFF}№;Soyad;Ad;Ata adı;Vətəndaşlıq;Təvəllüd;Pasport nömrəsi;FİN;Səviyyə;İxtisas (kod);"
                + "Tədris dili;Təhsil forması;Qəbul əsası;Qəbul;Status")
        #expect(az[1].contains(";P1;AB12CD3;bakalavr;") && az[1].contains(";təhsil alır"), "\(az[1])")
        #expect(!report.spreadsheet(.en).contains("bakalavr"), "English has no Azerbaijani values")
        #expect(report.spreadsheet(.en).components(separatedBy: "\r\n")[1].contains(";P1;AB12CD3;bachelor;"))
    }

    @Test("4.8: two done-marks, each kept with who and when, a second mark refused; the due day follows the setting")
    func twoAddressees() throws {
        try student("Əliyev", passport: "P1", admitted: "2025-09-10")
        let today = TestSupport.date("2026-01-20")
        _ = try SQLiteSettingsRepository(database: database).set(named: "report.yearly-due-day", to: "01-31", by: TestSupport.admin)
        var pending = try DeskDeadlines(database: database).pending(on: today, by: clerk).filter { $0.deadline.kind == .yearlyReport }
        #expect(pending.map { "\($0.subject) \($0.detail?.rawValue ?? "") \($0.deadline.due)" } == [
            "2025 yearly-report 2026-01-31", "2025 yearly-report-statistics 2026-01-31",
            "2026 yearly-report 2027-01-31", "2026 yearly-report-statistics 2027-01-31",
        ])
        try YearlyReport.markSent(year: 2025, to: .ministry, on: today, by: clerk, database: database)
        #expect(throws: ConflictError.self) {
            try YearlyReport.markSent(year: 2025, to: .ministry, on: today, by: clerk, database: database)
        }
        let report = try YearlyReport(year: 2025, by: clerk, database: database)
        #expect(report.sent[.ministry]?.doneBy == "aysel" && report.sent[.ministry]?.doneOn == today)
        #expect(report.sent[.statistics] == nil)
        #expect(report.deadline.due == TestSupport.date("2026-01-31"))
        pending = try DeskDeadlines(database: database).pending(on: today, by: clerk).filter { $0.deadline.kind == .yearlyReport }
        #expect(pending.map(\.subject) == ["2025", "2026", "2026"])
        #expect(throws: PermissionError.self) { try YearlyReport(year: 2025, by: TestSupport.ssac, database: database) }
    }

    @Test("4.7: a student admitted on 3.1.2, 3.1.3 or 3.1.4 puts the Ministry notice on the list until it is marked done")
    func activityNotice() throws {
        try student("Yılmaz", passport: "P1", admitted: "2026-09-10", basis: .internationalProgramme)
        try student("Kaya", passport: "P2", admitted: "2026-09-10", basis: .individualContract)
        let today = TestSupport.date("2026-09-20")
        let deadlines = DeskDeadlines(database: database)
        let notices = try deadlines.pending(on: today, by: clerk).filter { $0.deadline.kind == .activityNotice }
        #expect(notices.map(\.who) == ["Yılmaz Mehmet"])
        #expect(notices.first?.what.en == "3.1.2 admission → Ministry of Education (and founder body)")
        #expect(notices.first?.deadline.due == TestSupport.date("2026-09-10"))
        try deadlines.markDone(try #require(notices.first), on: today, by: clerk)
        #expect(try deadlines.pending(on: today, by: clerk).allSatisfy { $0.deadline.kind != .activityNotice })
    }

    @Test("2.1.1: an applicant with a contract is listed until half the fee is paid, due the day before 15 September")
    func admissionPayment() throws {
        let applicant = try applicants.add(TestSupport.applicant(), by: clerk)
        let contract = try applicants.save(ContractRecord(applicantID: applicant.id, number: "BDU-1", signedOn: TestSupport.date("2026-06-01"),
                                                          annualFeeQepik: 400_000), by: clerk)
        _ = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id, amountQepik: 100_000,
                                             paidOn: TestSupport.date("2026-06-02"), academicYear: 2026), by: clerk)
        let deadlines = DeskDeadlines(database: database)
        let today = TestSupport.date("2026-07-01")
        let line = try #require(try deadlines.pending(on: today, by: clerk).first { $0.deadline.kind == .admissionPayment })
        #expect(line.deadline.due == TestSupport.date("2026-09-14"))
        #expect(line.what.en == "at least 50 % of the annual fee before the 2026/2027 academic year")
        _ = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id, amountQepik: 100_000,
                                             paidOn: TestSupport.date("2026-07-01"), academicYear: 2026), by: clerk)
        #expect(try deadlines.pending(on: today, by: clerk).allSatisfy { $0.deadline.kind != .admissionPayment })
    }

    @Test("migration 8: a report marked before it was split is marked for both addressees")
    func oldMarksCountForBoth() throws {
        let path = try TestSupport.directory().appendingPathComponent("old.db").path
        do {
            let old = try Database(path: path)
            try Migrator.migrate(old, migrations: Schema.migrations.filter { $0.number < 8 })
            try old.execute("""
                INSERT INTO desk_event(institution_code, kind, subject, due_on, done_on, done_by, recorded_by)
                VALUES ('BDU', 'yearly-report', '2025', '2025-12-31', '2025-12-20', 'aysel', 'aysel');
                """)
        }
        let upgraded = try Store.open(path: path)
        let kinds = try upgraded.rows("SELECT kind || ' ' || done_by FROM desk_event ORDER BY id") { $0.text(0) }
        #expect(kinds == ["yearly-report aysel", "yearly-report-statistics aysel"])
    }
}
