import Testing
@testable import Domain

/// 4.8: who is on a year's report and in what state, from the status history (4.10).
@Suite struct YearlyReportRuleTests {
    private func change(_ date: String, _ to: EducationState) -> YearlyReportRule.Change {
        YearlyReportRule.Change(on: day(date), to: to)
    }

    @Test("4.8: a graduate is reported up to the year of graduation, in that year as graduated, never after")
    func graduateBoundary() {
        let history = [change("2026-06-30", .graduated)]
        let admitted = day("2022-09-20")
        #expect(YearlyReportRule.state(in: 2021, admittedOn: admitted, history: history, current: .graduated) == nil)
        #expect(YearlyReportRule.state(in: 2022, admittedOn: admitted, history: history, current: .graduated) == .studying)
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: history, current: .graduated) == .graduated)
        #expect(YearlyReportRule.state(in: 2027, admittedOn: admitted, history: history, current: .graduated) == nil)
    }

    @Test("4.8: graduated on 31 December is not in the next year; graduated on 1 January is in that year")
    func firstAndLastDay() {
        let admitted = day("2021-09-15")
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: [change("2025-12-31", .graduated)],
                                       current: .graduated) == nil)
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: [change("2026-01-01", .graduated)],
                                       current: .graduated) == .graduated)
        // Admitted on 31 December: a student of that year.
        #expect(YearlyReportRule.state(in: 2026, admittedOn: day("2026-12-31"), history: [], current: .studying) == .studying)
        #expect(YearlyReportRule.state(in: 2025, admittedOn: day("2026-01-01"), history: [], current: .studying) == nil)
    }

    @Test("4.8 with 4.10: a dismissed student is reported in the year of dismissal, and again from the year of reinstatement")
    func reinstatedCountsAgain() {
        let admitted = day("2023-09-15")
        let history = [change("2024-03-01", .dismissed), change("2026-02-02", .studying)]
        #expect(YearlyReportRule.state(in: 2024, admittedOn: admitted, history: history, current: .studying) == .dismissed)
        #expect(YearlyReportRule.state(in: 2025, admittedOn: admitted, history: history, current: .studying) == nil)
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: history, current: .studying) == .studying)
        // Dismissed and reinstated within one year: studying at its end.
        let twice = [change("2025-02-01", .dismissed), change("2025-10-01", .studying)]
        #expect(YearlyReportRule.state(in: 2025, admittedOn: admitted, history: twice, current: .studying) == .studying)
    }

    @Test("4.8 with 4.10: on academic leave at the year's end is a student of that year on leave; transferred leaves")
    func leaveAndTransfer() {
        let admitted = day("2024-09-15")
        let history = [change("2025-11-01", .academicLeave), change("2026-09-01", .studying), change("2027-01-20", .transferred)]
        #expect(YearlyReportRule.state(in: 2025, admittedOn: admitted, history: history, current: .transferred) == .academicLeave)
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: history, current: .transferred) == .studying)
        #expect(YearlyReportRule.state(in: 2027, admittedOn: admitted, history: history, current: .transferred) == .transferred)
        #expect(YearlyReportRule.state(in: 2028, admittedOn: admitted, history: history, current: .transferred) == nil)
    }

    @Test("1.2: a permanent resident has no line in any year")
    func permanentResident() {
        #expect(YearlyReportRule.state(in: 2026, admittedOn: day("2025-09-15"), history: [], current: .studying,
                                       permanentResident: true) == nil)
    }

    @Test("without a history (an imported student) the current state holds since the dismissal date")
    func withoutHistory() {
        let admitted = day("2023-09-15")
        #expect(YearlyReportRule.state(in: 2025, admittedOn: admitted, history: [], current: .dismissed,
                                       closedOn: day("2025-05-01")) == .dismissed)
        #expect(YearlyReportRule.state(in: 2026, admittedOn: admitted, history: [], current: .dismissed,
                                       closedOn: day("2025-05-01")) == nil)
    }

    @Test("4.8: the due day is the first set day from the year's last day on; 4.7 applies to 3.1.2–3.1.4 only")
    func dueDayAnd47() {
        #expect(Deadline.yearlyReport(year: 2026).due == day("2026-12-31"))
        #expect(Deadline.yearlyReport(year: 2026, dueDay: DayOfYear(unchecked: 1, day: 31)).due == day("2027-01-31"))
        #expect(AdmissionBasis.allCases.filter(Deadline.needsActivityNotice).map(\.paragraph) == ["3.1.2", "3.1.3", "3.1.4"])
        let notice = Deadline.activityNotice(admittedOn: day("2026-09-10"))
        #expect(notice.paragraph == "4.7" && notice.due == day("2026-09-10"))
    }
}
