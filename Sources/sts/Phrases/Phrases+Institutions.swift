import Domain

/// `sts institutions` (issue 15: the contract's rector and addresses come from here).
extension Phrases {
    static let helpInstitutions = Phrase(
        az: """
            istifadə: sts institutions list [--json] [--db YOL]
                      sts institutions set KOD [--name AD] [--name-en AD] [--city ŞƏHƏR] [--address ÜNVAN] [--rector AD] [--db YOL]

            Əlavədəki müqavilənin götürüldüyü müəssisə qeydi: adı, ingiliscə adı (müqavilənin
            ingiliscə tərcüməsi üçün), şəhəri, ünvanı və rektoru. Siyahını hər kəs görür; dəyişiklik
            inzibatçılar üçündür, versiya ilə yoxlanılır və auditə yazılır.

            Çıxış kodu: 0 edildi, 1 naməlum kod və ya icazə yoxdur, 2 yanlış parametr.
            """,
        en: """
            usage: sts institutions list [--json] [--db PATH]
                   sts institutions set CODE [--name N] [--name-en N] [--city C] [--address A] [--rector R] [--db PATH]

            The institution's record the appendix contract is made from: its name, its English
            name (for the English translation of the contract), city, address and rector. Anyone
            may list; changes are for administrators, version-checked and audited.

            Exit status: 0 done, 1 an unknown code or not permitted, 2 a bad option.
            """)

    static let institutionNotSet = Phrase(az: "göstərilməyib", en: "not set")

    static func institutionAddressLine(_ address: String, rector: String) -> Phrase {
        Phrase(az: "ünvan: \(address); rektor: \(rector)", en: "address: \(address); rector: \(rector)")
    }

    static func institutionUnknown(_ code: String) -> Phrase {
        Phrase(az: "\(code) kodlu müəssisə yoxdur (sts institutions list)", en: "no institution has the code \(code) (sts institutions list)")
    }

    static func institutionSaved(_ code: String) -> Phrase {
        Phrase(az: "\(code) müəssisəsinin qeydi saxlanıldı", en: "institution \(code) saved")
    }
}
