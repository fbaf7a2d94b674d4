import Testing
@testable import Domain

private let calendar = WorkingDayCalendar(holidays: [day("2026-11-09")])
private let diploma = Diploma(series: "AB", registrationNumber: "000123", issueDate: day("2027-06-30"), level: .ordinary)

private func apply(_ event: StatusEvent, to status: StudentStatus,
                   on date: CivilDate = day("2026-11-05")) -> Result<StatusChange, StatusRefusal> {
    StatusMachine.apply(event, to: status, on: date, calendar: calendar)
}

private func target(_ event: StatusEvent, from status: StudentStatus) -> StudentStatus? {
    try? apply(event, to: status).get().to
}

private func refusal(_ event: StatusEvent, from status: StudentStatus) -> StatusRefusal? {
    if case .failure(let refusal) = apply(event, to: status) { return refusal }
    return nil
}

/// One valid event of each kind.
private let sampleEvents: [StatusEvent] = [
    .takeAcademicLeave, .returnFromLeave, .reinstate, .transfer(.institution("ADA University")),
    .dismiss(.discipline), .graduate(diploma),
]

@Suite struct StatusMachineTests {
    @Test("4.10: academic leave and return")
    func academicLeave() {
        #expect(target(.takeAcademicLeave, from: .enrolled) == .academicLeave)
        #expect(target(.returnFromLeave, from: .academicLeave) == .enrolled)
    }

    @Test("4.10 and 4.12: a dismissal with a ground of contract 3.1.1–3.1.4 starts the 3-working-day notice",
          arguments: [DismissalGround.discipline, .unpaidTuition, .courtDecision, .noResidenceDocument])
    func dismissal(ground: DismissalGround) throws {
        let change = try apply(.dismiss(ground), to: .enrolled).get()
        #expect(change.to == .dismissed)
        #expect(change.deadlines.map(\.kind) == [.dismissalNotice])
        #expect(change.deadlines.first?.due == day("2026-11-11"))
        #expect(ground.paragraph?.hasPrefix("3.1.") == true)
    }

    @Test("4.10: another ground of dismissal must be stated")
    func otherGround() {
        #expect(target(.dismiss(.other("left the country")), from: .enrolled) == .dismissed)
        #expect(refusal(.dismiss(.other("  ")), from: .enrolled)?.why.en == "the ground of dismissal is not stated")
    }

    @Test("4.10: reinstatement after dismissal, then graduation with a diploma (4.9)")
    func reinstateAndGraduate() {
        #expect(target(.reinstate, from: .dismissed) == .reinstated)
        #expect(target(.graduate(diploma), from: .reinstated) == .graduated)
    }

    @Test("4.9: graduation without a diploma is refused")
    func graduationNeedsDiploma() {
        let refused = refusal(.graduate(nil), from: .enrolled)
        #expect(refused?.paragraph == "4.9")
        #expect(refused?.why.en.contains("diploma") == true)
    }

    @Test("4.10: a transfer to another programme or institution closes the record")
    func transfer() {
        #expect(target(.transfer(.programme("Economics")), from: .enrolled) == .transferred)
        #expect(refusal(.transfer(.institution("")), from: .enrolled) != nil)
        #expect(refusal(.takeAcademicLeave, from: .transferred)?.why.en.contains("record is closed") == true)
    }

    @Test("4.10: illegal moves are refused with the reason")
    func illegalMoves() {
        #expect(refusal(.graduate(diploma), from: .academicLeave)?.why.en
                == "the student is on academic leave and must return from it before a graduation")
        #expect(refusal(.takeAcademicLeave, from: .academicLeave)?.why.en == "the student is already on academic leave")
        #expect(refusal(.reinstate, from: .enrolled)?.why.en
                == "the student is studying: only a dismissed student can be reinstated")
        #expect(refusal(.returnFromLeave, from: .reinstated)?.why.en == "the student is not on academic leave")
        #expect(refusal(.transfer(.programme("Law")), from: .dismissed)?.why.en.hasPrefix("the student is dismissed") == true)
        #expect(refusal(.reinstate, from: .graduated)?.paragraph == "4.10")
    }

    @Test("4.10: every status allows exactly the moves it lists", arguments: StudentStatus.allCases)
    func tableIsConsistent(status: StudentStatus) {
        for event in sampleEvents {
            let allowed = StatusMachine.allowedKinds(from: status).contains(event.kind)
            #expect((target(event, from: status) != nil) == allowed, "\(status) \(event.kind)")
        }
        #expect(StatusMachine.allowedKinds(from: status).isEmpty == status.isClosed)
    }

    @Test("statuses map to the registry's current state of education")
    func registryState() {
        #expect(StudentStatus.reinstated.educationState == .studying)
        #expect(StudentStatus.academicLeave.educationState == .academicLeave)
        #expect(StudentStatus.graduated.educationState == .graduated)
    }
}
