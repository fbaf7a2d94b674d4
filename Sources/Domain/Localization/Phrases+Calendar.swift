/// Names of calendar units.
extension Phrases {
    /// January … December.
    public static let monthNames: [Phrase] = [
        Phrase(az: "yanvar", en: "January"), Phrase(az: "fevral", en: "February"),
        Phrase(az: "mart", en: "March"), Phrase(az: "aprel", en: "April"),
        Phrase(az: "may", en: "May"), Phrase(az: "iyun", en: "June"),
        Phrase(az: "iyul", en: "July"), Phrase(az: "avqust", en: "August"),
        Phrase(az: "sentyabr", en: "September"), Phrase(az: "oktyabr", en: "October"),
        Phrase(az: "noyabr", en: "November"), Phrase(az: "dekabr", en: "December"),
    ]
}
