import Domain
import Storage
import TerminalUI

/// The registry list's rows, a page at a time, by keyset on (sort key, id).
struct RegistryPageSource: PageSource {
    let repository: RegistryRepository

    func rows(after row: RegistryRow?, limit: Int) throws -> [RegistryRow] {
        try repository.rows(after: row?.cursor, limit: limit)
    }

    func rows(before row: RegistryRow?, limit: Int) throws -> [RegistryRow] {
        try repository.rows(before: row?.cursor, limit: limit)
    }

    /// Rows from the first surname that sorts at or after `prefix` (Azerbaijani order).
    func rows(startingAt prefix: String, limit: Int) throws -> [RegistryRow] {
        let key = AzerbaijaniText.sortKey(prefix.trimmingCharacters(in: .whitespaces))
        var rows = try repository.rows(after: RegistryCursor(sortKey: key, id: 0), limit: limit)
        if rows.isEmpty { rows = try repository.rows(before: nil, limit: limit) }
        return rows
    }
}
