extension Phrase {
    /// The phrases one after another in each language, e.g. the failed conditions of a rule.
    public static func joined(_ phrases: [Phrase], separator: String = "; ") -> Phrase {
        Phrase(az: phrases.map(\.az).joined(separator: separator),
               en: phrases.map(\.en).joined(separator: separator))
    }

    /// A phrase that reads the same in both languages (a number, a code, a name).
    public static func verbatim(_ text: String) -> Phrase { Phrase(az: text, en: text) }
}
