import Testing
@testable import Domain

private let yearStarts = day("2026-09-15")
private let orderDay = day("2026-09-10")

private func manat(_ text: String) -> Money {
    guard let money = Money.parse(text) else { fatalError("bad amount \(text)") }
    return money
}

private func order(_ arrangement: TuitionArrangement, _ payments: [(String, String)],
                   on date: CivilDate = orderDay) -> TuitionDecision {
    TuitionRule.admissionOrder(arrangement, payments: payments.map { Payment(amount: manat($0.0), paidOn: day($0.1)) },
                               academicYearStarts: yearStarts, orderDate: date)
}

@Suite struct TuitionRuleTests {
    @Test("2.1.1: 49.99 % before the academic year is not enough; 50 % is",
          arguments: [("1749.99", false), ("1750", true), ("3500", true)])
    func halfTheFee(paid: String, allowed: Bool) {
        let decision = order(.paid(annualFee: manat("3500")), [(paid, "2026-08-01")])
        #expect(decision.allowed == allowed)
        #expect(decision.paragraph == "2.1.1")
        #expect(decision.required == manat("1750"))
    }

    @Test("2.1.1: several payments before the year add up")
    func paymentsAddUp() {
        let decision = order(.paid(annualFee: manat("3500")), [("1000", "2026-07-01"), ("750", "2026-08-20")])
        #expect(decision.allowed)
        #expect(decision.counted == manat("1750"))
        #expect(decision.why.en.hasPrefix("1750.00 of the annual fee of 3500.00 manat was paid before"))
    }

    @Test("2.1.1: at least 50 % of an odd fee is rounded up to the qəpik, never down")
    func oddFee() {
        #expect(!order(.paid(annualFee: manat("3500.01")), [("1750", "2026-08-01")]).allowed)
        #expect(order(.paid(annualFee: manat("3500.01")), [("1750.01", "2026-08-01")]).allowed)
    }

    @Test("2.1.1: a payment on or after the first day of the academic year does not count, and the reason says so")
    func latePaymentDoesNotCount() {
        let decision = order(.paid(annualFee: manat("3500")), [("500", "2026-08-01"), ("3000", "2026-09-15")],
                             on: day("2026-09-20"))
        #expect(!decision.allowed)
        #expect(decision.counted == manat("500"))
        #expect(decision.why.en.contains("3000.00 paid on or after 15.09.2026 does not count"))
    }

    @Test("2.1.1: a payment after the order date does not count for that order")
    func paymentAfterOrder() {
        #expect(!order(.paid(annualFee: manat("3500")), [("3500", "2026-09-12")]).allowed)
    }

    @Test("2.1.1: without an annual fee the 50 % cannot be counted")
    func feeNotSet() {
        let decision = order(.paid(annualFee: .zero), [("100", "2026-08-01")])
        #expect(!decision.allowed)
        #expect(decision.why.en.contains("annual tuition fee is not set"))
    }

    @Test("4.4: compulsory secondary education is free: the order is allowed without payment")
    func compulsorySecondary() {
        let decision = order(.compulsorySecondary, [])
        #expect(decision.allowed)
        #expect(decision.paragraph == "4.4")
    }

    @Test("4.5: a quota student pays per the intergovernmental contract, not 50 %")
    func quota() {
        let nothingDue = order(.quota(dueBeforeOrder: .zero), [])
        #expect(nothingDue.allowed)
        #expect(nothingDue.paragraph == "4.5")
        #expect(!order(.quota(dueBeforeOrder: manat("1000")), [("999.99", "2026-08-01")]).allowed)
        #expect(order(.quota(dueBeforeOrder: manat("1000")), [("1000", "2026-09-16")], on: day("2026-09-20")).allowed)
    }

    @Test("amounts are read exactly or refused")
    func moneyParsing() {
        #expect(Money.parse("3500")?.qepik == 350_000)
        #expect(Money.parse("3 500,5")?.qepik == 350_050)
        #expect(Money.parse("0.07")?.qepik == 7)
        for bad in ["", "-1", "1.234", "12a", "1,000.00", "1e3", ".5"] { #expect(Money.parse(bad) == nil) }
        #expect(Money(qepik: 350_005).description == "3500.05")
        #expect(Money(qepik: -5).description == "-0.05")
    }
}
