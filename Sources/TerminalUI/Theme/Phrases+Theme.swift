import Domain

/// What is wrong with a line of a theme file (`Themes/README.md`); the words of the format —
/// role names, colour names, `on`, `color = yes|no` — are what the file holds, so they stay.
extension Phrases {
    static func themeExpectedRole(_ found: String) -> Phrase {
        Phrase(az: "\"rol = stil\" gözlənilirdi, \"\(found)\" yazılıb", en: "expected \"role = style\", found \"\(found)\"")
    }
    static func themeColorYesNo(_ value: String) -> Phrase {
        Phrase(az: "color yes və ya no olmalıdır, \"\(value)\" yox", en: "color must be yes or no, not \"\(value)\"")
    }
    static func themeUnknownRole(_ key: String, known: String) -> Phrase {
        Phrase(az: "naməlum rol \"\(key)\" (məlum rollar: \(known))", en: "unknown role \"\(key)\" (known: \(known))")
    }
    static let themeOnNeedsColour = Phrase(az: "\"on\" sözündən sonra rəng gəlməlidir", en: "\"on\" must be followed by a colour")
    static func themeUnexpected(_ word: String) -> Phrase {
        Phrase(az: "gözlənilməyən \"\(word)\"", en: "unexpected \"\(word)\"")
    }
    static func themeColourOutside(_ number: Int) -> Phrase {
        Phrase(az: "rəng nömrəsi \(number) 0–255 aralığından kənardadır", en: "colour number \(number) is outside 0–255")
    }
    static func themeUnknownColour(_ word: String) -> Phrase {
        Phrase(az: "naməlum rəng \"\(word)\" (default, black, red, green, yellow, blue, magenta, cyan, white, bright-AD və ya 0–255 yazın)",
               en: "unknown colour \"\(word)\" (use default, black, red, green, yellow, blue, magenta, cyan, white, bright-NAME or 0–255)")
    }
}
