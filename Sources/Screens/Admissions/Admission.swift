import Domain
import Storage

/// Whether the admission order may be issued today, and issuing it, for the screens: the
/// checks and the order itself are `DeskService`'s (Storage), one transaction, permission-
/// checked and audited; this only reads what the payment screen shows.
struct Admission {
    let services: DeskServices
    let applicant: Applicant

    /// The academic year an order given today admits for (`AdmissionRules`, 15 September).
    var academicYearStarts: CivilDate { AdmissionRules.academicYearStarts(forOrderOn: services.today) }

    func contract() -> ContractRecord? {
        let contracts = services.read({ try services.applicants.contracts(applicantID: applicant.id, by: services.caller()) }, else: [])
        return contracts.filter { $0.terminatedOn == nil }.last
    }

    func payments() -> [PaymentRecord] {
        services.read({ try services.applicants.payments(applicantID: applicant.id, by: services.caller()) }, else: [])
    }

    /// The checks of the order today (money, documents, language, programme), or nil when
    /// they could not be read (the status line says why).
    func check() -> DeskService.AdmissionCheck? {
        services.read({ try services.deskService().admissionCheck(applicantID: applicant.id, on: services.today) }, else: nil)
    }

    /// Every reason the order is refused today, each with its paragraph; empty when allowed.
    func refusals() -> [Phrase] { check()?.refusals ?? [] }

    /// Issues the order today with the funding the clerk chose.
    func admit(funding: Funding) throws -> Applicant {
        let admitted = try services.deskService().admit(applicantID: applicant.id, expectedVersion: applicant.version,
                                                        on: services.today, funding: funding)
        services.noteAdmission()
        return admitted
    }
}
