import Foundation
import Domain

extension SettingKeys {
    /// 4.8 says "once a year" without a date: the day of the reported year the report is due
    /// (`MM-DD`; default 31 December). The deadlines list and the report screen read it.
    public static let yearlyReportDueDay = SettingKey<DayOfYear>(
        name: "report.yearly-due-day", defaultValue: Deadline.defaultYearlyReportDay,
        encode: { String(format: "%02d-%02d", $0.month, $0.day) },
        decode: { text in
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
                  let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
            return DayOfYear(month: month, day: day)
        })
}

/// A setting as the administrator lists and changes it: its name, what it is for, how its
/// value is written, and the value as text. The type behind each name stays in `SettingKey`.
public struct SettingDescriptor: Sendable {
    public let name: String
    public let about: Phrase
    /// How a value is written (shown with a refused value).
    public let format: Phrase
    let read: @Sendable (SQLiteSettingsRepository) throws -> ListedSetting
    let write: @Sendable (SQLiteSettingsRepository, String, Caller) throws -> Void

    init<V>(_ key: SettingKey<V>, about: Phrase, format: Phrase) {
        name = key.name
        self.about = about
        self.format = format
        read = { repository in
            let stored = try repository.setting(key)
            return ListedSetting(name: key.name, value: key.encode(stored.value), defaultValue: key.encode(key.defaultValue),
                                 version: stored.version, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt)
        }
        write = { repository, text, caller in
            guard let value = key.decode(text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(field: key.name, reason: Phrase(
                    az: "\"\(text)\" yararsızdır: \(format.az)", en: "\"\(text)\" is not valid: \(format.en)"))
            }
            let current = try repository.setting(key)
            _ = try repository.set(key, to: value, expectedVersion: current.version, by: caller)
        }
    }
}

/// One setting's stored value (or its default) with who changed it last.
public struct ListedSetting: Sendable, Hashable {
    public let name: String
    public let value: String
    public let defaultValue: String
    /// 0 while the default is in use.
    public let version: Int
    public let updatedBy: String?
    public let updatedAt: String?

    public var isDefault: Bool { version == 0 }
}

/// Every setting an administrator can change, in the order they are listed.
public enum SettingCatalog {
    public static let all: [SettingDescriptor] = [
        SettingDescriptor(
            SettingKeys.languageTestValidityYears,
            about: Phrase(az: "dil imtahanı nəticəsi neçə il qəbul olunur (3.6)",
                          en: "for how many years a language test result is accepted (3.6)"),
            format: Phrase(az: "müsbət tam ədəd (illər)", en: "a whole number of years above 0")),
        SettingDescriptor(
            SettingKeys.toeflBandEquivalence,
            about: Phrase(az: "TOEFL 1–6 bal şkalasının iBT ekvivalenti (3.6: 40 və 50 iBT)",
                          en: "TOEFL 1–6 band to iBT equivalence (3.6: 40 and 50 iBT points)"),
            format: Phrase(az: "boşluqla ayrılmış BAL:iBT cütləri, məs. \"3.0:44 3.5:58\" (bal 0–6, iBT 0–120)",
                           en: "BAND:IBT pairs separated by spaces, e.g. \"3.0:44 3.5:58\" (band 0–6, iBT 0–120)")),
        SettingDescriptor(
            SettingKeys.yearlyReportDueDay,
            about: Phrase(az: "4.8 illik hesabatın son günü (hesabat ilinin)",
                          en: "the day of the reported year the 4.8 report is due"),
            format: Phrase(az: "AA-GG, məs. 12-31", en: "MM-DD, e.g. 12-31")),
    ]

    public static func descriptor(named name: String) -> SettingDescriptor? {
        all.first { $0.name == name }
    }
}

extension SQLiteSettingsRepository {
    /// Every setting with its value (stored, or the default).
    public func listedSettings() throws -> [ListedSetting] {
        try SettingCatalog.all.map { try $0.read(self) }
    }

    /// Changes a setting from its text form: administrators only (checked before the value),
    /// an unknown name or a value that does not parse is refused naming the setting and the
    /// form a value takes.
    @discardableResult
    public func set(named name: String, to text: String, by caller: Caller) throws -> ListedSetting {
        try caller.require([.admin], to: Actions.changeSettings)
        guard let descriptor = SettingCatalog.descriptor(named: name) else {
            let names = SettingCatalog.all.map(\.name).joined(separator: ", ")
            throw ValidationError(field: "KEY", reason: Phrase(az: "\"\(name)\" adlı parametr yoxdur (\(names))",
                                                               en: "there is no setting \"\(name)\" (\(names))"))
        }
        try database.write { try descriptor.write(self, text, caller) }
        return try descriptor.read(self)
    }
}
