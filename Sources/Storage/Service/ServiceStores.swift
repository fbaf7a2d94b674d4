import Domain

/// The stores the services are written against: the public repository protocols, plus the
/// reads without a caller that only Storage may make, inside a service method that has
/// already checked the caller (so they are internal, never offered to screens or commands).
/// A server database would implement these protocols; the services would not change.
protocol ApplicantStore: ApplicantRepository {
    /// The applicant as stored, whoever asks (the service checks the caller itself).
    func stored(_ id: Int64) throws -> Applicant
    func followUp(uncheckedApplicantID applicantID: Int64) throws -> AdmissionFollowUp
    /// Runs `query` when the caller may read the applicant's records.
    func readingRecords<T>(of applicantID: Int64, by caller: Caller, _ query: () throws -> T) throws -> T
    /// The rows with (`includingVoided`) the voided and corrected ones, marked (issue 15).
    func documents(applicantID: Int64, includingVoided: Bool, by caller: Caller) throws -> [DocumentRecord]
    func languageTests(applicantID: Int64, includingVoided: Bool, by caller: Caller) throws -> [LanguageTestRecord]
    func payments(applicantID: Int64, includingVoided: Bool, by caller: Caller) throws -> [PaymentRecord]
}

extension SQLiteApplicantRepository: ApplicantStore {}

/// The Student-graduate registry as the services use it: by PIN, searched, edited, and its
/// institutions and majors.
typealias RegistryStore = RegistryRepository & RegistrySearching & RegistryEditing & ReferenceRepository
