/// A foreign student's status as 4.10 regulates it (transfer, dismissal, academic leave,
/// reinstatement) and 4.9 ends it (graduation with a state document on education).
public enum StudentStatus: String, Sendable, CaseIterable, Codable {
    case enrolled
    case academicLeave = "academic-leave"
    /// Studying again after a dismissal.
    case reinstated
    /// Moved to another programme or institution; this record is closed.
    case transferred
    case dismissed
    /// Completed, with the diploma issued (4.9); this record is closed.
    case graduated

    /// Attending classes: enrolled or reinstated.
    public var isStudying: Bool { self == .enrolled || self == .reinstated }

    /// No change can follow: the student continues under another record, or has finished.
    public var isClosed: Bool { self == .transferred || self == .graduated }

    /// The registry's "current state of education" (seed 000) for this status.
    public var educationState: EducationState {
        switch self {
        case .enrolled, .reinstated: return .studying
        case .academicLeave: return .academicLeave
        case .transferred: return .transferred
        case .dismissed: return .dismissed
        case .graduated: return .graduated
        }
    }

    public var phrase: Phrase { Phrases.studentStatus(self) }
}

/// Why a foreign student is dismissed: the termination grounds of the appendix contract
/// (3.1.1–3.1.4), or another ground that must be stated.
public enum DismissalGround: Sendable, Hashable {
    case discipline
    case unpaidTuition
    case courtDecision
    case noResidenceDocument
    case other(String)

    /// The contract clause, or nil for another ground.
    public var paragraph: String? {
        switch self {
        case .discipline: return "3.1.1"
        case .unpaidTuition: return "3.1.2"
        case .courtDecision: return "3.1.3"
        case .noResidenceDocument: return "3.1.4"
        case .other: return nil
        }
    }

    public var phrase: Phrase { Phrases.dismissalGround(self) }
}

/// Where a transferred student goes (4.10).
public enum TransferDestination: Sendable, Hashable {
    case programme(String)
    case institution(String)

    var name: String {
        switch self {
        case .programme(let name), .institution(let name): return name
        }
    }
}

/// Something that happens to a student's status.
public enum StatusEvent: Sendable, Hashable {
    case takeAcademicLeave
    case returnFromLeave
    case reinstate
    case transfer(TransferDestination)
    case dismiss(DismissalGround)
    /// 4.9: the state document on education; nil when it has not been issued.
    case graduate(Diploma?)

    /// The event without its details, for menus.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case takeAcademicLeave = "academic-leave"
        case returnFromLeave = "return-from-leave"
        case reinstate
        case transfer
        case dismiss
        case graduate

        public var phrase: Phrase { Phrases.eventKind(self) }
    }

    public var kind: Kind {
        switch self {
        case .takeAcademicLeave: return .takeAcademicLeave
        case .returnFromLeave: return .returnFromLeave
        case .reinstate: return .reinstate
        case .transfer: return .transfer
        case .dismiss: return .dismiss
        case .graduate: return .graduate
        }
    }
}

/// A status change that was allowed, with the deadlines it starts (4.12 after a dismissal).
public struct StatusChange: Sendable, Hashable {
    public let from: StudentStatus
    public let to: StudentStatus
    public let event: StatusEvent
    public let date: CivilDate
    public let deadlines: [Deadline]
}

/// A status change that was refused, with the paragraph and the reason.
public struct StatusRefusal: Error, Sendable, Hashable {
    public let from: StudentStatus
    public let event: StatusEvent
    public let paragraph: String
    public let why: Phrase
    /// The form field the refusal is about (the date, for `StatusDates`), and what to say
    /// under it; nil for the rule's other refusals.
    public var field: String? = nil
    public var short: Phrase? = nil
}

/// The status changes of 4.10 as a state machine.
///
/// Semantics chosen where the regulations are silent (they refer to the Model Regulations
/// of higher education institutions, 3.8, whose details are not reproduced here):
/// - Returning from academic leave makes the student `enrolled` again; `reinstated` is
///   only for a dismissed student coming back.
/// - A student on academic leave may be dismissed, but must return before a transfer or
///   graduation.
/// - A transfer closes this record; the student continues under the receiving programme's
///   or institution's record (registry: enrolment status "transferred in").
/// - Graduation needs the diploma (4.9); a dismissal needs a ground, and starts the 4.12
///   notice deadline of 3 working days.
public enum StatusMachine {
    /// The kinds of event allowed from `status`, in menu order.
    public static func allowedKinds(from status: StudentStatus) -> [StatusEvent.Kind] {
        switch status {
        case .enrolled, .reinstated: return [.takeAcademicLeave, .transfer, .dismiss, .graduate]
        case .academicLeave: return [.returnFromLeave, .dismiss]
        case .dismissed: return [.reinstate]
        case .transferred, .graduated: return []
        }
    }

    /// Applies `event` to a student in `status` on `date`.
    public static func apply(_ event: StatusEvent, to status: StudentStatus, on date: CivilDate,
                             calendar: WorkingDayCalendar) -> Result<StatusChange, StatusRefusal> {
        func refuse(_ why: Phrase, _ paragraph: String = "4.10") -> Result<StatusChange, StatusRefusal> {
            .failure(StatusRefusal(from: status, event: event, paragraph: paragraph, why: why))
        }
        guard allowedKinds(from: status).contains(event.kind) else {
            return refuse(Phrases.statusMoveRefused(event.kind, from: status))
        }
        let target: StudentStatus
        var deadlines: [Deadline] = []
        switch event {
        case .takeAcademicLeave: target = .academicLeave
        case .returnFromLeave: target = .enrolled
        case .reinstate: target = .reinstated
        case .transfer(let destination):
            guard !destination.name.allSatisfy(\.isWhitespace) else { return refuse(Phrases.transferDestinationMissing) }
            target = .transferred
        case .dismiss(let ground):
            if case .other(let text) = ground, text.allSatisfy(\.isWhitespace) {
                return refuse(Phrases.dismissalGroundMissing)
            }
            target = .dismissed
            deadlines = [Deadline.dismissalNotice(dismissedOn: date, calendar: calendar)]
        case .graduate(let diploma):
            guard diploma != nil else { return refuse(Phrases.graduationNeedsDiploma, "4.9") }
            target = .graduated
        }
        return .success(StatusChange(from: status, to: target, event: event, date: date, deadlines: deadlines))
    }
}
