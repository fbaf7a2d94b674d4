import Domain

extension Phrases {
    /// A draft that was saved, restored or declined could not be forgotten: it will be offered again.
    static func deskDraftNotDiscarded(_ why: String) -> Phrase {
        Phrase(az: "Qaralama silinmədi; növbəti dəfə yenə təklif olunacaq. (\(why))",
               en: "The draft was not forgotten; it will be offered again next time. (\(why))")
    }
}
