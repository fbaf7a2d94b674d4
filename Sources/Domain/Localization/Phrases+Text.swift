/// Texts of the rule for what text may be stored (`StoredText`, issue 12).
extension Phrases {
    /// `contains an invisible control character U+202E (right-to-left override) at position 4`
    public static func hiddenCharacter(_ v: UInt32, at position: Int) -> Phrase {
        let code = StoredText.codePoint(v)
        let name = hiddenCharacterName(v)
        return Phrase(az: "görünməyən idarəetmə simvolu var: \(code) (\(name.az)), mövqe \(position)",
                      en: "contains an invisible control character \(code) (\(name.en)) at position \(position)")
    }

    /// What the character is, in words a clerk can look up.
    public static func hiddenCharacterName(_ v: UInt32) -> Phrase {
        switch v {
        case 0x00: return Phrase(az: "boş simvol NUL", en: "null")
        case 0x07: return Phrase(az: "zəng siqnalı BEL", en: "bell")
        case 0x08: return Phrase(az: "geri qaytarma BS", en: "backspace")
        case 0x09: return Phrase(az: "tabulyasiya", en: "tab")
        case 0x0A: return Phrase(az: "sətir keçidi", en: "line feed")
        case 0x0D: return Phrase(az: "karetkanın qaytarılması", en: "carriage return")
        case 0x1B: return Phrase(az: "ESC, terminal əmrinin başlanğıcı", en: "escape, the start of a terminal command")
        case 0x7F: return Phrase(az: "silmə DEL", en: "delete")
        case 0x9B: return Phrase(az: "C1 terminal əmrinin başlanğıcı CSI", en: "C1 control sequence introducer")
        case 0xAD: return Phrase(az: "yumşaq defis", en: "soft hyphen")
        case 0x61C: return Phrase(az: "ərəb hərfi işarəsi", en: "Arabic letter mark")
        case 0x200B: return Phrase(az: "sıfır enli boşluq", en: "zero-width space")
        case 0x200C: return Phrase(az: "sıfır enli ayırıcı", en: "zero-width non-joiner")
        case 0x200D: return Phrase(az: "sıfır enli birləşdirici", en: "zero-width joiner")
        case 0x200E: return Phrase(az: "soldan sağa işarəsi", en: "left-to-right mark")
        case 0x200F: return Phrase(az: "sağdan sola işarəsi", en: "right-to-left mark")
        case 0x2028: return Phrase(az: "sətir ayırıcısı", en: "line separator")
        case 0x2029: return Phrase(az: "abzas ayırıcısı", en: "paragraph separator")
        case 0x202A: return Phrase(az: "soldan sağa daxiletmə", en: "left-to-right embedding")
        case 0x202B: return Phrase(az: "sağdan sola daxiletmə", en: "right-to-left embedding")
        case 0x202C: return Phrase(az: "istiqamət formatının sonu", en: "pop directional formatting")
        case 0x202D: return Phrase(az: "soldan sağa məcburi istiqamət", en: "left-to-right override")
        case 0x202E: return Phrase(az: "sağdan sola məcburi istiqamət", en: "right-to-left override")
        case 0x2060: return Phrase(az: "söz birləşdiricisi", en: "word joiner")
        case 0x2066: return Phrase(az: "soldan sağa təcrid", en: "left-to-right isolate")
        case 0x2067: return Phrase(az: "sağdan sola təcrid", en: "right-to-left isolate")
        case 0x2068: return Phrase(az: "ilk güclü hərfə görə təcrid", en: "first strong isolate")
        case 0x2069: return Phrase(az: "istiqamət təcridinin sonu", en: "pop directional isolate")
        case 0xFEFF: return Phrase(az: "sıfır enli bölünməz boşluq, BOM", en: "zero-width no-break space, byte order mark")
        default: break
        }
        switch StoredText.hiddenKind(v) {
        case .control: return Phrase(az: "idarəetmə simvolu", en: "control character")
        case .tag: return Phrase(az: "teq simvolu", en: "tag character")
        case .noncharacter: return Phrase(az: "simvol olmayan kod", en: "noncharacter")
        case .bidi: return Phrase(az: "yazı istiqaməti simvolu", en: "direction control")
        case .zeroWidth: return Phrase(az: "sıfır enli simvol", en: "zero-width character")
        default: return Phrase(az: "görünməyən format simvolu", en: "invisible formatting character")
        }
    }
}
