import Domain
import Storage

/// Whether the admission order may be issued today, and issuing it: 2.1.1 (or 4.4/4.5)
/// for the money, 3.4 for the documents; admitting records the order date, starts the
/// 90 days of 2.2.4, and puts the student into the Student-graduate registry (4.11).
///
/// Chosen where the regulations are silent: the academic year starts on 15 September;
/// an order given after that day admits for the academic year starting next September.
/// A quota student (3.1.1, 4.5) owes nothing before the order unless the intergovernmental
/// contract says so, which the desk does not hold: the order is allowed.
struct Admission {
    let services: DeskServices
    let applicant: Applicant

    var academicYearStarts: CivilDate {
        let today = services.today
        let thisYear = CivilDate(year: today.year, month: 9, day: 15) ?? today
        return today < thisYear ? thisYear : (CivilDate(year: today.year + 1, month: 9, day: 15) ?? today)
    }

    func contract() -> ContractRecord? {
        let contracts = services.read({ try services.applicants.contracts(applicantID: applicant.id, by: services.caller()) }, else: [])
        return contracts.filter { $0.terminatedOn == nil }.last
    }

    func payments() -> [PaymentRecord] {
        services.read({ try services.applicants.payments(applicantID: applicant.id, by: services.caller()) }, else: [])
    }

    func tuition() -> TuitionDecision {
        let arrangement: TuitionArrangement = applicant.basis == .quota
            ? .quota(dueBeforeOrder: .zero)
            : .paid(annualFee: Money(qepik: contract()?.annualFeeQepik ?? 0))
        return TuitionRule.admissionOrder(arrangement, payments: payments().map { Payment(amount: Money(qepik: $0.amountQepik), paidOn: $0.paidOn) },
                                          academicYearStarts: academicYearStarts, orderDate: services.today)
    }

    /// Every reason the order is refused today, each with its paragraph; empty when allowed.
    func refusals() -> [Phrase] {
        var reasons: [Phrase] = []
        switch applicant.state {
        case .admitted: return [Phrases.deskAlreadyAdmitted]
        case .refused, .withdrawn: return [Phrases.deskNotAdmissible(applicant.state)]
        default: break
        }
        let tuition = tuition()
        if !tuition.allowed { reasons.append(Phrases.deskParagraphReason(tuition.paragraph, tuition.why)) }
        if let checklist = services.read({ try services.checklist(for: applicant) }, else: nil), !checklist.isComplete {
            reasons.append(Phrases.deskDocumentsIncomplete(checklist.problems.map(\.paragraph)))
        }
        return reasons
    }

    static func yearsOfStudy(_ level: EducationLevel) -> Int {
        switch level {
        case .bachelor: return 4
        case .master: return 2
        case .secondarySpecialised, .doctorate, .residency: return 3
        }
    }

    /// 4.11: the student's record in the Student-graduate registry.
    static func addToRegistry(_ applicant: Applicant, admissionYear: Int, services: DeskServices,
                              caller: Caller) throws -> StudentRecord {
        let institution = try services.registry.institution(code: applicant.institutionCode)
        let major = try services.registry.major(code: applicant.majorCode)
        return try services.registry.add(StudentRecord(
            id: 0, pin: nil, name: PersonName(surname: applicant.surname, name: applicant.name,
                                              fatherName: applicant.fatherName),
            birthDate: applicant.birthDate, admissionYear: admissionYear,
            institutionCode: applicant.institutionCode, institutionName: institution?.name ?? applicant.institutionCode,
            funding: applicant.basis == .quota ? .state : .paid, level: applicant.level,
            yearsOfStudy: Self.yearsOfStudy(applicant.level), majorCode: applicant.majorCode,
            majorName: major?.name ?? applicant.majorCode, enrollmentStatus: .admitted, educationState: .studying,
            diploma: nil), by: caller)
    }

    /// Issues the order today, in one transaction: registry record (4.11), state, follow-up.
    func admit() throws -> Applicant {
        let caller = try services.caller()
        let today = services.today
        let tuition = tuition()
        return try services.database.write {
            let record = try Self.addToRegistry(applicant, admissionYear: academicYearStarts.year, services: services,
                                                caller: caller)
            let admitted = try services.applicants.changeState(
                applicantID: applicant.id, to: .admitted, on: today, paragraph: tuition.paragraph,
                reason: tuition.why.text(.en), expectedVersion: applicant.version, by: caller)
            let followUp = AdmissionFollowUp(admittedOn: today, educationState: .studying, studentRecordID: record.id)
            return try services.applicants.saveFollowUp(followUp, applicantID: applicant.id,
                                                        expectedVersion: admitted.version, by: caller)
        }
    }
}
