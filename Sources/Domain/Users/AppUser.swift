/// What a user of the system may do (DESIGN "Roles").
public enum UserRole: String, Sendable, CaseIterable, Codable {
    /// One institution: its applicants and foreign students, inquiries addressed to it.
    case clerk
    /// Registry search, certificates, diploma checks, inquiries.
    case ssac
    /// Everything an SSAC user may do, and users, holidays, settings, approvals, audit.
    case admin

    public var phrase: Phrase {
        switch self {
        case .clerk: return Phrase(az: "qəbul işçisi", en: "clerk")
        case .ssac: return Phrase(az: "DİM əməkdaşı", en: "SSAC staff")
        case .admin: return Phrase(az: "inzibatçı", en: "administrator")
        }
    }
}

/// A Unix login allowed to use the system, with its role and (for a clerk) institution.
public struct AppUser: Sendable, Hashable {
    public var login: String
    public var role: UserRole
    /// The institution a clerk works for; an admin with one can also act as its clerk.
    public var institutionCode: String?
    public var version: Int

    public init(login: String, role: UserRole, institutionCode: String? = nil, version: Int = 1) {
        self.login = login
        self.role = role
        self.institutionCode = institutionCode
        self.version = version
    }
}
