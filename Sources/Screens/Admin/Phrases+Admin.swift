import Domain

/// Texts of the Admin area: users and the audit trail.
extension Phrases {
    public static let areaAdmin = Phrase(az: "İdarə", en: "Admin")
    public static let adminUsers = Phrase(az: "İstifadəçilər", en: "Users")
    public static let adminAudit = Phrase(az: "Audit", en: "Audit")
    public static let columnLogin = Phrase(az: "Login", en: "Login")
    public static let columnRole = Phrase(az: "Rol", en: "Role")
    public static let columnWhen = Phrase(az: "Vaxt", en: "When")
    public static let columnAction = Phrase(az: "Əməl", en: "Action")
    public static let columnPurpose = Phrase(az: "Məqsəd", en: "Purpose")
    public static let columnDetail = Phrase(az: "Təfərrüat", en: "Detail")
    public static let newUser = Phrase(az: "Yeni istifadəçi", en: "New user")
    public static let editUser = Phrase(az: "İstifadəçini dəyiş", en: "Change user")
    public static let removeUser = Phrase(az: "Sil", en: "Remove")
    public static let auditFilterPrompt = Phrase(az: "FİN və ya login:", en: "PIN or login:")
    public static let auditAll = Phrase(az: "bütün hadisələr, ən yenisi əvvəl", en: "all events, newest first")
    public static func auditOfPIN(_ pin: String) -> Phrase {
        Phrase(az: "\(pin): bu şəxsin məlumatlarına kim, nə vaxt və niyə baxıb", en: "\(pin): who looked at this person's data, when and why")
    }
    public static func auditOfLogin(_ login: String) -> Phrase {
        Phrase(az: "\(login) istifadəçisinin etdikləri", en: "what \(login) did")
    }
    public static let auditEmpty = Phrase(az: "Heç bir hadisə yoxdur.", en: "No audit events.")
    public static func confirmRemove(_ login: String) -> Phrase {
        Phrase(az: "\(login) sistemdən istifadə edə bilməyəcək. Silinsin?", en: "\(login) will no longer be able to use the system. Remove?")
    }
    public static func userSaved(_ login: String) -> Phrase { Phrase(az: "\(login) saxlanıldı", en: "saved \(login)") }
    public static func userRemoved(_ login: String) -> Phrase { Phrase(az: "\(login) silindi", en: "removed \(login)") }
    public static let helpKeyNewUser = Phrase(az: "yeni istifadəçi", en: "add a user")
    public static let helpKeyEditUser = Phrase(az: "seçilmiş istifadəçinin rolunu dəyiş", en: "change the selected user's role")
    public static let helpKeyRemoveUser = Phrase(az: "seçilmiş istifadəçini sil", en: "remove the selected user")
    public static let helpKeySwitchAdmin = Phrase(az: "istifadəçilər / audit", en: "users / audit trail")
    public static let helpKeyAuditFilter = Phrase(az: "FİN və ya login üzrə süz (boş: hamısı)", en: "filter by PIN or login (empty: all)")
    public static let helpKeySaveForm = Phrase(az: "formu saxla / bağla", en: "save / close the form")
}

/// What an open session is told when an administrator changes its own user (issue 12).
extension Phrases {
    public static let sessionChangedTitle = Phrase(az: "Rolunuz dəyişdi", en: "Your role changed")
    public static func sessionChanged(_ role: Phrase, institution: String?) -> Phrase {
        let az = "İnzibatçı rolunuzu dəyişdi: indi \(role.az)" + (institution.map { " (\($0))" } ?? "")
            + ". Bölmələr yeni hüquqlarınıza görə açıldı; saxlanmamış forma varsa, qaralama kimi saxlanıldı."
        let en = "An administrator changed your role: you are now \(role.en)" + (institution.map { " (\($0))" } ?? "")
            + ". The areas follow your new rights; any unsaved form was kept as a draft."
        return Phrase(az: az, en: en)
    }
    public static let sessionRemovedTitle = Phrase(az: "Giriş bağlandı", en: "Access ended")
    public static func sessionRemoved(_ login: String) -> Phrase {
        Phrase(az: "\(login) artıq bu bazanın istifadəçisi deyil: inzibatçı sizi sildi. Heç nə etmək olmaz; q ilə çıxın.",
               en: "\(login) is no longer a user of this database: an administrator removed you. Nothing more can be done; press q to quit.")
    }
}
