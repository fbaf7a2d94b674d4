/// What kind of character a text may not carry into the store.
public enum HiddenCharacterKind: Sendable, Hashable {
    /// C0 controls U+0000–U+001F (escape, bell, carriage return, line feed, tab …), DEL
    /// U+007F and the C1 controls U+0080–U+009F (U+009B is a one-byte escape sequence start
    /// on some terminals).
    case control
    /// Bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, the
    /// marks U+200E/U+200F and the Arabic letter mark U+061C: they reorder what is shown
    /// around them ("Trojan Source"), so a name can read differently from what is stored.
    case bidi
    /// Zero-width characters U+200B–U+200D, U+2060 and U+FEFF: they make two names that look
    /// the same compare differently.
    case zeroWidth
    /// Tag characters U+E0000–U+E007F: invisible copies of ASCII that can hide a message.
    case tag
    /// Soft hyphen U+00AD: invisible unless a line breaks at it.
    case softHyphen
    /// Line and paragraph separators U+2028/U+2029: a line break to a JSON parser written in
    /// JavaScript, to an editor and to some terminals.
    case separator
    /// Noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane: never text.
    case noncharacter
    /// Every other character Unicode defines as invisible formatting or ignorable
    /// (General_Category Cf, Default_Ignorable_Code_Point): invisible operators U+2061–U+2064,
    /// deprecated format characters U+206A–U+206F, variation selectors, Hangul fillers,
    /// Mongolian selectors, interlinear annotation, Arabic number signs …
    case invisible
}

/// The one rule for what text may be stored, enforced by every write: the forms, the
/// command options, both CSV imports and the repositories below them (so a screen that is
/// bypassed still cannot store it). Issue 12: text from one clerk must not attack another
/// clerk's terminal, a spreadsheet or a script that reads an export.
///
/// Refused: every character of `HiddenCharacterKind`. Decisions:
/// - No field allows a line break or a tab: every text the product stores (names, codes,
///   addresses, notes, reasons, inquiry messages, holiday names) is one line on screen,
///   in the certificate and in the 4.8 report; the forms have only one-line fields.
/// - The zero-width joiner and non-joiner (U+200D, U+200C) are refused too, though Persian
///   and Indic scripts use them: names are stored in the Latin letters of the passport and
///   of the notarised Azerbaijani translation (3.4.2, 3.4.4), where they never occur, and in
///   a name they only make two identical-looking names different to search and to duplicate
///   checks. Emoji sequences need them too; no field needs emoji.
/// - Letters of every script, combining marks, ordinary punctuation and symbols and the
///   no-break space are allowed; private-use characters are allowed (they are visible,
///   as a box, and control nothing).
public enum StoredText {
    /// The kind of a character that may not be stored, or nil for one that may.
    /// Letters, digits and punctuation of Latin, Cyrillic and the other common scripts
    /// answer from the first two ranges, so checking a name costs one comparison a letter.
    @inlinable
    public static func hiddenKind(_ v: UInt32) -> HiddenCharacterKind? {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x34E: return nil
        case 0...0x1F, 0x7F...0x9F: return .control
        case 0xAD: return .softHyphen
        case 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidi
        case 0x200B...0x200D, 0x2060, 0xFEFF: return .zeroWidth
        case 0x2028, 0x2029: return .separator
        case 0xE0000...0xE007F: return .tag
        case 0xFDD0...0xFDEF: return .noncharacter
        case 0x34F, 0x600...0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x115F, 0x1160, 0x17B4, 0x17B5,
             0x180B...0x180F, 0x2061...0x2065, 0x206A...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFFA0,
             0xFFF0...0xFFFB, 0x110BD, 0x110CD, 0x13430...0x1343F, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A,
             0xE0080...0xE0FFF:
            return .invisible
        default:
            return v & 0xFFFE == 0xFFFE ? .noncharacter : nil
        }
    }

    /// The first character that may not be stored and its position (1-based, counted in
    /// characters as Unicode counts them: a letter with its accent written as two counts two).
    public static func firstHidden(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if hiddenKind(scalar.value) != nil { return (scalar, position) }
        }
        return nil
    }

    /// Why `text` may not be stored ("contains an invisible control character U+202E
    /// (right-to-left override) at position 4"), or nil when it may.
    public static func problem(in text: String) -> Phrase? {
        guard let (scalar, position) = firstHidden(in: text) else { return nil }
        return Phrases.hiddenCharacter(scalar.value, at: position)
    }

    /// Throws the refusal naming `field` when `text` may not be stored.
    public static func check(_ text: String, field: String) throws(TextRefusal) {
        if let reason = problem(in: text) { throw TextRefusal(field: field, reason: reason) }
    }

    /// Checks each (field, text) pair in order; the first refusal is thrown.
    public static func check(_ fields: KeyValuePairs<String, String>) throws(TextRefusal) {
        for (field, text) in fields { try check(text, field: field) }
    }

    /// `U+202E`: the code point as Unicode writes it, at least four hex digits.
    public static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// A text refused by `StoredText`: the field it was typed in and why.
public struct TextRefusal: Error, Sendable, Equatable {
    public let field: String
    public let reason: Phrase

    public init(field: String, reason: Phrase) {
        self.field = field
        self.reason = reason
    }

    /// `surname: contains an invisible control character U+202E (right-to-left override) at position 4`
    public var phrase: Phrase { Phrase(az: field + ": " + reason.az, en: field + ": " + reason.en) }
}
