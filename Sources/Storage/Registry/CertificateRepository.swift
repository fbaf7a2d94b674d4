import Domain

/// An e-certificate as issued: the fields exactly as shown (`snapshot`, JSON), with the code
/// that lets anyone check it later.
public struct IssuedCertificate: Sendable, Hashable {
    public let id: Int64
    public let code: String
    public let pin: String?
    public let purpose: String
    public let snapshot: String
    public let issuedAt: String
    public let issuedBy: String
}

/// Issued certificates. What goes into a certificate is Domain's; this keeps the snapshot.
public protocol CertificateRepository: AnyObject {
    func issue(pin: PIN?, purpose: String, snapshot: String, by caller: Caller) throws -> IssuedCertificate
    /// The certificate with this verification code (any case, with or without dashes).
    func certificate(code: String, by caller: Caller) throws -> IssuedCertificate?
    func certificates(pin: PIN, by caller: Caller) throws -> [IssuedCertificate]
}

/// Certificates in SQLite.
public final class SQLiteCertificateRepository: CertificateRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let columns = "SELECT id, verification_code, pin, purpose, snapshot, issued_at, issued_by FROM certificate"

    public func issue(pin: PIN?, purpose: String, snapshot: String, by caller: Caller) throws -> IssuedCertificate {
        try caller.require([.ssac, .admin], to: Actions.issueCertificates)
        for _ in 0..<10 {
            let code = VerificationCode.generate()
            let inserted: Bool = try database.write {
                try database.run("""
                    INSERT INTO certificate(verification_code, pin, purpose, snapshot, issued_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, [code, pin?.value, purpose, snapshot, caller.login])
                guard database.changes == 1 else { return false }
                // The certificate and its audit row commit together: no audit row, no certificate.
                try database.audit(.certificateIssue, pin: pin, purpose: purpose, "code \(code)", by: caller)
                return true
            }
            if inserted, let stored = try fetch(code: code) { return stored }
        }
        throw StoredValue.corrupt("certificate.verification_code", "no free code after 10 tries")
    }

    public func certificate(code: String, by caller: Caller) throws -> IssuedCertificate? {
        try caller.require([.ssac, .admin], to: Actions.verifyCertificates)
        return try fetch(code: code)
    }

    private func fetch(code: String) throws -> IssuedCertificate? {
        guard let normalized = VerificationCode.normalized(code) else { return nil }
        return try database.first(Self.columns + " WHERE verification_code = ?", [normalized], Self.certificate)
    }

    public func certificates(pin: PIN, by caller: Caller) throws -> [IssuedCertificate] {
        try caller.require([.ssac, .admin], to: Actions.readIssuedCertificates)
        return try database.rows(Self.columns + " WHERE pin = ? ORDER BY issued_at DESC", [pin.value], Self.certificate)
    }

    static func certificate(_ row: Row) -> IssuedCertificate {
        IssuedCertificate(id: row.int64(0), code: row.text(1), pin: row.optionalText(2), purpose: row.text(3),
                          snapshot: row.text(4), issuedAt: row.text(5), issuedBy: row.text(6))
    }
}
