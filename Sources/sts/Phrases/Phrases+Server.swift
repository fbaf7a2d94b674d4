import Domain

/// Texts of the shared server: opening the database, `init`, `backup`, `check` (command line only;
/// the files a person takes away, which Storage names too, stay in Domain).
extension Phrases {
    static func noDatabase(_ path: String) -> Phrase {
        Phrase(az: "\(path) verilənlər bazası yoxdur (sts init ilə yaradın)",
               en: "there is no database at \(path) (create one with sts init)")
    }

    /// A database the user's own rights cannot open; `refusal` says why it was not taken as
    /// the installation's shared database, when `sts` is installed setgid.
    static func databaseNotYours(_ path: String, reason: String, refusal: Phrase?) -> Phrase {
        let az = refusal.map { " Bu fayl quraşdırmanın ortaq bazası kimi açılmadı: \($0.az)." } ?? ""
        let en = refusal.map { " It was not opened as the installation's shared database: \($0.en)." } ?? ""
        return Phrase(az: "\(path) bazasını istifadə etmək olmur: \(reason).\(az) Ortaq baza sts init --group ilə yaradılır (README, \"Ortaq serverdə\").",
                      en: "cannot use the database \(path): \(reason).\(en) A shared database is made with sts init --group (README, \"Running on a shared server\").")
    }

    // MARK: - init

    static func initCreated(_ path: String, schema: Int) -> Phrase {
        Phrase(az: "yaradıldı: \(path) (sxem \(schema))", en: "created \(path) (schema \(schema))")
    }
    static func initUpgraded(_ path: String, from: Int, to: Int) -> Phrase {
        Phrase(az: "yeniləndi: \(path), sxem \(from) → \(to)", en: "upgraded \(path) from schema \(from) to \(to)")
    }
    static func initUnchanged(_ path: String, schema: Int) -> Phrase {
        Phrase(az: "\(path) artıq son sxemdədir (\(schema)); heç nə dəyişmədi",
               en: "\(path) is already at schema \(schema); nothing changed")
    }
    static func initAdministrator(_ login: String) -> Phrase {
        Phrase(az: "\(login) inzibatçı edildi", en: "made \(login) an administrator")
    }
    static func initHasUsers(_ login: String) -> Phrase {
        Phrase(az: "bazada artıq istifadəçilər var; \(login) inzibatçı edilmədi (sts users add ilə əlavə edin)",
               en: "the database already has users; \(login) was not made an administrator (add people with sts users add)")
    }
    static func initDirectoryMade(_ directory: String, group: String) -> Phrase {
        Phrase(az: "\(directory) qovluğu yaradıldı: qrup \(group), rejim 2770", en: "made \(directory): group \(group), mode 2770")
    }
    static func initDirectoryTaken(_ directory: String, group: String) -> Phrase {
        Phrase(az: "boş \(directory) qovluğu \(group) qrupuna verildi, rejim 2770",
               en: "gave the empty directory \(directory) to group \(group), mode 2770")
    }
    static func initFileShared(_ path: String, group: String) -> Phrase {
        Phrase(az: "\(path) və onun -wal, -shm faylları: qrup \(group), rejim 0660",
               en: "\(path) and its -wal and -shm: group \(group), mode 0660")
    }
    static func initDirectoryNotEmpty(_ directory: String, group: String, example: String) -> Phrase {
        Phrase(az: "\(directory) artıq var və boş deyil (məs. \(example)) və \(group) qrupunun 2770 qovluğu deyil; init --group bütün qovluğu qrupa verir, ona görə yalnız yeni və ya boş qovluq götürür (məs. /var/lib/sts/sts.db)",
               en: "\(directory) already exists, is not empty (it holds \(example)) and is not a mode 2770 directory of group \(group); init --group gives the whole directory to the group, so it takes only a new or empty one (e.g. /var/lib/sts/sts.db)")
    }
    static func initNotADirectory(_ directory: String) -> Phrase {
        Phrase(az: "\(directory) qovluq deyil (və ya simvolik keçiddir)", en: "\(directory) is not a directory (or is a symbolic link)")
    }
    static func initNoParent(_ parent: String) -> Phrase {
        Phrase(az: "\(parent) yoxdur; əvvəlcə onu yaradın", en: "\(parent) does not exist; create it first")
    }
    static func initNotPermittedGroup(_ group: String) -> Phrase {
        Phrase(az: "qovluğu \(group) qrupuna yalnız root verə bilər (heç kim bu qrupda deyil): sudo sts init …",
               en: "only root can give a directory to group \(group) (nobody is in that group): sudo sts init …")
    }
    static func initNoGroup(_ group: String) -> Phrase {
        Phrase(az: "--group: \"\(group)\" qrupu yoxdur (make install onu yaradır)",
               en: "--group: there is no group \"\(group)\" (make install creates it)")
    }
    static func initNoLogin(_ login: String) -> Phrase {
        Phrase(az: "--admin: \"\(login)\" adlı Unix istifadəçisi yoxdur", en: "--admin: there is no Unix login \"\(login)\"")
    }
    static func cannotSetUp(_ path: String, reason: String) -> Phrase {
        Phrase(az: "\(path) hazırlanmadı: \(reason)", en: "cannot set up \(path): \(reason)")
    }

    // MARK: - backup and check

    static func backupDone(_ source: String, _ destination: String, megabytes: String) -> Phrase {
        Phrase(az: "\(source) → \(destination): \(megabytes) MB, bütövlük yoxlanışı: ok (rejim 0600)",
               en: "backed up \(source) to \(destination): \(megabytes) MB, integrity check ok (mode 0600)")
    }
    static func backupDamaged(_ problems: String) -> Phrase {
        Phrase(az: "nüsxə yoxlanışdan keçmədi, saxlanılmadı: \(problems)", en: "the copy failed its integrity check and was not kept: \(problems)")
    }
    static let checkIntegrity = Phrase(az: "bütövlük (integrity_check)", en: "integrity (integrity_check)")
    static let checkForeignKeys = Phrase(az: "xarici açarlar (foreign_key_check)", en: "foreign keys (foreign_key_check)")
    static let checkSchema = Phrase(az: "sxem versiyası", en: "schema version")
    static let checkRows = Phrase(az: "sətirlər", en: "rows")
    static func checkSchemaBehind(_ found: Int, _ expected: Int) -> Phrase {
        Phrase(az: "\(found), bu sts \(expected) gözləyir (sts init ilə yeniləyin)",
               en: "\(found), this sts expects \(expected) (upgrade with sts init)")
    }
    static func checkProblems(_ count: Int) -> Phrase {
        Phrase(az: "\(count) problem", en: count == 1 ? "1 problem" : "\(count) problems")
    }
    static let checkHealthy = Phrase(az: "baza sağlamdır", en: "the database is healthy")
    static let checkUnhealthy = Phrase(az: "bazada problem var", en: "the database has problems")
}

/// Why a path was not opened as the shared database (DESIGN "Data": only the group's own
/// database file, in the group's directory, made by `sts init`).
extension Phrases {
    static let refusalMissing = Phrase(az: "belə fayl yoxdur", en: "there is no such file")
    static let refusalUnreachable = Phrase(az: "fayla çatmaq olmur", en: "the file cannot be reached")
    static let refusalNotRegularFile = Phrase(az: "adi fayl deyil (keçid və ya qovluqdur)",
                                                     en: "it is not a regular file (a link or a directory)")
    static let refusalOtherGroup = Phrase(az: "sts proqramının qrupuna aid deyil", en: "it does not belong to the group of the sts program")
    static let refusalOpenDirectory = Phrase(az: "qovluğu sts qrupuna aid deyil və ya ora hamı yaza bilər",
                                                    en: "its directory does not belong to the group of sts, or anyone may write there")
    static let refusalNotSQLite = Phrase(az: "SQLite verilənlər bazası deyil", en: "it is not an SQLite database")
    static let refusalSideFile = Phrase(az: "bu, bazanın -wal/-shm/-journal faylıdır", en: "it is a -wal, -shm or -journal file of a database")
}

/// What the progress line of `sts backup` and `sts check` counts.
extension Phrases {
    static let progressPages = Phrase(az: "səhifə", en: "pages")
    static let progressSteps = Phrase(az: "addım", en: "steps")
}
