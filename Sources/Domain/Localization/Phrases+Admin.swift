/// Texts of the Admin area: users and the audit trail.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/Admin/Phrases+Admin.swift (issue 14).
extension Phrases {
    public static let add = Phrase(az: "Əlavə et", en: "Add")
    public static let save = Phrase(az: "Saxla", en: "Save")
    public static let cancel = Phrase(az: "Ləğv et", en: "Cancel")
    public static let filter = Phrase(az: "Süzgəc", en: "Filter")
}
