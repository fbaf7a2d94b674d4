import Domain
import Storage

/// Whether the admission order may be issued today, and issuing it, for the screens: the
/// checks and the order itself are `DeskService`'s (Storage), one transaction, permission-
/// checked and audited; this only reads what the payment screen shows.
struct Admission {
    let services: DeskSession
    let applicant: Applicant

    /// The academic year an order given today admits for (`AdmissionRules`, 15 September).
    var academicYearStarts: CivilDate { AdmissionRules.academicYearStarts(forOrderOn: services.today) }

    func contract() -> ContractRecord? {
        services.read({ try services.desk.contract(applicantID: applicant.id) }, else: nil)
    }

    func payments() -> [PaymentRecord] {
        services.read({ try services.desk.payments(applicantID: applicant.id) }, else: [])
    }

    /// The checks of the order today (money, documents, language, programme), or nil when
    /// they could not be read (the status line says why).
    func check() -> DeskService.AdmissionCheck? {
        services.read({ try services.desk.admissionCheck(applicantID: applicant.id, on: services.today) }, else: nil)
    }

    /// Every reason the order is refused today, each with its paragraph; empty when allowed.
    func refusals() -> [Phrase] { check()?.refusals ?? [] }

    /// Issues the order with the number and date the clerk entered and the funding they chose.
    func admit(funding: Funding, number: String, on date: CivilDate) throws -> Applicant {
        let admitted = try services.desk.admit(applicantID: applicant.id, expectedVersion: applicant.version,
                                               on: date, funding: funding, orderNumber: number)
        services.noteAdmission()
        return admitted
    }
}
