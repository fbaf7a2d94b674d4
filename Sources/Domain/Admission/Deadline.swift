/// A date by which something must be done for a foreign student, the paragraph that sets
/// it, and what follows if it is missed.
///
/// Paragraphs: 2.1.1, 2.2.2 and 2.2.4 are clauses of the appendix contract (its 3.1.2 and
/// 3.1.4 are the termination grounds); 4.8 and 4.12 are paragraphs of the regulations.
/// Semantics chosen where the text is silent:
/// - 2.2.4 counts 90 calendar days from the admission date (day 90 is the last day) and
///   is not moved off weekends: the text says days, not working days.
/// - 4.12 counts 3 working days after the dismissal date (the dismissal day is not one of
///   them); the notice goes to both the Ministry of Education and the State Migration
///   Service and is done when both have it.
/// - 2.1.1: at least half the fee before the academic year starts: due the day before.
/// - 4.8 says "once a year" without a date: the due day is a setting (default 31 December);
///   a year's report is due on the first such day from the year's last day on (31 December of
///   the year itself; 31 January of the next year when the setting says 01-31).
/// - 4.7 gives no period for informing the Ministry of Education of a student admitted on
///   3.1.2, 3.1.3 or 3.1.4: the notice accompanies the admission and is due on the order date.
public struct Deadline: Sendable, Hashable {
    /// Which obligation this is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case admissionPayment = "2.1.1"
        case annualPayment = "2.2.2"
        case residenceDocument = "2.2.4"
        case activityNotice = "4.7"
        case yearlyReport = "4.8"
        case dismissalNotice = "4.12"

        public var paragraph: String { rawValue }
    }

    public let kind: Kind
    /// The event the deadline counts from (admission, dismissal, the start of the year).
    public let start: CivilDate
    /// The last day on which doing it is on time.
    public let due: CivilDate
    /// When it was done, if it was.
    public let completedOn: CivilDate?

    public init(kind: Kind, start: CivilDate, due: CivilDate, completedOn: CivilDate? = nil) {
        self.kind = kind
        self.start = start
        self.due = due
        self.completedOn = completedOn
    }

    public var paragraph: String { kind.paragraph }

    /// 2.2.4: a copy of the residence document within 90 days of admission.
    public static func residenceDocument(admittedOn: CivilDate, submittedOn: CivilDate? = nil) -> Deadline {
        Deadline(kind: .residenceDocument, start: admittedOn, due: admittedOn.adding(days: 90),
                 completedOn: submittedOn)
    }

    /// 4.12: dismissal reported to the Ministry of Education and the State Migration Service
    /// within 3 working days. `reportedOn` is when the later of the two notices went out.
    public static func dismissalNotice(dismissedOn: CivilDate, calendar: WorkingDayCalendar,
                                       reportedOn: CivilDate? = nil) -> Deadline {
        Deadline(kind: .dismissalNotice, start: dismissedOn, due: calendar.adding(workingDays: 3, to: dismissedOn),
                 completedOn: reportedOn)
    }

    /// 2.2.2: the year's tuition by the contract's date (the date in `year`).
    public static func annualPayment(contractDate: DayOfYear, year: Int, paidOn: CivilDate? = nil) -> Deadline {
        let due = contractDate.date(in: year)
        return Deadline(kind: .annualPayment, start: CivilDate(year: year, month: 1, day: 1) ?? due, due: due,
                        completedOn: paidOn)
    }

    /// 2.1.1: at least 50 % of the annual fee before the academic year starts.
    public static func admissionPayment(academicYearStarts: CivilDate, paidOn: CivilDate? = nil) -> Deadline {
        Deadline(kind: .admissionPayment, start: academicYearStarts, due: academicYearStarts.adding(days: -1),
                 completedOn: paidOn)
    }

    /// 4.8: the yearly report on foreign students for `year`, due on the first `dueDay` from
    /// the year's last day on.
    public static func yearlyReport(year: Int, dueDay: DayOfYear = defaultYearlyReportDay,
                                    submittedOn: CivilDate? = nil) -> Deadline {
        let lastDay = CivilDate(year: year, month: 12, day: 31) ?? dueDay.date(in: year)
        let due = dueDay.date(in: year) >= lastDay ? dueDay.date(in: year) : dueDay.date(in: year + 1)
        return Deadline(kind: .yearlyReport, start: CivilDate(year: year, month: 1, day: 1) ?? lastDay, due: due,
                        completedOn: submittedOn)
    }

    /// 4.7: the Ministry of Education (and the founder body, if another) informed of a student
    /// admitted on 3.1.2, 3.1.3 or 3.1.4; due with the admission order.
    public static func activityNotice(admittedOn: CivilDate, informedOn: CivilDate? = nil) -> Deadline {
        Deadline(kind: .activityNotice, start: admittedOn, due: admittedOn, completedOn: informedOn)
    }

    /// 4.7: the bases whose admissions the Ministry of Education is informed of.
    public static func needsActivityNotice(_ basis: AdmissionBasis) -> Bool {
        basis == .internationalProgramme || basis == .institutionContract || basis == .legalEntityContract
    }

    /// 31 December.
    public static let defaultYearlyReportDay = DayOfYear(unchecked: 12, day: 31)

    /// Where the deadline stands on `date`.
    public func status(on date: CivilDate) -> DeadlineStatus {
        if let completedOn {
            return completedOn <= due ? .met(on: completedOn) : .metLate(on: completedOn, daysLate: due.days(until: completedOn))
        }
        return date <= due ? .open(daysLeft: date.days(until: due)) : .overdue(daysLate: due.days(until: date))
    }

    /// What the obligation is.
    public var title: Phrase { Phrases.deadlineTitle(kind) }

    /// What missing it allows or means, if the documents say.
    public var consequence: Phrase? { Phrases.deadlineConsequence(kind) }

    /// One line for the deadlines list: "2.2.4 residence document: due 2026-12-08, 15 days left".
    public func summary(on date: CivilDate) -> Phrase {
        Phrases.deadlineSummary(self, status: status(on: date))
    }
}

/// Where a deadline stands on a given day.
public enum DeadlineStatus: Sendable, Hashable {
    /// Done on time.
    case met(on: CivilDate)
    /// Done, but after the due day.
    case metLate(on: CivilDate, daysLate: Int)
    /// Not done yet; 0 days left means due today.
    case open(daysLeft: Int)
    /// Not done and past the due day.
    case overdue(daysLate: Int)

    /// Needs someone's attention: open or overdue.
    public var isPending: Bool {
        switch self {
        case .open, .overdue: return true
        case .met, .metLate: return false
        }
    }
}
