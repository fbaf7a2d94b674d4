import Domain
import Foundation
import Storage

/// What the registry commands (certificate, verify, diploma, inquiry) share: the caller is
/// the Unix login's user in this database, and they go through `RegistryService` so the
/// audit trail is the one the screens write.
enum RegistryCommandSupport {
    static func service(dbFlag: String?) throws -> RegistryService {
        let (database, path) = try StoreCommandSupport.open(flag: dbFlag, create: false)
        return RegistryService(database: database, caller: try StoreCommandSupport.caller(database, path: path))
    }

    /// A PIN argument, or exit 2 naming the rule it breaks.
    static func pin(_ raw: String, argument: String = Phrases.argPIN.shown) throws -> PIN {
        switch PIN.parse(raw) {
        case .success(let pin): return pin
        case .failure(let why): throw UsageError(Phrases.cliBadPIN(argument, StoreCommandSupport.safe(raw), why.phrase))
        }
    }

    static var language: Language { StoreCommandSupport.language }

    /// Standard output, or a new file of the user's own (mode 0600; an existing one only
    /// with `--force`).
    static func write(_ text: String, to path: String?, replace: Bool) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try PrivateFile.write(Data(text.utf8), to: path, replace: replace)
        } catch {
            throw FailureError(error.phrase)
        }
    }

    static func certificateJSON(_ c: Certificate, issue: CertificateIssue?) -> JSON {
        var pairs: [(String, JSON)] = [
            ("pin", .string(c.pin)), ("surname", .string(c.surname)), ("name", .string(c.name)),
            ("father_name", .string(c.fatherName)), ("birth_date", .string(c.birthDate)),
            ("records", .array(c.records.map { r in
                .object([
                    ("admission_year", .integer(r.admissionYear)), ("institution", .string(r.institution)),
                    ("funding", .string(r.funding.rawValue)), ("level", .string(r.level.rawValue)),
                    ("years_of_study", .integer(r.yearsOfStudy)), ("major_code", .string(r.majorCode)),
                    ("major_name", .string(r.majorName)), ("enrollment_status", .string(r.enrollmentStatus.rawValue)),
                    ("education_state", .string(r.educationState.rawValue)),
                    ("diploma", r.diploma.map { d in
                        JSON.object([("series", .string(d.series)), ("registration_number", .string(d.registrationNumber)),
                                     ("issue_date", .string(d.issueDate)), ("level", .string(d.level.rawValue))])
                    } ?? .null),
                ])
            })),
        ]
        if let issue {
            pairs += [("verification_code", .string(issue.code)), ("issued_at", .string(issue.issuedAt)),
                      ("issued_by", .string(issue.issuedBy))]
        }
        return .object(pairs)
    }
}
