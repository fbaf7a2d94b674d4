/// When a status change may be dated: never before the student exists, never before the
/// change it follows.
///
/// 4.10 regulates how a foreign *student* changes status; a person becomes a student by the
/// admission order (contract 2.1.1 "issues a decree on the admission"). So:
/// - a change (academic leave, dismissal, transfer, graduation …) dated before the admission
///   order is refused: there was no student to change (2.1.1, 4.10);
/// - a change dated before the last change on the record is refused: the history is read in
///   date order, and a return from academic leave cannot end a leave that had not begun (4.10).
///   A change on the same day as the last one is allowed (an order may grant leave and another
///   end a dismissal the same day).
/// The regulations say nothing about future dates; an order dated ahead (leave from next
/// Monday) is allowed, as the desk records orders when they are signed.
public enum StatusDates {
    /// The last change on the record a new one must not precede: its date and what it was.
    public struct LastChange: Sendable, Hashable {
        public let on: CivilDate
        public let to: StudentStatus

        public init(on: CivilDate, to: StudentStatus) {
            self.on = on
            self.to = to
        }
    }

    /// Why a change of `kind` dated `date` is refused, with its paragraph; nil when the date is
    /// possible. `admittedOn` is the admission order's date (nil for a student the desk did not
    /// admit, whose first date it does not know); `last` is the latest change on the record.
    public static func problem(_ kind: StatusEvent.Kind, on date: CivilDate, admittedOn: CivilDate?,
                               last: LastChange?) -> (paragraph: String, why: Phrase, short: Phrase)? {
        let core: Phrase
        let paragraph: String
        if let admittedOn, date < admittedOn {
            (paragraph, core) = ("2.1.1, 4.10", Phrases.statusDateBeforeAdmission(admittedOn: admittedOn))
        } else if let last, date < last.on {
            paragraph = "4.10"
            core = kind == .returnFromLeave && last.to == .academicLeave
                ? Phrases.statusReturnBeforeLeave(leaveOn: last.on)
                : Phrases.statusDateBeforeLastChange(last: last.to, lastOn: last.on)
        } else {
            return nil
        }
        let short = Phrase(az: core.az + " (\(paragraph))", en: core.en + " (\(paragraph))")
        return (paragraph, Phrases.statusDateRefused(kind, on: date, why: core), short)
    }
}

extension StudentStatus {
    /// The status a registry state stands for (studying reads as enrolled).
    public init(educationState: EducationState) {
        switch educationState {
        case .studying: self = .enrolled
        case .academicLeave: self = .academicLeave
        case .graduated: self = .graduated
        case .dismissed: self = .dismissed
        case .transferred: self = .transferred
        }
    }
}

extension StatusRefusal {
    /// A refusal of `event` from `from` on a date `StatusDates` refused.
    public static func date(_ event: StatusEvent, from: StudentStatus,
                            _ problem: (paragraph: String, why: Phrase, short: Phrase)) -> StatusRefusal {
        var refusal = StatusRefusal(from: from, event: event, paragraph: problem.paragraph, why: problem.why)
        refusal.field = "date"
        refusal.short = problem.short
        return refusal
    }
}
