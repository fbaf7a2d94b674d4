/// How a foreign student's tuition is arranged, which decides when the admission order
/// may be issued.
public enum TuitionArrangement: Sendable, Hashable {
    /// A paid contract (4.4, 4.6) with the annual fee of the appendix contract.
    case paid(annualFee: Money)
    /// A quota student (3.1.1, 4.5): pays what the intergovernmental contract sets; the
    /// amount it requires before admission (zero if none).
    case quota(dueBeforeOrder: Money)
    /// Compulsory secondary education, which is free for foreigners (4.4).
    case compulsorySecondary
    /// 4.4 "according to contracts that the Republic of Azerbaijan adherents": an exchange or
    /// scholarship student (3.1.2, 3.1.3) whose fee the programme pays; the payer is named.
    case paidByProgramme(payer: String)

    /// The arrangement of a contract: a fee of 0 with a payer named is a programme's student
    /// when the basis is 3.1.2 or 3.1.3 (4.4); otherwise the fee decides (2.1.1).
    public static func of(basis: AdmissionBasis, annualFee: Money, payer: String) -> TuitionArrangement {
        if basis == .quota { return .quota(dueBeforeOrder: .zero) }
        let named = !payer.allSatisfy(\.isWhitespace)
        if annualFee == .zero, named, basis == .internationalProgramme || basis == .institutionContract {
            return .paidByProgramme(payer: payer)
        }
        return .paid(annualFee: annualFee)
    }
}

/// Whether the admission order may be issued, with the paragraph and the reason.
public struct TuitionDecision: Sendable, Hashable {
    public let allowed: Bool
    public let paragraph: String
    public let why: Phrase
    /// What counted towards the condition.
    public let counted: Money
    /// What the condition requires.
    public let required: Money
}

/// The money condition of the admission order.
///
/// "2.1.1" here is clause 2.1.1 of the appendix contract: the institution "issues a
/// decree on the admission of the foreign student … after he/she transfers at least 50%
/// of his/her annual tuition fee … prior to the beginning of the academic year".
/// Semantics chosen where the text is silent:
/// - Only payments made before the first day of the academic year and on or before the
///   order date count (a payment on the first day is not "prior to the beginning").
/// - At least 50 % is compared exactly in qəpik (3500.01 needs 1750.01).
/// - A quota student's order depends on the intergovernmental contract (4.5), not on the
///   50 % of 2.1.1; the amount it requires before the order is an input.
public enum TuitionRule {
    public static func admissionOrder(_ arrangement: TuitionArrangement, payments: [Payment],
                                      academicYearStarts: CivilDate, orderDate: CivilDate) -> TuitionDecision {
        switch arrangement {
        case .paidByProgramme(let payer):
            return TuitionDecision(allowed: true, paragraph: "4.4", why: Phrases.programmePays(payer),
                                   counted: .zero, required: .zero)
        case .compulsorySecondary:
            return TuitionDecision(allowed: true, paragraph: "4.4", why: Phrases.compulsorySecondaryFree,
                                   counted: .zero, required: .zero)
        case .quota(let due):
            let counted = sum(payments.filter { $0.paidOn <= orderDate })
            let allowed = counted >= due
            let why = due <= .zero ? Phrases.quotaNothingDue
                : allowed ? Phrases.quotaPaid(counted, due: due) : Phrases.quotaNotPaid(counted, due: due)
            return TuitionDecision(allowed: allowed, paragraph: "4.5", why: why, counted: counted, required: due)
        case .paid(let fee):
            guard fee > .zero else {
                return TuitionDecision(allowed: false, paragraph: "2.1.1", why: Phrases.annualFeeNotSet,
                                       counted: .zero, required: .zero)
            }
            let counted = sum(payments.filter { $0.paidOn < academicYearStarts && $0.paidOn <= orderDate })
            let required = fee.halfRoundedUp
            let late = sum(payments.filter { $0.paidOn >= academicYearStarts && $0.paidOn <= orderDate })
            let why: Phrase
            if counted >= required {
                why = Phrases.halfFeePaid(counted, fee: fee, required: required, yearStarts: academicYearStarts)
            } else {
                why = Phrases.halfFeeNotPaid(counted, fee: fee, required: required, yearStarts: academicYearStarts,
                                             lateAmount: late > .zero ? late : nil)
            }
            return TuitionDecision(allowed: counted >= required, paragraph: "2.1.1", why: why, counted: counted,
                                   required: required)
        }
    }

    static func sum(_ payments: [Payment]) -> Money {
        payments.reduce(.zero) { $0 + $1.amount }
    }
}
