/// Azerbaijani letter case and the folded keys used to find and order names.
public enum AzerbaijaniText {
    /// Lower-cases with Azerbaijani rules: I → ı, İ → i.
    public static func lowercased(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { appendLowercased(scalar, to: &out) }
        return String(out)
    }

    /// Upper-cases with Azerbaijani rules: i → İ, ı → I.
    public static func uppercased(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i": out.unicodeScalars.append("İ")
            case "ı": out.unicodeScalars.append("I")
            case "a"..."z": out.unicodeScalars.append(Unicode.Scalar(scalar.value - 32) ?? scalar)
            default:
                if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += scalar.properties.uppercaseMapping }
            }
        }
        return out
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x49: out.append("ı") // I
        case 0x130: out.append("i") // İ
        case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
        case 0...0x7F: out.append(scalar)
        default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// The search key: one folding for stored names and for what people type, so that
    /// Məmmədov is found from Mammadov, MAMMADOV, Mamedov, Мамедов and məmməd; Hüseynov from
    /// Huseynov, Guseynov and Гусейнов; Əliyev from Aliyev and Aliev; İsmayılov from Ismayilov.
    ///
    /// Cyrillic is first written in Latin letters. Then letters fall into sound classes that
    /// the Latin, Cyrillic-era and English spellings share: ə/a/ä/e → a; ı/i/y → i; ö/o → o;
    /// ü/u → u; ş/s/sh → s; ç/c/ch/dzh/j/zh → c; ğ/g/gh/q/k/h/x/kh → g (Russian-era forms
    /// write Г or К for h and q: Guseynov, Kasumov); w/v → v. A y before a vowel or at the
    /// end is only a glide and is dropped, so Babayev meets Babaev and Rzayev meets Rzaev
    /// (elsewhere y is i: Hüseynov, Guseynov). Then a letter repeated is kept once (Məmmədov
    /// has two m, Mamedov one). Combining marks are dropped (a decomposed ü
    /// folds like ü); anything else that is not a letter or digit separates words (one space).
    public static func searchKey(_ text: String) -> String {
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    letters.append(v == 0x49 ? "ı" : Unicode.Scalar(UInt8(v + 32)))
                } else {
                    letters.append(scalar)
                }
            } else if v >= 0x400 && v <= 0x4FF {
                appendTransliterated(scalar, to: &letters)
            } else if v >= 0x300 && v <= 0x36F {
                continue // combining marks: ü written as u + ¨ folds as ü does
            } else if v == 0x130 {
                letters.append("i")
            } else {
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let only = lower.first { letters.append(only) } else { letters.append(contentsOf: lower) }
            }
        }
        letters.append(" ")

        var out: [UInt8] = []
        out.reserveCapacity(letters.count + 4)
        var lastScalar: Unicode.Scalar = " "
        func push(_ s: Unicode.Scalar) {
            if s == " " {
                if lastScalar != " ", !out.isEmpty { out.append(0x20); lastScalar = " " }
                return
            }
            guard s != lastScalar else { return }
            lastScalar = s
            if s.isASCII {
                out.append(UInt8(s.value))
            } else {
                out.append(contentsOf: String(s).utf8)
            }
        }
        var i = 0
        let end = letters.count - 1
        while i < end {
            let c = letters[i]
            let next = letters[i + 1]
            // Digraphs of transliterated spellings.
            if c == "d", next == "z", i + 2 < end, letters[i + 2] == "h" {
                push("c"); i += 3; continue
            }
            if next == "h" {
                switch c {
                case "s": push("s"); i += 2; continue
                case "c", "z": push("c"); i += 2; continue
                case "k", "g": push("g"); i += 2; continue
                default: break
                }
            }
            if c == "y" && (next == " " || isVowel(next) || (next.isASCII && !next.properties.isAlphabetic
                                                                && !("0"..."9").contains(next))) {
                i += 1
                continue
            }
            switch c {
            case "a", "ə", "ä", "e", "é", "á", "è", "à", "â", "ê": push("a")
            case "ı", "i", "y", "í", "ï", "î", "ì": push("i")
            case "o", "ö", "ó", "ò", "ô": push("o")
            case "u", "ü", "ú", "ù", "û": push("u")
            case "s", "ş": push("s")
            case "c", "ç", "j": push("c")
            case "g", "ğ", "q", "h", "x", "k": push("g")
            case "w", "v": push("v")
            case "b", "d", "f", "l", "m", "n", "p", "r", "t", "z", "0"..."9":
                push(c)
            default:
                if !c.isASCII && c.properties.isAlphabetic { push(c) } else { push(" ") }
            }
            i += 1
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "ə", "ä", "e", "é", "á", "è", "à", "â", "ê", "ı", "i", "í", "ï", "î", "ì", "o", "ö", "ó", "ò", "ô",
             "u", "ü", "ú", "ù", "û":
            return true
        default:
            return false
        }
    }

    /// Russian-era spellings: Мамедов → mamedov, Гусейнов → guseynov (then folded as Latin).
    private static func appendTransliterated(_ scalar: Unicode.Scalar, to letters: inout [Unicode.Scalar]) {
        let lower = scalar.value >= 0x410 && scalar.value <= 0x42F ? scalar.value + 0x20
            : scalar.value >= 0x400 && scalar.value <= 0x40F ? scalar.value + 0x50 : scalar.value
        let latin: String
        switch lower {
        case 0x430: latin = "a"
        case 0x431: latin = "b"
        case 0x432: latin = "v"
        case 0x433: latin = "g"
        case 0x434: latin = "d"
        case 0x435, 0x44D, 0x4D9: latin = "e" // е, э, ә
        case 0x451: latin = "o" // ё
        case 0x436: latin = "zh"
        case 0x437: latin = "z"
        case 0x438, 0x439, 0x44B, 0x456: latin = "i"
        case 0x43A, 0x49B, 0x4A1: latin = "k"
        case 0x43B: latin = "l"
        case 0x43C: latin = "m"
        case 0x43D: latin = "n"
        case 0x43E, 0x4E9: latin = "o"
        case 0x43F: latin = "p"
        case 0x440: latin = "r"
        case 0x441: latin = "s"
        case 0x442: latin = "t"
        case 0x443, 0x4AF, 0x4B1: latin = "u"
        case 0x444: latin = "f"
        case 0x445, 0x4BB: latin = "kh"
        case 0x446: latin = "ts"
        case 0x447, 0x4B9: latin = "ch"
        case 0x448, 0x449: latin = "sh"
        case 0x44A, 0x44C: latin = ""
        case 0x44E: latin = "yu"
        case 0x44F: latin = "ya"
        case 0x458: latin = "y" // ј
        case 0x493: latin = "gh" // ғ
        default: latin = String(scalar)
        }
        letters.append(contentsOf: latin.unicodeScalars)
    }

    /// The order of the Azerbaijani alphabet (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p
    /// r s ş t u ü v y z), encoded so that plain byte comparison (SQLite BINARY) sorts names
    /// the way a clerk expects. Case is ignored; other characters keep their code order after
    /// the letters.
    public static func sortKey(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let lower: Unicode.Scalar
            switch scalar.value {
            case 0x49: lower = "ı"
            case 0x130: lower = "i"
            case 0x41...0x5A: lower = Unicode.Scalar(UInt8(scalar.value + 32))
            case 0...0x7F: lower = scalar
            default:
                let mapped = scalar.properties.lowercaseMapping.unicodeScalars
                if mapped.count == 1, let only = mapped.first {
                    lower = only
                } else {
                    out.append(contentsOf: String(mapped).utf8)
                    continue
                }
            }
            if let rank = alphabetRank(lower) {
                out.append(UInt8(0x41 + rank))
            } else if lower == " " || lower == "-" || lower == "'" {
                out.append(0x20)
            } else if lower.isASCII {
                out.append(UInt8(lower.value))
            } else {
                out.append(contentsOf: String(lower).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The sort key of a whole name — `sortKey(surname + " " + name + " " + fatherName)` —
    /// put together from the parts' own sort keys (which bulk loaders cache per spelling):
    /// the key is made letter by letter and a space stays a space, so the two are equal.
    public static func joinSortKeys(_ surname: [UInt8], _ name: [UInt8], _ fatherName: [UInt8], into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        key += surname
        key.append(0x20)
        key += name
        key.append(0x20)
        key += fatherName
    }

    private static func alphabetRank(_ letter: Unicode.Scalar) -> Int? {
        switch letter {
        case "a": return 0
        case "b": return 1
        case "c": return 2
        case "ç": return 3
        case "d": return 4
        case "e": return 5
        case "ə": return 6
        case "f": return 7
        case "g": return 8
        case "ğ": return 9
        case "h": return 10
        case "x": return 11
        case "ı": return 12
        case "i": return 13
        case "j": return 14
        case "k": return 15
        case "q": return 16
        case "l": return 17
        case "m": return 18
        case "n": return 19
        case "o": return 20
        case "ö": return 21
        case "p": return 22
        case "r": return 23
        case "s": return 24
        case "ş": return 25
        case "t": return 26
        case "u": return 27
        case "ü": return 28
        case "v": return 29
        case "y": return 30
        case "z": return 31
        case "w": return 32
        default: return nil
        }
    }

    /// The smallest string greater than every string that starts with `prefix` (for an
    /// indexed range `key >= prefix AND key < bound`); nil when there is none.
    public static func prefixUpperBound(_ prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var next = last.value + 1
            if next == 0xD800 { next = 0xE000 }
            if let scalar = Unicode.Scalar(next) {
                scalars.append(scalar)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                return String(view)
            }
        }
        return nil
    }
}
