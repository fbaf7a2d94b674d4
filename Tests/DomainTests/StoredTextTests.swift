import Testing
@testable import Domain

/// Issue 12: the one rule for what text may be stored, the one rule for showing text from
/// elsewhere, and CSV cells a spreadsheet would run.
@Suite struct StoredTextTests {
    @Test func azerbaijaniLettersAndOrdinaryPunctuationMayBeStored() {
        let texts = ["Məmmədov", "ƏLİYEV", "Hüseyn oğlu", "İsmayılov", "çöl üzü şəhər", "ğ ı İ ö ü ş ç ə Ə Ğ I Ö Ü Ş Ç",
                     "Bakı, Nizami küç. 12/3 (mənzil 4); tel: +994 12 555-55-55", "O'Brien", "Ивано́в", "Müller-Lüdenscheidt",
                     "“quoted” — dash … €5 № 7", "e\u{301}", "no\u{A0}break", "日本語", "مُحَمَّد", "😀", "\u{E000}"]
        for text in texts {
            #expect(StoredText.problem(in: text) == nil, "\(text) was refused")
        }
    }

    @Test(arguments: [
        (UInt32(0x00), "null"), (0x07, "bell"), (0x09, "tab"), (0x0A, "line feed"), (0x0D, "carriage return"),
        (0x1B, "escape, the start of a terminal command"), (0x7F, "delete"), (0x85, "control character"),
        (0x9B, "C1 control sequence introducer"),
        (0x202A, "left-to-right embedding"), (0x202B, "right-to-left embedding"), (0x202C, "pop directional formatting"),
        (0x202D, "left-to-right override"), (0x202E, "right-to-left override"),
        (0x2066, "left-to-right isolate"), (0x2067, "right-to-left isolate"), (0x2068, "first strong isolate"),
        (0x2069, "pop directional isolate"), (0x200E, "left-to-right mark"), (0x200F, "right-to-left mark"),
        (0x061C, "Arabic letter mark"),
        (0x200B, "zero-width space"), (0x200C, "zero-width non-joiner"), (0x200D, "zero-width joiner"),
        (0x2060, "word joiner"), (0xFEFF, "zero-width no-break space, byte order mark"),
        (0xE0001, "tag character"), (0xE0041, "tag character"), (0xE007F, "tag character"),
        (0x00AD, "soft hyphen"), (0x2028, "line separator"), (0x2029, "paragraph separator"),
        (0xFDD0, "noncharacter"), (0xFFFE, "noncharacter"), (0xFFFF, "noncharacter"), (0x1FFFF, "noncharacter"),
        (0x10FFFF, "noncharacter"),
        (0x2062, "invisible formatting character"), (0x3164, "invisible formatting character"),
        (0xFE0F, "invisible formatting character"), (0xE0100, "invisible formatting character"),
    ])
    func everyHiddenCharacterIsRefusedWithItsNameAndPosition(code: UInt32, name: String) throws {
        let scalar = try #require(Unicode.Scalar(code))
        var text = "Əli"
        text.unicodeScalars.append(scalar)
        text += "yev"
        let reason = try #require(StoredText.problem(in: text))
        #expect(reason.en == "contains an invisible control character \(StoredText.codePoint(code)) (\(name)) at position 4")
        #expect(reason.az.contains(StoredText.codePoint(code)) && reason.az.contains("mövqe 4"))
    }

    @Test func theRefusalNamesTheField() {
        #expect(throws: TextRefusal.self) { try StoredText.check("Ali\u{202E}ve", field: "surname") }
        do {
            try StoredText.check(["surname": "Əliyev", "name": "Ra\u{202E}na"])
            Issue.record("a right-to-left override was accepted")
        } catch {
            #expect(error.phrase.en == "name: contains an invisible control character U+202E (right-to-left override) at position 3")
        }
    }

    /// The explicit ranges (fast to check while importing millions of rows) cover every
    /// control, format, separator, noncharacter and default-ignorable code point the
    /// Unicode tables of the standard library know, and nothing visible besides.
    @Test func theRuleCoversWhatUnicodeCallsInvisibleAndNothingElse() {
        var missed: [String] = []
        var extra: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let p = scalar.properties
            let invisible: Bool
            switch p.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: invisible = true
            default: invisible = p.isNoncharacterCodePoint || p.isDefaultIgnorableCodePoint
            }
            let refused = StoredText.hiddenKind(v) != nil
            if invisible && !refused { missed.append(StoredText.codePoint(v)) }
            // Refused though Unicode (as this standard library knows it) has it unassigned: the
            // default-ignorable blocks are refused whole, so new characters there are too.
            if refused && !invisible && p.generalCategory != .unassigned { extra.append(StoredText.codePoint(v)) }
        }
        #expect(missed.isEmpty, "not refused: \(missed.prefix(20))")
        #expect(extra.isEmpty, "refused though visible: \(extra.prefix(20))")
    }

    @Test func hiddenCharactersAreShownAsVisibleEscapes() {
        #expect(ShownText.escaped("Əli\u{202E}veyi\u{1B}[2J\u{7}") == "Əli\\u{202E}veyi\\u{1B}[2J\\u{7}")
        #expect(ShownText.escaped("a\u{200D}b\u{E0041}\nc") == "a\\u{200D}b\\u{E0041}\\u{A}c")
        #expect(ShownText.escaped("Məmmədov Hüseyn oğlu") == "Məmmədov Hüseyn oğlu")
    }

    @Test func csvCellsASpreadsheetWouldRunAreNeutralised() {
        #expect(CSVText.cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVText.cell("+994125555555") == "'+994125555555")
        #expect(CSVText.cell("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0")
        #expect(CSVText.cell("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(CSVText.cell("\t=1+1") == "'\\u{9}=1+1")
        #expect(CSVText.cell("\r=1+1") == "'\\u{D}=1+1")
        // Ordinary values are written as they are; RFC 4180 quoting where needed.
        #expect(CSVText.cell("Məmmədov") == "Məmmədov")
        #expect(CSVText.cell("2025-09-15") == "2025-09-15")
        #expect(CSVText.cell("Bakı, Nizami 12") == "\"Bakı, Nizami 12\"")
        #expect(CSVText.cell("a=b") == "a=b")
        #expect(CSVText.record(["1", "=A1", "x\u{202E}y"]) == "1,'=A1,x\\u{202E}y\r\n")
    }
}
