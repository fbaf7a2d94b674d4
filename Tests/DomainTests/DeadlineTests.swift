import Testing
@testable import Domain

@Suite struct DeadlineTests {
    @Test("2.2.4: the residence document is due 90 days after admission")
    func residenceDue() {
        let deadline = Deadline.residenceDocument(admittedOn: day("2026-09-15"))
        #expect(deadline.due == day("2026-12-14"))
        #expect(deadline.paragraph == "2.2.4")
        #expect(deadline.status(on: day("2026-12-04")) == .open(daysLeft: 10))
        #expect(deadline.status(on: day("2026-12-14")) == .open(daysLeft: 0))
        #expect(deadline.status(on: day("2026-12-15")) == .overdue(daysLate: 1))
    }

    @Test("2.2.4: missed, it is the termination ground of contract 3.1.4")
    func residenceMissed() {
        let summary = Deadline.residenceDocument(admittedOn: day("2026-09-15")).summary(on: day("2026-12-20")).en
        #expect(summary == "2.2.4 copy of the document confirming residence in Azerbaijan: due 14.12.2026, overdue by 6 days; missing it is a ground to terminate the contract (contract 3.1.4)")
    }

    @Test("2.2.4: submitted on day 90 is on time, on day 92 is late")
    func residenceSubmitted() {
        #expect(Deadline.residenceDocument(admittedOn: day("2026-09-15"), submittedOn: day("2026-12-14"))
            .status(on: day("2027-01-10")) == .met(on: day("2026-12-14")))
        #expect(Deadline.residenceDocument(admittedOn: day("2026-09-15"), submittedOn: day("2026-12-16"))
            .status(on: day("2027-01-10")) == .metLate(on: day("2026-12-16"), daysLate: 2))
    }

    @Test("4.12: the dismissal notice is due 3 working days later, across a weekend and a holiday")
    func dismissalNotice() {
        let calendar = WorkingDayCalendar(holidays: [day("2026-11-09")])
        let deadline = Deadline.dismissalNotice(dismissedOn: day("2026-11-05"), calendar: calendar)
        #expect(deadline.due == day("2026-11-11"))
        #expect(deadline.status(on: day("2026-11-12")) == .overdue(daysLate: 1))
        #expect(deadline.summary(on: day("2026-11-11")).en.hasSuffix("due 11.11.2026, due today"))
    }

    @Test("2.2.2: the annual payment is due on the contract's date each year")
    func annualPayment() {
        guard let september15 = DayOfYear(month: 9, day: 15), let leapDay = DayOfYear(month: 2, day: 29) else {
            Issue.record("valid days refused"); return
        }
        let deadline = Deadline.annualPayment(contractDate: september15, year: 2027)
        #expect(deadline.due == day("2027-09-15"))
        #expect(deadline.consequence?.en.contains("3.1.2") == true)
        #expect(Deadline.annualPayment(contractDate: leapDay, year: 2027).due == day("2027-02-28"))
        #expect(Deadline.annualPayment(contractDate: leapDay, year: 2028).due == day("2028-02-29"))
        #expect(DayOfYear(month: 4, day: 31) == nil)
    }

    @Test("2.1.1: half the fee is due the day before the academic year starts")
    func admissionPayment() {
        let deadline = Deadline.admissionPayment(academicYearStarts: day("2026-09-15"))
        #expect(deadline.due == day("2026-09-14"))
        #expect(deadline.status(on: day("2026-09-15")) == .overdue(daysLate: 1))
    }

    @Test("4.8: the yearly report is due on the set day, by default 31 December")
    func yearlyReport() {
        #expect(Deadline.yearlyReport(year: 2026).due == day("2026-12-31"))
        guard let february1 = DayOfYear(month: 2, day: 1) else { Issue.record("valid day refused"); return }
        let deadline = Deadline.yearlyReport(year: 2026, dueDay: february1, submittedOn: day("2026-01-20"))
        #expect(deadline.status(on: day("2026-03-01")) == .met(on: day("2026-01-20")))
        #expect(!deadline.status(on: day("2026-03-01")).isPending)
    }

    @Test("deadlines read in Azerbaijani")
    func azerbaijani() {
        let summary = Deadline.residenceDocument(admittedOn: day("2026-09-15")).summary(on: day("2026-12-04")).az
        #expect(summary.hasSuffix("son gün 14.12.2026, 10 gün qalıb"))
    }
}
