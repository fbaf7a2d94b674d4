/// Texts of the desk's sections: documents (3.4), language (3.5–3.7), payment and
/// admission (2.1.1, 2.2.4), contract (appendix).
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admissions/Phrases+DeskSections.swift (issue 14).
extension Phrases {
    public static let deskAdmitRefused = Phrase(az: "Qəbul olunmur:", en: "Cannot admit:")
    public static let deskAlreadyAdmitted = Phrase(az: "artıq qəbul olunub", en: "already admitted")
    public static func deskNotAdmissible(_ state: ApplicantState) -> Phrase {
        Phrase(az: "ərizəçinin vəziyyəti: \(deskState(state).az)", en: "the applicant is \(deskState(state).en)")
    }
    public static func deskParagraphReason(_ paragraph: String, _ why: Phrase) -> Phrase {
        Phrase(az: "\(paragraph): \(why.az)", en: "\(paragraph): \(why.en)")
    }
    public static func deskDocumentsIncomplete(_ paragraphs: [String]) -> Phrase {
        var seen: [String] = []
        for p in paragraphs where !seen.contains(p) { seen.append(p) }
        let list = seen.joined(separator: ", ")
        return Phrase(az: "3.4: sənədlər natamamdır (\(list))", en: "3.4: documents incomplete (\(list))")
    }
}
