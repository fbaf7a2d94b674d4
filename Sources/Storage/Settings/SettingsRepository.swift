import Domain

/// A setting's value with the version an edit must quote (0 while the default is in use).
public struct StoredSetting<Value: Sendable>: Sendable {
    public let value: Value
    public let version: Int
    public let updatedBy: String?
    public let updatedAt: String?
}

/// Typed settings kept as text in `setting`; administrators change them.
public protocol SettingsRepository: AnyObject {
    func setting<V>(_ key: SettingKey<V>) throws -> StoredSetting<V>
    /// Stores a value; `expectedVersion` is the version read (0 for a setting never stored).
    func set<V>(_ key: SettingKey<V>, to value: V, expectedVersion: Int, by caller: Caller) throws -> StoredSetting<V>
}

/// Whether a calendar day is a day off or a working day moved onto a weekend.
public enum DayKind: String, Sendable, CaseIterable {
    case holiday
    case workingDay = "working-day"
}

/// A day of the holiday calendar the working-day deadlines (4.12) count on.
public struct HolidayEntry: Sendable, Hashable {
    public var day: CivilDate
    public var name: String
    public var kind: DayKind
    /// 0 for an entry not stored yet.
    public var version: Int

    public init(day: CivilDate, name: String, kind: DayKind = .holiday, version: Int = 0) {
        self.day = day
        self.name = name
        self.kind = kind
        self.version = version
    }
}

/// The holiday calendar; administrators edit it.
public protocol HolidayRepository: AnyObject {
    func holidays(from: CivilDate, to: CivilDate) throws -> [HolidayEntry]
    /// Adds (version 0) or changes (version-checked) the entry for its day.
    func save(_ entry: HolidayEntry, by caller: Caller) throws -> HolidayEntry
    func remove(day: CivilDate, expectedVersion: Int, by caller: Caller) throws
}

/// Settings and holidays in SQLite.
public final class SQLiteSettingsRepository: SettingsRepository, HolidayRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func setting<V>(_ key: SettingKey<V>) throws -> StoredSetting<V> {
        let row = try database.first("SELECT value, version, updated_by, updated_at FROM setting WHERE key = ?", [key.name]) {
            ($0.text(0), $0.int(1), $0.optionalText(2), $0.optionalText(3))
        }
        guard let row else { return StoredSetting(value: key.defaultValue, version: 0, updatedBy: nil, updatedAt: nil) }
        guard let value = key.decode(row.0) else { throw StoredValue.corrupt("setting \(key.name)", row.0) }
        return StoredSetting(value: value, version: row.1, updatedBy: row.2, updatedAt: row.3)
    }

    public func set<V>(_ key: SettingKey<V>, to value: V, expectedVersion: Int, by caller: Caller) throws -> StoredSetting<V> {
        try caller.require([.admin], to: Actions.changeSettings)
        let text = key.encode(value)
        try TextGuard.check(text, field: key.name)
        guard key.decode(text) != nil else {
            throw ValidationError(field: key.name, reason: Phrase(az: "\"\(text)\" bu parametr üçün yararsızdır",
                                                                  en: "\"\(text)\" is not a valid value for this setting"))
        }
        try database.write {
            if expectedVersion == 0 {
                try database.run("""
                    INSERT INTO setting(key, value, updated_at, updated_by) VALUES (?, ?, \(nowSQL), ?) ON CONFLICT DO NOTHING
                    """, [key.name, text, caller.login])
                if database.changes == 0 {
                    throw try database.conflict(table: "setting", keyColumn: "key", key: key.name, keyText: key.name)
                }
            } else {
                try database.updateVersioned("""
                    UPDATE setting SET value = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                    WHERE key = ? AND version = ?
                    """, [text, caller.login, key.name, expectedVersion],
                    table: "setting", keyColumn: "key", key: key.name, keyText: key.name)
            }
            // No audit row, no change (DESIGN "Roles"): written in the same transaction.
            try SQLiteAuditRepository(database: database).record(.settingChange, pin: nil, purpose: nil,
                                                                 detail: "setting \(key.name) = \(text)", by: caller)
        }
        return try setting(key)
    }

    public func holidays(from: CivilDate, to: CivilDate) throws -> [HolidayEntry] {
        try database.rows("SELECT day, name, kind, version FROM holiday WHERE day >= ? AND day <= ? ORDER BY day",
                          [from.description, to.description], Self.holiday)
    }

    public func save(_ entry: HolidayEntry, by caller: Caller) throws -> HolidayEntry {
        try TextGuard.check(entry.name, field: "name")
        try caller.require([.admin], to: Actions.changeHolidayCalendar)
        let day = entry.day.description
        try database.write {
            if entry.version == 0 {
                try database.run("""
                    INSERT INTO holiday(day, name, kind, updated_at, updated_by) VALUES (?, ?, ?, \(nowSQL), ?)
                    ON CONFLICT DO NOTHING
                    """, [day, entry.name, entry.kind.rawValue, caller.login])
                if database.changes == 0 {
                    throw try database.conflict(table: "holiday", keyColumn: "day", key: day, keyText: day)
                }
            } else {
                try database.updateVersioned("""
                    UPDATE holiday SET name = ?, kind = ?, version = version + 1, updated_at = \(nowSQL), updated_by = ?
                    WHERE day = ? AND version = ?
                    """, [entry.name, entry.kind.rawValue, caller.login, day, entry.version],
                    table: "holiday", keyColumn: "day", key: day, keyText: day)
            }
            try SQLiteAuditRepository(database: database).record(
                .settingChange, pin: nil, purpose: nil,
                detail: "holiday \(day) \(entry.version == 0 ? "added" : "changed"): \(entry.name) (\(entry.kind.rawValue))", by: caller)
        }
        guard let stored = try database.first("SELECT day, name, kind, version FROM holiday WHERE day = ?", [day], Self.holiday)
        else { throw StoredValue.corrupt("holiday.day", day) }
        return stored
    }

    public func remove(day: CivilDate, expectedVersion: Int, by caller: Caller) throws {
        try caller.require([.admin], to: Actions.changeHolidayCalendar)
        let text = day.description
        try database.write {
            try database.run("DELETE FROM holiday WHERE day = ? AND version = ?", [text, expectedVersion])
            if database.changes == 0 {
                throw try database.conflict(table: "holiday", keyColumn: "day", key: text, keyText: text)
            }
            try SQLiteAuditRepository(database: database).record(.settingChange, pin: nil, purpose: nil,
                                                                 detail: "holiday \(text) removed", by: caller)
        }
    }

    static func holiday(_ row: Row) throws -> HolidayEntry {
        HolidayEntry(day: try StoredValue.date(row.text(0), column: "holiday.day"), name: row.text(1),
                     kind: try StoredValue.decode(DayKind.self, row.text(2), column: "holiday.kind"), version: row.int(3))
    }
}
