/// Texts of the interface frame: title bar, tabs, help, status bar, common dialogs.
/// Only the words that Domain or Storage use too stay here; the screen-only ones are in
/// Screens/App/Phrases+Interface.swift (issue 14).
extension Phrases {
    public static let help = Phrase(az: "Kömək", en: "Help")
    public static let quit = Phrase(az: "Çıxış", en: "Quit")
    public static let close = Phrase(az: "Bağla", en: "Close")
    public static let details = Phrase(az: "Ətraflı", en: "Details")
    public static let move = Phrase(az: "Hərəkət", en: "Move")
}

/// Texts of the registry browser.
extension Phrases {
    public static let columnPIN = Phrase(az: "FİN", en: "PIN")
    public static let columnSurname = Phrase(az: "Soyad", en: "Surname")
    public static let columnName = Phrase(az: "Ad", en: "Name")
    public static let columnFatherName = Phrase(az: "Ata adı", en: "Father's name")
    public static let columnBirthDate = Phrase(az: "Təvəllüd", en: "Born")
    public static let none = Phrase(az: "yoxdur", en: "none")
    public static func years(_ n: Int) -> Phrase { Phrase(az: "\(n) il", en: "\(n) years") }
}
