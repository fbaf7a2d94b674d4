/// The languages of the interface: Azerbaijani and English.
public enum Language: String, Sendable, CaseIterable {
    case az
    case en

    /// `--lang`, else `STS_LANG`, else the locale of messages (az… means Azerbaijani), else
    /// English. The one rule for the interface and every command (`sts/CLI/CommandLanguage`).
    /// The locale is the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty,
    /// as POSIX reads them for messages (an empty `LC_ALL=` does not hide `LANG`).
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(code: flag) { return language }
        if let env = environment["STS_LANG"], let language = Language(code: env) { return language }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        if let locale, locale.lowercased().hasPrefix("az") {
            return .az
        }
        return .en
    }

    /// Accepts `az`, `en`, and locale-like values such as `az_AZ.UTF-8`.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("az") { self = .az } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// One user-visible text in both languages. Every string the user reads is a `Phrase`,
/// declared in the `Phrases` namespace (files `Phrases+Area.swift`), so a clerk can work
/// in Azerbaijani and a missing translation is a compile error, not a surprise.
public struct Phrase: Sendable, Hashable {
    public let az: String
    public let en: String

    public init(az: String, en: String) {
        self.az = az
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .az: return az
        case .en: return en
        }
    }
}

/// The table of every user-visible text. Areas add their phrases in extensions.
public enum Phrases {}
