import Domain
import Foundation

/// The registry as SSAC staff and clerks use it, from the screens and from the command line
/// alike: every PIN search, certificate view or issue, verification, diploma check, name
/// search and inquiry step passes through here and writes its `audit_event` here, so the
/// audit is the same whichever way the user came.
public final class RegistryService {
    public let caller: Caller
    let database: Database
    let registry: any RegistryStore
    let certificates: any CertificateRepository
    let inquiries: any InquiryRepository
    let audit: any AuditRepository

    public init(database: Database, caller: Caller) {
        self.caller = caller
        self.database = database
        registry = SQLiteRegistryRepository(database: database, browsingAs: caller)
        certificates = SQLiteCertificateRepository(database: database)
        inquiries = SQLiteInquiryRepository(database: database)
        audit = SQLiteAuditRepository(database: database)
    }

    static let searchRoles: Set<UserRole> = [.ssac, .admin]

    // MARK: - Person by PIN

    /// Every record of the person, newest first (audited as a PIN search with its purpose).
    public func records(pin: PIN, purpose: LookupPurpose) throws -> [StudentRecord] {
        try caller.require(Self.searchRoles, to: Actions.searchByPIN)
        let found = try registry.records(pin: pin)
        try audit.record(.pinSearch, pin: pin, purpose: purpose.auditText, detail: "\(found.count) records", by: caller)
        return found
    }

    /// The certificate as it would be issued now, without issuing it (audited as a view).
    public func certificatePreview(pin: PIN, purpose: LookupPurpose) throws -> Certificate? {
        try caller.require(Self.searchRoles, to: Actions.viewCertificates)
        let certificate = Certificate(pin: pin, records: try registry.records(pin: pin))
        try audit.record(.certificateView, pin: pin, purpose: purpose.auditText, detail: nil, by: caller)
        return certificate
    }

    /// Issues the certificate: stores its snapshot under a new verification code. Nil when
    /// the registry has no record of the person.
    public func issueCertificate(pin: PIN, purpose: LookupPurpose) throws -> (Certificate, CertificateIssue)? {
        try caller.require(Self.searchRoles, to: Actions.issueCertificates)
        guard let certificate = Certificate(pin: pin, records: try registry.records(pin: pin)) else {
            try audit.record(.pinSearch, pin: pin, purpose: purpose.auditText, detail: "0 records", by: caller)
            return nil
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        let snapshot = String(decoding: try encoder.encode(certificate), as: UTF8.self)
        // Audited by the repository in the certificate's own transaction.
        let stored = try certificates.issue(pin: pin, purpose: purpose.auditText, snapshot: snapshot, by: caller)
        return (certificate, CertificateIssue(code: stored.code, issuedAt: stored.issuedAt, issuedBy: stored.issuedBy))
    }

    /// What an issued certificate said, and how the registry differs today.
    public struct Verification: Sendable {
        public let certificate: Certificate
        public let issue: CertificateIssue
        public let purpose: String
        /// Empty when the registry still says the same.
        public let differences: [Phrase]
    }

    /// The certificate with this code, or nil when no certificate has it.
    public func verify(code: String) throws -> Verification? {
        try caller.require(Self.searchRoles, to: Actions.verifyCertificates)
        let normalized = VerificationCode.normalized(code)
        guard let normalized, let stored = try certificates.certificate(code: normalized, by: caller) else {
            try audit.record(.certificateVerify, pin: nil, purpose: nil, detail: "code \(code): not found", by: caller)
            return nil
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let then = try decoder.decode(Certificate.self, from: Data(stored.snapshot.utf8))
        let pin = stored.pin.map(PIN.init(unchecked:))
        let now = try pin.flatMap { Certificate(pin: $0, records: try registry.records(pin: $0)) }
        let differences = then.differences(from: now)
        try audit.record(.certificateVerify, pin: pin, purpose: nil,
                         detail: "code \(stored.code): " + (differences.isEmpty ? "unchanged" : "changed"), by: caller)
        return Verification(certificate: then, issue: CertificateIssue(code: stored.code, issuedAt: stored.issuedAt,
                                                                       issuedBy: stored.issuedBy),
                            purpose: stored.purpose, differences: differences)
    }

    // MARK: - Diploma check

    public func checkDiploma(series: String, number: String, initials: String?) throws -> DiplomaCheckResult {
        try caller.require(Self.searchRoles, to: Actions.checkDiplomas)
        let records = try registry.records(diplomaSeries: series, number: number)
        let result = DiplomaCheck.evaluate(initials: initials, records: records)
        var detail = "\(series) \(number): \(result.code)"
        if let initials, !initials.isEmpty { detail += " (initials \(DiplomaCheck.initials(initials)))" }
        try audit.record(.diplomaCheck, pin: records.first?.pin, purpose: nil, detail: detail, by: caller)
        return result
    }

    // MARK: - Name search

    /// A page of the name search. A new search is audited with what it found on its first
    /// page ("50+ results" when the page is full and more may follow); paging on (or back)
    /// is not, so the trail has one line per search a person made.
    public func search(_ query: NameQuery, after cursor: NameSearchCursor?, limit: Int,
                       newSearch: Bool) throws -> [NameSearchRow] {
        try caller.require(Self.searchRoles, to: Actions.searchByName)
        let rows = try registry.search(surnamePrefix: query.surnamePrefix, name: query.name, fatherName: query.fatherName,
                                       born: query.born, after: cursor, limit: limit)
        if newSearch {
            try audit.record(.nameSearch, pin: nil, purpose: nil,
                             detail: Self.searchDetail(query) + ": \(rows.count)\(rows.count == limit ? "+" : "") results",
                             by: caller)
        }
        return rows
    }

    /// A name search for the command line: at most `limit` records, and whether there are
    /// more. Audited with the limit and the number shown.
    public func search(_ query: NameQuery, limit: Int) throws -> (rows: [NameSearchRow], more: Bool) {
        try caller.require(Self.searchRoles, to: Actions.searchByName)
        let rows = try registry.search(surnamePrefix: query.surnamePrefix, name: query.name, fatherName: query.fatherName,
                                       born: query.born, after: nil, limit: limit + 1)
        let shown = Array(rows.prefix(limit))
        let more = rows.count > limit
        try audit.record(.nameSearch, pin: nil, purpose: nil,
                         detail: Self.searchDetail(query) + ": \(shown.count)\(more ? "+" : "") results (limit \(limit))",
                         by: caller)
        return (shown, more)
    }

    static func searchDetail(_ query: NameQuery) -> String {
        let words = [query.surnamePrefix, query.name ?? "", query.fatherName ?? ""].filter { !$0.isEmpty }
        return words.joined(separator: " ") + (query.born.map { " born \($0)" } ?? "")
    }

    // MARK: - One record

    /// One record's details as the registry browser opens them (audited as a record view).
    public func openRecord(id: Int64) throws -> StudentRecord? {
        try caller.require(Self.searchRoles, to: Actions.browseRegistry)
        let found = try registry.record(id: id)
        try audit.record(.recordView, pin: found?.pin, purpose: nil,
                         detail: "record \(id)" + (found == nil ? ": not found" : ""), by: caller)
        return found
    }
}
