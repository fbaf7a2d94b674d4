/// The names of ISO country and language codes in both languages (issue 15: "beside every
/// code a clerk sees, its name"), and the type-ahead over them that the forms offer.
public enum ISONames {
    /// "Rusiya" / "Russia"; nil for a code that is not an assigned country.
    public static func country(_ code: String) -> Phrase? {
        countryNames[code.uppercased()].map { Phrase(az: $0.az, en: $0.en) }
    }

    /// "rus dili" / "Russian"; nil for a code that is not an ISO 639-1 language.
    public static func language(_ code: String) -> Phrase? {
        languageNames[code.lowercased()].map { Phrase(az: $0.az + " dili", en: $0.en) }
    }

    /// The language as a sentence names it: "rus dilində" / "in Russian" is built from
    /// "rus" / "Russian". An unknown code stays itself.
    public static func languageStem(_ code: String) -> Phrase {
        languageNames[code.lowercased()].map { Phrase(az: $0.az, en: $0.en) } ?? Phrase(az: code, en: code)
    }

    /// "RU Rusiya": the code and its name, or the code alone when it has none.
    public static func countryLabel(_ code: String, _ language: Language) -> String {
        guard !code.isEmpty else { return "" }
        return country(code).map { code.uppercased() + " " + $0.text(language) } ?? code
    }

    /// "ru rus dili": the code and its name, or the code alone when it has none.
    public static func languageLabel(_ code: String, _ language: Language) -> String {
        guard !code.isEmpty else { return "" }
        return self.language(code).map { code.lowercased() + " " + $0.text(language) } ?? code
    }

    public enum Kind: Sendable { case country, language }

    /// Every code of a kind with its name, in the order of the name in `language`.
    public static func all(_ kind: Kind, _ language: Language) -> [(code: String, name: String)] {
        let table = kind == .country ? countryNames : languageNames
        return table.map { (code: $0.key, name: language == .az ? $0.value.az : $0.value.en) }
            .sorted { AzerbaijaniText.sortKey($0.name) < AzerbaijaniText.sortKey($1.name) }
    }

    /// Type-ahead: the codes whose code is `typed`, then whose name (in either language)
    /// starts with it (shortest first), then whose name contains it — folded the Azerbaijani way, so "turk"
    /// finds Türkiyə and "rus" both Rusiya and rus dili.
    public static func matching(_ typed: String, _ kind: Kind, _ language: Language) -> [(code: String, name: String)] {
        let key = AzerbaijaniText.searchKey(typed)
        let entries = all(kind, language)
        guard !key.isEmpty else { return entries }
        let table = kind == .country ? countryNames : languageNames
        func names(_ code: String) -> [String] {
            table[code].map { [AzerbaijaniText.searchKey($0.az), AzerbaijaniText.searchKey($0.en)] } ?? []
        }
        let exact = entries.filter { AzerbaijaniText.searchKey($0.code) == key }
        // The shortest name first among those that start so: "Türk" is Türkiyə before Törks və
        // Kaykos adaları, "turk" Türkiye before Turkmenistan.
        let starts = entries.filter { e in !exact.contains { $0.code == e.code } && names(e.code).contains { $0.hasPrefix(key) } }
            .enumerated().sorted { ($0.element.name.count, $0.offset) < ($1.element.name.count, $1.offset) }.map(\.element)
        let inside = entries.filter { e in
            !exact.contains { $0.code == e.code } && !starts.contains { $0.code == e.code }
                && names(e.code).contains { $0.contains(key) }
        }
        return exact + starts + inside
    }
}
