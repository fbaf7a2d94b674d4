/// Files written for a person (exports, certificates, backups).
extension Phrases {
    public static func fileExists(_ path: String) -> Phrase {
        Phrase(az: "\(path) artıq var; başqa ad seçin və ya əvəz etmək üçün --force əlavə edin",
               en: "\(path) already exists; choose another name or add --force to replace it")
    }
    public static func fileNotWritten(_ path: String, reason: String) -> Phrase {
        Phrase(az: "\(path) yazılmadı: \(reason)", en: "cannot write \(path): \(reason)")
    }
}
