import Domain

/// On whose behalf a repository call is made: the Unix login, its role and, for a clerk,
/// the institution. Writes record the login (`updated_by`, audit events); the permission
/// checks of DESIGN "Roles" are made against the role.
public struct Caller: Sendable, Hashable {
    public let login: String
    public let role: UserRole
    public let institutionCode: String?

    public init(login: String, role: UserRole, institutionCode: String? = nil) {
        self.login = login
        self.role = role
        self.institutionCode = institutionCode
    }

    public init(user: AppUser) {
        self.init(login: user.login, role: user.role, institutionCode: user.institutionCode)
    }

    /// An administrator's command-line tool (`sts init`, `demo`, `import`), acting as the
    /// Unix login that runs it.
    public static func tool(login: String) -> Caller {
        Caller(login: login, role: .admin)
    }

    /// Refuses unless the caller has one of `roles`; `action` completes "… is not permitted to".
    public func require(_ roles: Set<UserRole>, to action: Phrase) throws(PermissionError) {
        guard roles.contains(role) else { throw PermissionError(login: login, action: action) }
    }

    public var isAdmin: Bool { role == .admin }
}
