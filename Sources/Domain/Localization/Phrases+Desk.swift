/// Texts of the admissions desk: the applicants list, the workspace and its form.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admissions/Phrases+Desk.swift (issue 14).
extension Phrases {
    public static func deskState(_ state: ApplicantState) -> Phrase {
        switch state {
        case .new: return Phrase(az: "yeni", en: "new")
        case .documentsIncomplete: return Phrase(az: "sənəd natamam", en: "docs incomplete")
        case .ready: return Phrase(az: "hazırdır", en: "ready")
        case .admitted: return Phrase(az: "qəbul olunub", en: "admitted")
        case .refused: return Phrase(az: "rədd edilib", en: "refused")
        case .withdrawn: return Phrase(az: "geri çəkilib", en: "withdrawn")
        }
    }

    public static let deskCitizenship = Phrase(az: "Vətəndaşlıq", en: "Citizenship")
    public static let deskPassport = Phrase(az: "Pasport nömrəsi", en: "Passport number")
    public static let deskMajor = Phrase(az: "İxtisas (kod)", en: "Major (code)")
    public static let deskLevel = Phrase(az: "Səviyyə", en: "Level")
    public static let deskProgramLanguage = Phrase(az: "Tədris dili", en: "Language of study")
    public static let deskStudyForm = Phrase(az: "Təhsil forması", en: "Form of study")
    public static let deskBasis = Phrase(az: "Qəbul əsası", en: "Admission basis")
    public static func deskBasisShort(_ basis: AdmissionBasis) -> Phrase {
        switch basis {
        case .quota: return Phrase(az: "kvota", en: "quota")
        case .internationalProgramme: return Phrase(az: "beynəlxalq proqram", en: "international programme")
        case .institutionContract: return Phrase(az: "müəssisələr arası müqavilə", en: "institutions' contract")
        case .legalEntityContract: return Phrase(az: "hüquqi şəxslə müqavilə", en: "legal entity contract")
        case .individualContract: return Phrase(az: "fiziki şəxslə müqavilə", en: "individual contract")
        case .centralisedCompetition: return Phrase(az: "DİM müsabiqəsi", en: "SSAC competition")
        }
    }

    // MARK: - Field checks

    public static let deskRequired = Phrase(az: "doldurulmalıdır", en: "is required")
}

/// The two orders of the applicant list, as the phrases name them.
public enum ApplicantOrderName: Sendable {
    case name, date
}
