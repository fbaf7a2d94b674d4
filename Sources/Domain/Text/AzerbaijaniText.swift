/// Azerbaijani letter case and the folded keys used to find and order names.
public enum AzerbaijaniText {
    /// Lower-cases with Azerbaijani rules: I → ı, İ → i.
    public static func lowercased(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "I": out.unicodeScalars.append("ı")
            case "İ": out.unicodeScalars.append("i")
            default: out.append(contentsOf: String(scalar).lowercased())
            }
        }
        return out
    }

    /// Upper-cases with Azerbaijani rules: i → İ, ı → I.
    public static func uppercased(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i": out.unicodeScalars.append("İ")
            case "ı": out.unicodeScalars.append("I")
            default: out.append(contentsOf: String(scalar).uppercased())
            }
        }
        return out
    }

    /// The search key: one folding for stored names and for what people type, so that
    /// Məmmədov is found from Mammadov, MAMMADOV, Mamedov and məmməd; Hüseynov from Huseynov
    /// and Guseynov; Əliyev from Aliyev and Aliev; İsmayılov from Ismayilov.
    ///
    /// Letters fall into sound classes that the Latin, Cyrillic-era and English spellings
    /// share: ə/a/ä/e → a; ı/i/y → i; ö/o → o; ü/u → u; ş/s/sh → s; ç/c/ch/dzh/j/zh → c;
    /// ğ/g/gh/q/k/h/x/kh → g (Russian-era forms write Г or К for h and q:
    /// Guseynov, Kasumov); w/v → v. Then a letter repeated is kept once (Məmmədov has two
    /// m, Mamedov one). Anything that is not a letter or digit separates words (one space).
    public static func searchKey(_ text: String) -> String {
        let lower = lowercased(text)
        var scalars = Array(lower.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        func push(_ s: Unicode.Scalar) {
            if s == " " {
                if let last = out.last, last != " " { out.append(s) }
                return
            }
            if out.last != s { out.append(s) }
        }
        scalars.append(" ")
        while i < scalars.count - 1 {
            let c = scalars[i]
            let next = scalars[i + 1]
            // Digraphs of transliterated spellings.
            if c == "d", next == "z", i + 2 < scalars.count, scalars[i + 2] == "h" {
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
            switch c {
            case "a", "ə", "ä", "e", "é", "á": push("a")
            case "ı", "i", "y", "í", "ï": push("i")
            case "o", "ö", "ó": push("o")
            case "u", "ü", "ú": push("u")
            case "s", "ş": push("s")
            case "c", "ç", "j": push("c")
            case "g", "ğ", "q", "h", "x", "k": push("g")
            case "w", "v": push("v")
            case "b", "d", "f", "l", "m", "n", "p", "r", "t", "z":
                push(c)
            default:
                if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                    push(c)
                } else {
                    push(" ")
                }
            }
            i += 1
        }
        while out.last == " " { out.removeLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return String(result)
    }

    /// The order of the Azerbaijani alphabet (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p
    /// r s ş t u ü v y z), encoded so that plain byte comparison (SQLite BINARY) sorts names
    /// the way a clerk expects. Case is ignored; other characters keep their code order after
    /// the letters.
    public static func sortKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in lowercased(text).unicodeScalars {
            if let rank = alphabetRank[scalar] {
                out.append(Unicode.Scalar(UInt8(0x41 + rank)))
            } else if scalar == " " || scalar == "-" || scalar == "'" {
                out.append(" ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let alphabetRank: [Unicode.Scalar: Int] = {
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "ç", "d", "e", "ə", "f", "g", "ğ", "h", "x", "ı", "i",
                                          "j", "k", "q", "l", "m", "n", "o", "ö", "p", "r", "s", "ş", "t",
                                          "u", "ü", "v", "y", "z", "w"]
        var table: [Unicode.Scalar: Int] = [:]
        for (index, letter) in alphabet.enumerated() { table[letter] = index }
        return table
    }()
}
