/// The answer to a diploma check against fakes (seed 000: "easier … to recognize the fake
/// diplomas"): the series and registration number exist and the initials agree, the number
/// exists but the initials differ, or the registry has no such diploma.
public enum DiplomaCheckResult: Sendable, Hashable {
    case valid(StudentRecord)
    /// The diploma exists but the initials given differ in these parts of the name.
    case mismatch(StudentRecord, differing: [NamePart])
    case notFound

    public enum NamePart: String, Sendable, Hashable, CaseIterable {
        case surname
        case name
        case fatherName = "father_name"

        public var phrase: Phrase {
            switch self {
            case .surname: return Phrase(az: "soyad", en: "surname")
            case .name: return Phrase(az: "ad", en: "name")
            case .fatherName: return Phrase(az: "ata adı", en: "father's name")
            }
        }
    }

    public var code: String {
        switch self {
        case .valid: return "valid"
        case .mismatch: return "mismatch"
        case .notFound: return "not-found"
        }
    }
}

public enum DiplomaCheck {
    /// The letters of typed initials, upper-cased by Azerbaijani rules ("məə", "M.Ə.Ə." → "MƏƏ").
    public static func initials(_ typed: String) -> String {
        AzerbaijaniText.uppercased(String(typed.filter { $0.isLetter }))
    }

    /// Evaluates a check from the records holding the diploma. Initials are compared letter
    /// by letter in the order surname, name, father's name, after Azerbaijani upper-casing
    /// (i ↔ İ, ı ↔ I); a missing letter counts as different.
    public static func evaluate(initials typed: String?, records: [StudentRecord]) -> DiplomaCheckResult {
        guard let record = records.first else { return .notFound }
        guard let typed, !initials(typed).isEmpty else { return .valid(record) }
        let given = Array(initials(typed))
        let parts = [record.name.surname, record.name.name, record.name.fatherName]
        var differing: [DiplomaCheckResult.NamePart] = []
        for (index, part) in DiplomaCheckResult.NamePart.allCases.enumerated() {
            let expected = parts[index].first.map { Character(AzerbaijaniText.uppercased(String($0))) }
            let got = index < given.count ? given[index] : nil
            if expected != got, !(expected == nil && got == nil) { differing.append(part) }
        }
        if given.count > 3, !differing.contains(.fatherName) { differing.append(.fatherName) }
        return differing.isEmpty ? .valid(record) : .mismatch(record, differing: differing)
    }
}
