import Domain
import Storage
import TerminalUI

/// The audit trail as a keyset list, newest first, narrowed to a person's PIN or a login:
/// PgDn reads older events, PgUp newer ones, End the oldest (issue 15) — a page at a time,
/// never the whole trail.
struct AuditPageSource: PageSource {
    let service: AdminService
    let pin: PIN?
    let login: String?

    /// The filter as typed: a PIN (7 characters, or 8 with a space) or else a login.
    init(service: AdminService, filter: String) {
        self.service = service
        let text = filter.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, case .success(let parsed) = PIN.parse(text), text.count <= 8 {
            pin = parsed
            login = nil
        } else {
            pin = nil
            login = text.isEmpty ? nil : text
        }
    }

    func rows(after row: AuditEvent?, limit: Int) throws -> [AuditEvent] {
        try service.auditEvents(pin: pin, login: login, since: nil, before: row?.id, limit: limit)
    }

    func rows(before row: AuditEvent?, limit: Int) throws -> [AuditEvent] {
        try service.auditEvents(pin: pin, login: login, since: nil, after: row?.id, limit: limit).reversed()
    }
}
