import Testing
@testable import Domain

/// 2.1.1, 4.10: a status change is dated neither before the admission order nor before the
/// change it follows (issue 15).
@Suite struct StatusDatesTests {
    let admitted = day("2026-11-27")

    @Test("2.1.1, 4.10: leave dated 01.01.2020 on a student admitted 27.11.2026 is refused, naming the order's date")
    func leaveBeforeAdmission() throws {
        let problem = try #require(StatusDates.problem(.takeAcademicLeave, on: day("2020-01-01"), admittedOn: admitted, last: nil))
        #expect(problem.paragraph == "2.1.1, 4.10")
        #expect(problem.why.en == "academic leave on 01.01.2020: before the admission order of 27.11.2026")
        #expect(problem.short.en == "before the admission order of 27.11.2026 (2.1.1, 4.10)")
        #expect(problem.why.az == "akademik məzuniyyət 01.01.2020 tarixi ilə olmaz: qəbul əmrindən (27.11.2026) əvvəldir")
    }

    @Test("4.10: a return before the leave it ends is refused with the leave's date")
    func returnBeforeLeave() throws {
        let leave = StatusDates.LastChange(on: day("2027-02-01"), to: .academicLeave)
        let problem = try #require(StatusDates.problem(.returnFromLeave, on: day("2027-01-15"), admittedOn: admitted, last: leave))
        #expect(problem.paragraph == "4.10")
        #expect(problem.why.en == "return from academic leave on 15.01.2027: before the leave it ends, which began on 01.02.2027")
        #expect(problem.short.en.hasSuffix("(4.10)"))
    }

    @Test("4.10: any change before the last one on the record is refused; the same day and later are allowed")
    func orderOfTheHistory() {
        let dismissed = StatusDates.LastChange(on: day("2027-03-10"), to: .dismissed)
        let refused = StatusDates.problem(.reinstate, on: day("2027-03-09"), admittedOn: admitted, last: dismissed)
        #expect(refused?.why.en == "reinstatement on 09.03.2027: before the last change on the record (dismissed, 10.03.2027)")
        #expect(StatusDates.problem(.reinstate, on: day("2027-03-10"), admittedOn: admitted, last: dismissed) == nil)
        #expect(StatusDates.problem(.reinstate, on: day("2027-04-01"), admittedOn: admitted, last: dismissed) == nil)
    }

    @Test("the day of the order itself is allowed; without a known admission date only the history is checked")
    func boundaries() {
        #expect(StatusDates.problem(.dismiss, on: admitted, admittedOn: admitted, last: nil) == nil)
        #expect(StatusDates.problem(.dismiss, on: day("2001-01-01"), admittedOn: nil, last: nil) == nil)
    }
}
