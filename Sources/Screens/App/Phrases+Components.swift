import Domain

/// Words of the interface's own machinery (quitting with a form open, help scrolling, a form
/// longer than its window): screen words, kept in Screens, not in Domain (issue 14).
extension Phrases {
    static let quitUnsavedTitle = Phrase(az: "Yadda saxlanılmamış anket", en: "Unsaved form")
    static func quitUnsavedQuestion(_ areas: [String]) -> Phrase {
        let list = areas.joined(separator: ", ")
        return Phrase(az: "\(list): anketdə yadda saxlanılmamış dəyişiklik var. Çıxsanız, o qaralama kimi saxlanılacaq və növbəti seansda təklif olunacaq.",
                      en: "\(list): a form has unsaved changes. If you quit, it is kept as a draft and offered back in your next session.")
    }
    static let quitKeepDraft = Phrase(az: "Çıx, qaralama saxlansın", en: "Quit, keep the draft")
    /// The last row of a form taller than its window (issue 15).
    static func formMore(_ count: Int, below: Bool) -> Phrase {
        below ? Phrase(az: "▼ aşağıda daha \(count) sahə (↓ Tab)", en: "▼ \(count) more field\(count == 1 ? "" : "s") below (↓ Tab)")
              : Phrase(az: "▲ yuxarıda daha \(count) sahə (↑)", en: "▲ \(count) more field\(count == 1 ? "" : "s") above (↑)")
    }
    static let helpMoreBelow = Phrase(az: "▼ davamı aşağıda: ↓ PgDn", en: "▼ more below: ↓ PgDn")
    static let helpMoreAbove = Phrase(az: "▲ əvvəli yuxarıda: ↑ PgUp", en: "▲ more above: ↑ PgUp")
}

/// The Students list's search (issue 15).
extension Phrases {
    static let deskHelpSearchStudents = Phrase(az: "ad, soyad, pasport, FİN və ya № ilə axtarış",
                                               en: "search by name, passport, FİN or №")
    static let deskHelpClearSearch = Phrase(az: "axtarışı təmizlə", en: "clear the search")
    static let deskSearchStudentsPrompt = Phrase(az: "Ad, soyad, pasport, FİN və ya №:", en: "Name, passport, FİN or №:")
    static func deskStudentsFound(_ found: Int, of all: Int) -> Phrase {
        Phrase(az: "\(all) tələbədən \(found)", en: "\(found) of \(all) students")
    }
}
