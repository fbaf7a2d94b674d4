/// A personal identification number (FİN): 7 characters, digits and Latin capitals
/// without I and O. Records from before 2008 may have none (seed 000: "adapts almost all
/// of the information to the PIN since the year 2008").
public struct PIN: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// Why a text is not a FİN; each case says which rule it breaks.
    public enum Invalid: Error, Sendable, Equatable {
        case empty
        case length(Int)
        case letterIorO(Character)
        case character(Character)

        public var phrase: Phrase {
            switch self {
            case .empty:
                return Phrase(az: "FİN boşdur", en: "the PIN is empty")
            case .length(let n):
                return Phrase(az: "FİN 7 simvoldan ibarət olmalıdır, \(n) simvol yazılıb",
                              en: "a PIN has 7 characters, this one has \(n)")
            case .letterIorO(let c):
                return Phrase(az: "FİN-də \"\(c)\" hərfi olmur (I və O istifadə edilmir)",
                              en: "a PIN never contains \"\(c)\" (the letters I and O are not used)")
            case .character(let c):
                let hidden = c.unicodeScalars.first { StoredText.hiddenKind($0.value) != nil }
                let shown = hidden.map { StoredText.codePoint($0.value) } ?? "\"\(c)\""
                return Phrase(az: "FİN yalnız rəqəmlərdən və latın hərflərindən ibarətdir, \(shown) ola bilməz",
                              en: "a PIN has only digits and Latin capital letters, not \(shown)")
            }
        }
    }

    /// Upper-cases and trims the input, then checks `^[A-HJ-NP-Z0-9]{7}$`.
    public static func parse(_ raw: String) -> Result<PIN, Invalid> {
        let trimmed = raw.filter { !$0.isWhitespace }
        guard !trimmed.isEmpty else { return .failure(.empty) }
        var out = ""
        for character in trimmed {
            let upper: Character
            switch character {
            case "a"..."z": upper = Character(character.uppercased())
            case "ı": upper = "I"
            case "i": upper = "I" // Azerbaijani i upper-cases to İ, but a Latin i typed here means I.
            default: upper = character
            }
            if upper == "I" || upper == "O" || upper == "İ" { return .failure(.letterIorO(upper)) }
            guard upper.isASCII, upper.isNumber || ("A"..."Z").contains(upper) else {
                return .failure(.character(character))
            }
            out.append(upper)
        }
        guard out.count == 7 else { return .failure(.length(out.count)) }
        return .success(PIN(unchecked: out))
    }

    public init(_ raw: String) throws(Invalid) {
        switch PIN.parse(raw) {
        case .success(let pin): self = pin
        case .failure(let error): throw error
        }
    }

    /// For values already validated (read back from the store).
    public init(unchecked value: String) { self.value = value }

    public var description: String { value }
    public static func < (a: PIN, b: PIN) -> Bool { a.value < b.value }
}
