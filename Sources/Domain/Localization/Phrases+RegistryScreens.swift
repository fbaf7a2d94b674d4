/// Texts of the registry screens: PIN lookup, name search, diploma check, inquiries.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Registry/Phrases+RegistryScreens.swift (issue 14).
extension Phrases {
    // MARK: - Diploma check
    public static let diplomaSeries = Phrase(az: "Seriya", en: "Series")
    public static let diplomaNumber = Phrase(az: "Qeydiyyat nömrəsi", en: "Registration number")
}
