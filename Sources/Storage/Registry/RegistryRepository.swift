import Domain

/// Where a page of the registry list starts or ends: the list's sort order is
/// (sort key, id), so this pair is the keyset cursor. Never an OFFSET.
public struct RegistryCursor: Sendable, Hashable {
    public let sortKey: String
    public let id: Int64

    public init(sortKey: String, id: Int64) {
        self.sortKey = sortKey
        self.id = id
    }
}

/// One line of the registry list, with the cursor that finds its neighbours.
public struct RegistryRow: Sendable, Hashable {
    public let cursor: RegistryCursor
    public let record: StudentRecord

    public init(cursor: RegistryCursor, record: StudentRecord) {
        self.cursor = cursor
        self.record = record
    }
}

/// The Student-graduate registry. A protocol so that another store (PostgreSQL) can be
/// added without touching the screens.
public protocol RegistryRepository: AnyObject {
    /// Up to `limit` rows after `cursor` (from the start when nil), in list order.
    func rows(after cursor: RegistryCursor?, limit: Int) throws -> [RegistryRow]
    /// Up to `limit` rows before `cursor` (from the end when nil), in list order.
    func rows(before cursor: RegistryCursor?, limit: Int) throws -> [RegistryRow]
    /// Every record of the person with this PIN, newest admission first.
    func records(pin: PIN) throws -> [StudentRecord]
    func record(id: Int64) throws -> StudentRecord?
}
