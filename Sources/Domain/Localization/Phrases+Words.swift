/// Short footer words for keys that were only in F1 help (issue 15: "hidden keys … appear in
/// the footer").
extension Phrases {
    public static let footerRefuse = Phrase(az: "İmtina", en: "Refuse")
    public static let footerWithdrawn = Phrase(az: "Geri çəkildi", en: "Withdrawn")
    public static let footerSort = Phrase(az: "Sıra", en: "Sort")
    public static let footerClear = Phrase(az: "Təmizlə", en: "Clear")
}
