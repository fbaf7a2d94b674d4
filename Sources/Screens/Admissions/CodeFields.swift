import Domain
import Storage
import TerminalUI

/// The applicant form's code fields — citizenship and previous country (ISO 3166-1),
/// programme and previous language (ISO 639-1), the major — with the name of the code beside
/// the field and a list to choose from (issue 15: "words instead of codes"). The list opens
/// with F8, or by itself when what is typed cannot be the start of a code ("Tür", "rus"):
/// then the typing goes on in the list, as type-ahead over codes and names.
struct CodeFields {
    let language: Language
    let majors: [Major]

    static let countries: Set<String> = ["citizenship", "prevCountry"]
    static let languages: Set<String> = ["language", "prevLanguage"]

    static func isCodeField(_ id: String) -> Bool { countries.contains(id) || languages.contains(id) || id == "major" }

    /// The name of the value typed, for beside the field; nil when it is not (yet) a code.
    func name(of id: String, value: String) -> String? {
        let code = value.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { return nil }
        if Self.countries.contains(id) { return ISONames.country(code)?.text(language) }
        if Self.languages.contains(id) { return ISONames.language(code)?.text(language) }
        if id == "major" { return majors.first { $0.code.uppercased() == code.uppercased() }?.name }
        return nil
    }

    /// Whether `typed` is still typing of a code (right or wrong — a wrong one is told under
    /// the field): false once it is longer than any code or has a letter no code has, so the
    /// clerk is typing a name ("Tür", "rus", "Tarix").
    func couldBeCode(_ id: String, _ typed: String) -> Bool {
        if Self.countries.contains(id) || Self.languages.contains(id) {
            return typed.count <= 2 && typed.allSatisfy { $0.isASCII && $0.isLetter }
        }
        if id == "major" {
            let longest = majors.map(\.code.count).max() ?? 20
            let alphabet = Set(majors.flatMap { $0.code.uppercased() })
            return majors.isEmpty || (typed.count <= longest && typed.uppercased().allSatisfy(alphabet.contains))
        }
        return true
    }

    /// The list for field `id`, narrowed to `typed`.
    func picker(for id: String, label: String, typed: String) -> PickListState? {
        let lang = language
        if Self.countries.contains(id) || Self.languages.contains(id) {
            let kind: ISONames.Kind = Self.countries.contains(id) ? .country : .language
            return PickListState(title: label, typed: typed) { text in
                ISONames.matching(text, kind, lang).map {
                    PickListState.Entry(value: $0.code, label: $0.code.fitted(to: 3) + " " + $0.name)
                }
            }
        }
        guard id == "major" else { return nil }
        let all = majors
        return PickListState(title: label, typed: typed) { text in
            let key = AzerbaijaniText.searchKey(text)
            return all.filter { key.isEmpty || $0.code.hasPrefix(text) || AzerbaijaniText.searchKey($0.name).contains(key) }
                .map { PickListState.Entry(value: $0.code, label: $0.code + "  " + $0.name) }
        }
    }
}
