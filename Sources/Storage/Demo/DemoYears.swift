import Domain

/// Foreign students over the last five academic years for the demo, so every year's 4.8
/// report, the deadlines list and the students list show something true: admitted each
/// autumn with their documents, contract and payments; residence documents (2.2.4) with their
/// FİN; graduates with diplomas (4.9); academic leave, dismissal with its 4.12 notices done or
/// overdue, reinstatement, transfer (4.10); the 4.7 notices and the 4.8 reports of past years
/// marked sent. Written the way the desk writes them (registry record, status history, desk
/// events), as the demo administrator.
extension DemoGenerator {
    /// What happens to a student of the demo after admission.
    enum Fate: CaseIterable {
        case graduates, master, leave, dismissed, reinstated, transferred, programme, lateResidence
    }

    /// The academic year `today` is in (it starts on 15 September).
    static func academicYear(of today: CivilDate) -> Int {
        today >= (CivilDate(year: today.year, month: 9, day: 15) ?? today) ? today.year : today.year - 1
    }

    /// The institution with the most applicants (the demo administrator's desk).
    /// The institution with the lowest id (a demo registry without applicants).
    public static func firstInstitution(_ database: Database) throws -> String? {
        try database.first("SELECT code FROM institution ORDER BY id LIMIT 1") { $0.text(0) }
    }

    public static func busiestInstitution(_ database: Database) throws -> String? {
        try database.first("""
            SELECT institution_code FROM applicant GROUP BY institution_code ORDER BY count(*) DESC, institution_code LIMIT 1
            """) { $0.text(0) }
    }

    /// Adds the students admitted in the five academic years before `today`'s at `institution`,
    /// one of each `Fate` a year, and four of this year's. Returns how many were added.
    @discardableResult
    public func populateYears(_ database: Database, institution: String, today: CivilDate = .today(),
                              login: String = "demo") throws -> Int {
        var random = SeededRandom(seed: seed &+ 0x9EA25)
        let caller = Caller(login: login, role: .admin, institutionCode: institution)
        let current = Self.academicYear(of: today)
        let calendar = try SQLiteSettingsRepository(database: database)
            .workingDayCalendar(from: CivilDate(year: current - 6, month: 1, day: 1) ?? today, to: today.adding(days: 400))
        var added = 0
        let base = try database.scalarInt("SELECT coalesce(max(id), 0) FROM applicant")
        try database.write {
            for year in (current - 5)...current {
                // This year's cohort is new: studying, one without the residence document yet
                // (2.2.4 overdue, no FİN), one on 3.1.2 whose 4.7 notice is still to send.
                let fates: [Fate] = year == current ? [.graduates, .master, .programme, .lateResidence] : Fate.allCases
                for (index, fate) in fates.enumerated() {
                    try addStudent(database, fate: fate, cohort: year, index: index, serial: base + added + 1,
                                   institution: institution, today: today, calendar: calendar, caller: caller, random: &random)
                    added += 1
                }
            }
            try markReports(database, institution: institution, from: current - 5, through: today.year - 1, today: today,
                            caller: caller)
        }
        return added
    }

    // MARK: - One student

    private func addStudent(_ database: Database, fate: Fate, cohort: Int, index: Int, serial: Int, institution: String,
                            today: CivilDate,
                            calendar: WorkingDayCalendar, caller: Caller, random: inout SeededRandom) throws {
        let applicants = SQLiteApplicantRepository(database: database)
        let desk = DeskRepository(database: database)
        let country = Self.countries[random.below(Self.countries.count)]
        let female = random.chance(0.45)
        var surname = country.surnames[random.below(country.surnames.count)]
        if female && country.patronymic && surname.hasSuffix("v") { surname += "a" }
        let name = female ? country.female[random.below(country.female.count)] : country.male[random.below(country.male.count)]
        let level: EducationLevel = fate == .master ? .master : .bachelor
        let years = level == .master ? 2 : 4
        let admitted = CivilDate(year: cohort, month: 8, day: 25 + random.below(6)) ?? today
        let basis: AdmissionBasis = fate == .programme ? .internationalProgramme
            : [.individualContract, .individualContract, .legalEntityContract, .quota][random.below(4)]
        let major = DemoNames.majors[random.skewed(min(8, DemoNames.majors.count))].code
        let applicant = try applicants.add(Applicant(
            surname: surname, name: name, fatherName: country.patronymic ? country.male[random.below(country.male.count)] : "",
            citizenship: country.code, birthDate: CivilDate(year: cohort - (level == .master ? 22 : 18), month: 1 + random.below(12),
                                                            day: 1 + random.below(28)) ?? today,
            passportNumber: country.code + "Y" + Self.registrationNumber(Int64(serial)),
            passportExpiry: CivilDate(year: cohort + 10, month: 6, day: 1) ?? today, institutionCode: institution,
            majorCode: major, level: level, programLanguage: random.chance(0.5) ? "az" : "en", studyForm: .fullTime, basis: basis,
            previous: PreviousEducation(level: level == .master ? .bachelor : .generalSecondary, country: country.code,
                                        institution: "", language: country.language, completedInAzerbaijan: false,
                                        continuesToNextLevel: false),
            yearsOfStudy: years, contact: "+\(900_000_000 + random.below(99_999_999))", state: .ready), by: caller)
        let received = admitted.adding(days: -40)
        for paragraph in ["3.4.1", "3.4.2", "3.4.3", "3.4.4", "3.4.5"] {
            let details: [String: String]
            switch paragraph {
            case "3.4.2": details = ["lists_subjects_and_marks": "yes", "authentication": "apostille", "translation": "notarised"]
            case "3.4.3": details = ["hiv": "yes", "hepatitis_b": "yes", "hepatitis_c": "yes"]
            case "3.4.4": details = ["kind": "passport", "number": applicant.passportNumber]
            case "3.4.5": details = ["count": "6"]
            default: details = [:]
            }
            _ = try applicants.add(DocumentRecord(applicantID: applicant.id, paragraph: paragraph, receivedOn: received,
                                                  validUntil: paragraph == "3.4.4" ? applicant.passportExpiry : nil,
                                                  details: details), by: caller)
        }
        // The contract and a year's payments, each academic year up to this one (2.1.1, 2.2.2).
        let fee = [3_500_00, 4_000_00, 4_500_00, 5_000_00][random.below(4)]
        let contract = try applicants.save(ContractRecord(
            applicantID: applicant.id, number: "\(institution)-\(cohort)-\(applicant.id)", signedOn: admitted.adding(days: -10),
            city: "Bakı", studentAddress: "Bakı, Yasamal r-nu", annualFeeQepik: fee, paymentDueMonth: 9, paymentDueDay: 15),
            by: caller)
        _ = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id, amountQepik: fee / 2,
                                             paidOn: admitted.adding(days: -5), academicYear: cohort, reference: "PAY\(applicant.id)-1"),
                               by: caller)

        // 3.5 and 2.1.1 → 4.11: the language decision recorded (with the institution's assessment
        // where it is needed), then the order through the desk's one path.
        let service = DeskService(database: database, caller: caller)
        let language = try service.recordLanguageDecision(applicantID: applicant.id, on: admitted.adding(days: -12))
        if language.outcome == .assessmentRequired {
            try service.recordAssessment(applicantID: applicant.id, LanguageAssessment(
                on: admitted.adding(days: -10), result: ["B2", "C1", "82/100"][random.below(3)], passed: true,
                assessor: "Dil komissiyası"))
        }
        var stored = try service.admit(applicantID: applicant.id, expectedVersion: applicant.version, on: admitted,
                                       funding: basis == .quota ? .state : .paid,
                                       orderNumber: "\(admitted.year)/\(applicant.id)-Q")

        // 2.2.4 with the FİN from the residence permit: on time, or late (day 95).
        let residenceOn = admitted.adding(days: fate == .lateResidence ? 95 : 20 + random.below(50))
        if residenceOn <= today {
            stored = try service.recordResidence(applicantID: applicant.id, expectedVersion: stored.version,
                                                 documentNumber: "MI-\(cohort)-\(applicant.id)", on: residenceOn,
                                                 pin: Self.pin(number: UInt64(applicant.id) &+ 900_000, seed: seed &+ 77))
        }
        // 4.7: the Ministry informed within a week of an admission on 3.1.2–3.1.4.
        if Deadline.needsActivityNotice(basis), cohort < Self.academicYear(of: today) {
            try desk.addEvent(applicantID: applicant.id, institutionCode: institution, kind: .activityNotice, subject: basis.paragraph,
                              dueOn: admitted, doneOn: admitted.adding(days: 3 + random.below(4)), by: caller)
        }

        // 4.9 and 4.10: what happens next, only what has happened by `today`.
        var changes: [(CivilDate, StatusEvent)] = []
        func on(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) ?? today }
        let diploma = Diploma(series: level == .master ? "XM" : "XB",
                              registrationNumber: Self.registrationNumber(Int64(9_000_000) + applicant.id),
                              issueDate: on(cohort + years, 6, 30), level: random.chance(0.2) ? .honours : .ordinary)
        switch fate {
        case .graduates, .programme, .lateResidence, .master:
            changes.append((diploma.issueDate, .graduate(diploma)))
        case .leave:
            changes.append((on(cohort + 1, 2, 1), .takeAcademicLeave))
            changes.append((on(cohort + 2, 9, 10), .returnFromLeave))
        case .dismissed:
            // The most recent cohort's dismissal is this month, its notices still open.
            let date = cohort == Self.academicYear(of: today) - 1 ? today.adding(days: -8) : on(cohort + 1, 11, 3)
            changes.append((date, .dismiss(.unpaidTuition)))
        case .reinstated:
            changes.append((on(cohort + 1, 3, 2), .dismiss(.discipline)))
            changes.append((on(cohort + 2, 9, 12), .reinstate))
        case .transferred:
            changes.append((on(cohort + 1, 2, 10), .transfer(.institution("ADNSU"))))
        }
        for (date, event) in changes where date <= today {
            let change = try service.changeStatus(applicantID: applicant.id, expectedVersion: stored.version, event: event, on: date)
            guard let current = try applicants.applicant(id: applicant.id, by: caller) else { break }
            stored = current
            guard let due = change.deadlines.first(where: { $0.kind == .dismissalNotice })?.due else { continue }
            // 4.12: past dismissals were reported in time; this month's to the Ministry only.
            let recent = today.days(until: date) > -30
            for notice in try desk.events(applicantID: applicant.id, by: caller)
            where (notice.kind == .noticeMinistry || notice.kind == .noticeMigration) && notice.doneOn == nil
                && (!recent || notice.kind == .noticeMinistry) {
                let doneOn = recent ? date.adding(days: 1) : calendar.adding(workingDays: 2, to: date)
                try database.run("UPDATE desk_event SET done_on = ?, done_by = ?, done_at = ? WHERE id = ?",
                                 [doneOn.description, caller.login, doneOn.description + "T10:00:00Z", notice.id])
            }
            if !recent {
                var followUp = try applicants.followUp(applicantID: applicant.id, by: caller)
                followUp.dismissalNoticeOn = min(due, calendar.adding(workingDays: 2, to: date))
                stored = try applicants.saveFollowUp(followUp, applicantID: applicant.id, expectedVersion: stored.version,
                                                     by: caller)
            }
        }
        let followUp = try applicants.followUp(applicantID: applicant.id, by: caller)
        // 2.2.2: each later year paid by 15 September while studying, except a few this year.
        let active = !YearlyReportRule.isClosed(followUp.educationState ?? .studying)
        for year in cohort...Self.academicYear(of: today) {
            let due = on(year, 9, 15)
            guard due <= today, year == cohort || active || changes.contains(where: { $0.0 > due && $0.0 <= today }) else { continue }
            if year == Self.academicYear(of: today) && index % 3 == 1 { continue }
            _ = try applicants.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id,
                                                 amountQepik: year == cohort ? fee - fee / 2 : fee,
                                                 paidOn: due.adding(days: -random.below(20)), academicYear: year,
                                                 reference: "PAY\(applicant.id)-\(year)"), by: caller)
        }
    }

    /// 4.8: the reports of past years marked sent to both bodies on 20 December; last year's
    /// to the Ministry only, so the list shows the State Statistics Committee's as overdue.
    private func markReports(_ database: Database, institution: String, from first: Int, through last: Int, today: CivilDate,
                             caller: Caller) throws {
        guard first <= last else { return }
        let desk = DeskRepository(database: database)
        for year in first...last {
            let sent = CivilDate(year: year, month: 12, day: 20) ?? today
            guard sent <= today else { continue }
            let kinds: [DeskEventKind] = year == last ? [.yearlyReport] : [.yearlyReport, .yearlyReportStatistics]
            for kind in kinds where try desk.event(institutionCode: institution, kind: kind, subject: String(year), applicantID: nil) == nil {
                try desk.addEvent(applicantID: nil, institutionCode: institution, kind: kind, subject: String(year),
                                  dueOn: Deadline.yearlyReport(year: year).due, doneOn: sent, by: caller)
            }
        }
    }
}
