import Domain

/// Why one field of an imported row was refused.
struct FieldProblem: Error {
    let reason: Phrase
    /// The reason without the value (see `ImportProblem.kind`).
    var kind: Phrase?

    init(reason: Phrase, kind: Phrase? = nil) {
        self.reason = reason
        self.kind = kind
    }
}

/// Byte-level checks of imported fields: no String is made for a value that is only checked.
enum FieldCheck {
    /// Valid UTF-8, nothing `StoredText` refuses (controls, direction and zero-width marks,
    /// tags …: the one rule for stored text, issue 12), at most `maxCharacters`, and not
    /// empty when `required`.
    static func text(_ b: UnsafeBufferPointer<UInt8>, maxCharacters: Int, required: Bool) throws(FieldProblem) {
        if b.isEmpty {
            if required { throw FieldProblem(reason: Phrase(az: "boşdur", en: "is empty")) }
            return
        }
        var i = 0
        var characters = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 || c == 0x7F { throw hidden(UInt32(c), at: characters + 1) }
                i += 1
                characters += 1
                continue
            }
            var scalar: UInt32
            var length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2; scalar = UInt32(c & 0x1F)
            case 0xE0: length = 3; scalar = 0; lowest = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3; scalar = UInt32(c & 0x0F)
            case 0xED: length = 3; scalar = 0x0D; highest = 0x9F
            case 0xF0: length = 4; scalar = 0; lowest = 0x90
            case 0xF1...0xF3: length = 4; scalar = UInt32(c & 0x07)
            case 0xF4: length = 4; scalar = 4; highest = 0x8F
            default: throw invalidUTF8(c, at: i)
            }
            guard i + length <= n else { throw invalidUTF8(c, at: i) }
            for k in 1..<length {
                let next = b[i + k]
                let low = k == 1 ? lowest : 0x80
                let high = k == 1 ? highest : 0xBF
                guard next >= low && next <= high else { throw invalidUTF8(k == 1 ? c : next, at: k == 1 ? i : i + k) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if StoredText.hiddenKind(scalar) != nil { throw hidden(scalar, at: characters + 1) }
            i += length
            characters += 1
        }
        if characters > maxCharacters {
            throw FieldProblem(reason: Phrase(az: "çox uzundur (\(characters) simvol, ən çoxu \(maxCharacters))",
                                              en: "is too long (\(characters) characters, at most \(maxCharacters))"),
                               kind: Phrase(az: "çox uzundur (ən çoxu \(maxCharacters) simvol)",
                                            en: "is too long (at most \(maxCharacters) characters)"))
        }
    }

    private static func hidden(_ scalar: UInt32, at position: Int) -> FieldProblem {
        FieldProblem(reason: Phrases.hiddenCharacter(scalar, at: position),
                     kind: Phrase(az: "görünməyən idarəetmə simvolu var", en: "contains an invisible control character"))
    }

    private static func invalidUTF8(_ byte: UInt8, at offset: Int) -> FieldProblem {
        let hex = "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        return FieldProblem(reason: Phrase(az: "düzgün UTF-8 deyil (\(offset + 1)-ci baytda \(hex))",
                                           en: "is not valid UTF-8 (byte \(hex) at position \(offset + 1))"),
                            kind: Phrase(az: "düzgün UTF-8 deyil", en: "is not valid UTF-8"))
    }

    /// A `YYYY-MM-DD` date that exists (2023-02-30 does not).
    static func date(_ b: UnsafeBufferPointer<UInt8>) throws(FieldProblem) -> CivilDate {
        func digit(_ i: Int) -> Int? { b[i] >= 0x30 && b[i] <= 0x39 ? Int(b[i] - 0x30) : nil }
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
              let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3),
              let m1 = digit(5), let m2 = digit(6), let d1 = digit(8), let d2 = digit(9) else {
            throw FieldProblem(reason: Phrase(az: "\(display(b)) YYYY-AA-GG şəklində tarix deyil",
                                              en: "\(display(b)) is not a date in the form YYYY-MM-DD"),
                               kind: Phrase(az: "YYYY-AA-GG şəklində tarix deyil", en: "is not a date in the form YYYY-MM-DD"))
        }
        guard let date = CivilDate(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: m1 * 10 + m2, day: d1 * 10 + d2) else {
            throw FieldProblem(reason: Phrase(az: "\(display(b)) mövcud tarix deyil", en: "\(display(b)) is not a valid date"),
                               kind: Phrase(az: "mövcud tarix deyil", en: "is not a valid date"))
        }
        return date
    }

    /// A whole number in `range`.
    static func integer(_ b: UnsafeBufferPointer<UInt8>, in range: ClosedRange<Int>) throws(FieldProblem) -> Int {
        var value = 0
        guard !b.isEmpty, b.count <= 9 else { throw notInteger(b, range) }
        for byte in b {
            guard byte >= 0x30 && byte <= 0x39 else { throw notInteger(b, range) }
            value = value * 10 + Int(byte - 0x30)
        }
        guard range.contains(value) else { throw notInteger(b, range) }
        return value
    }

    private static func notInteger(_ b: UnsafeBufferPointer<UInt8>, _ range: ClosedRange<Int>) -> FieldProblem {
        FieldProblem(reason: Phrase(az: "\(display(b)) \(range.lowerBound) ilə \(range.upperBound) arasında tam ədəd deyil",
                                    en: "\(display(b)) is not a whole number from \(range.lowerBound) to \(range.upperBound)"),
                     kind: Phrase(az: "\(range.lowerBound) ilə \(range.upperBound) arasında tam ədəd deyil",
                                  en: "is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
    }

    /// The index of the option the value names (ASCII case ignored; "_" and " " read as "-",
    /// so `academic_leave` and `Academic leave` name `academic-leave`).
    static func choice(_ b: UnsafeBufferPointer<UInt8>, _ options: [StaticString]) throws(FieldProblem) -> Int {
        for (index, option) in options.enumerated() where option.utf8CodeUnitCount == b.count {
            let o = UnsafeBufferPointer(start: option.utf8Start, count: option.utf8CodeUnitCount)
            var same = true
            for i in 0..<b.count {
                var c = b[i]
                if c >= 0x41 && c <= 0x5A { c += 32 }
                if c == 0x5F || c == 0x20 { c = 0x2D }
                if c != o[i] { same = false; break }
            }
            if same { return index }
        }
        let list = options.map { $0.description }.joined(separator: ", ")
        throw FieldProblem(reason: Phrase(az: "\(display(b)) bunlardan biri deyil: \(list)",
                                          en: "\(display(b)) is not one of \(list)"),
                           kind: Phrase(az: "bunlardan biri deyil: \(list)", en: "is not one of \(list)"))
    }

    /// A value as shown in a message: quoted, hidden characters escaped (`ShownText`), long values cut.
    static func display(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b.prefix(160)), as: UTF8.self)
        var out = "\""
        var shown = 0
        for scalar in text.unicodeScalars {
            if shown == 40 { out += "…"; break }
            if StoredText.hiddenKind(scalar.value) != nil {
                out += ShownText.escape(scalar.value)
            } else if scalar == "\"" {
                out += "\\\""
            } else {
                out.unicodeScalars.append(scalar)
            }
            shown += 1
        }
        if b.count > 160 && shown < 40 { out += "…" }
        return out + "\""
    }

    static func string(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: b, as: UTF8.self)
    }
}
