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
    static let formMoreBelow = Phrase(az: "aşağıda daha çox sahə var", en: "more fields below")
    static let formMoreAbove = Phrase(az: "yuxarıda daha çox sahə var", en: "more fields above")
    static let helpScrolls = Phrase(az: "↑ ↓ PgUp PgDn — sürüşdür; Esc — bağla", en: "↑ ↓ PgUp PgDn scroll; Esc closes")
}
