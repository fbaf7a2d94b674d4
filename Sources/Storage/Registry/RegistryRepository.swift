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

/// Where a page of name-search results starts: the results come in index order
/// (surname key, name key, birth date, id), so this is the keyset cursor.
public struct NameSearchCursor: Sendable, Hashable {
    public let surnameKey: String
    public let nameKey: String
    public let birthDate: String
    public let id: Int64

    public init(surnameKey: String, nameKey: String, birthDate: String, id: Int64) {
        self.surnameKey = surnameKey
        self.nameKey = nameKey
        self.birthDate = birthDate
        self.id = id
    }
}

/// One name-search result with the cursor that continues after it.
public struct NameSearchRow: Sendable, Hashable {
    public let cursor: NameSearchCursor
    public let record: StudentRecord

    public init(cursor: NameSearchCursor, record: StudentRecord) {
        self.cursor = cursor
        self.record = record
    }
}

/// What a clerk types into the name search: "Surname [Name [Father's name]]", each word a
/// prefix, folded by `AzerbaijaniText.searchKey` (so Mamedov finds Məmmədov).
public struct NameQuery: Sendable, Hashable {
    public var surnamePrefix: String
    public var name: String?
    public var fatherName: String?
    public var born: CivilDate?

    public init(surnamePrefix: String, name: String? = nil, fatherName: String? = nil, born: CivilDate? = nil) {
        self.surnamePrefix = surnamePrefix
        self.name = name
        self.fatherName = fatherName
        self.born = born
    }

    /// Splits typed text into surname, name and father's name (the rest of the words).
    public init(text: String, born: CivilDate? = nil) {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        self.init(surnamePrefix: words.first ?? "",
                  name: words.count > 1 ? words[1] : nil,
                  fatherName: words.count > 2 ? words[2...].joined(separator: " ") : nil,
                  born: born)
    }
}

/// One change of a record's state of education (4.10), as the history shows it.
public struct RecordStatusChange: Sendable, Hashable {
    public let id: Int64
    public let recordID: Int64
    public let changedOn: CivilDate
    public let from: EducationState
    public let to: EducationState
    public let reason: String
    public let orderNumber: String
    public let recordedAt: String
    public let recordedBy: String
}

/// An institution or a major of the registry, editable by an administrator.
public struct Institution: Sendable, Hashable {
    public var id: Int64
    public var code: String
    public var name: String
    public var city: String
    /// For the contract of the appendix: the university's address and its rector.
    public var address: String
    public var rector: String
    /// The name in English, for the English contract (migration 10); empty: `name` is used.
    public var nameEnglish: String
    public var version: Int

    public init(id: Int64 = 0, code: String, name: String, city: String = "Bakı", address: String = "", rector: String = "",
                nameEnglish: String = "", version: Int = 1) {
        self.nameEnglish = nameEnglish
        self.id = id
        self.code = code
        self.name = name
        self.city = city
        self.address = address
        self.rector = rector
        self.version = version
    }
}

public struct Major: Sendable, Hashable {
    public var id: Int64
    public var code: String
    public var name: String
    public var version: Int

    public init(id: Int64 = 0, code: String, name: String, version: Int = 1) {
        self.id = id
        self.code = code
        self.name = name
        self.version = version
    }
}

/// Searching and editing the registry, beyond the list paging above.
public protocol RegistrySearching: AnyObject {
    /// Records whose folded surname starts with the folded `surnamePrefix`, optionally
    /// narrowed by name and father's name (prefixes, folded) and birth date; up to `limit`
    /// after `cursor`. Uses the search index, never a table scan.
    func search(surnamePrefix: String, name: String?, fatherName: String?, born: CivilDate?,
                after cursor: NameSearchCursor?, limit: Int) throws -> [NameSearchRow]
    /// The records that hold a diploma with this series and registration number.
    func records(diplomaSeries: String, number: String) throws -> [StudentRecord]
    func count() throws -> Int
}

/// Changing the registry. Every change carries the caller and is checked against the
/// version the caller read.
public protocol RegistryEditing: AnyObject {
    /// Adds a record (and its diploma); refused when the same person already has a record at
    /// that institution, major and admission year. Returns the stored record.
    func add(_ record: StudentRecord, by caller: Caller) throws -> StudentRecord
    /// Saves every field of `record`; `ConflictError` when `record.version` is stale.
    func update(_ record: StudentRecord, by caller: Caller) throws -> StudentRecord
    /// Records a change of the state of education (4.10) and keeps its history.
    func changeState(recordID: Int64, to state: EducationState, on date: CivilDate, reason: String,
                     orderNumber: String, expectedVersion: Int, by caller: Caller) throws -> StudentRecord
    func statusHistory(recordID: Int64) throws -> [RecordStatusChange]
}

/// Institutions and majors.
public protocol ReferenceRepository: AnyObject {
    func institutions() throws -> [Institution]
    func institution(code: String) throws -> Institution?
    func majors() throws -> [Major]
    func major(code: String) throws -> Major?
    /// Adds (id 0) or updates (version-checked) an institution; administrators only.
    func save(_ institution: Institution, by caller: Caller) throws -> Institution
    func save(_ major: Major, by caller: Caller) throws -> Major
}
