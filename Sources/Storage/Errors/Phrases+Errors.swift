import Domain

extension Phrases {
    /// The database failed: what kind of failure in words a clerk can act on, and where the
    /// administrator finds the details.
    /// With no log to write to (the database could not be opened), SQLite's own one-line
    /// message stands in for the entry: it names no statement and carries no data.
    public static func databaseFailed(_ result: ResultCode?, entry: Int64?, message: String? = nil) -> Phrase {
        let what: Phrase
        switch result {
        case .busy?, .locked?:
            // Nothing for an administrator to repair: not logged.
            return Phrase(az: "Verilənlər bazası başqa istifadəçilərin işi ilə məşğul qaldı; bir azdan yenidən cəhd edin.",
                          en: "The database stayed busy with other users' work; try again in a moment.")
        case .readOnly?, .cantOpen?, .authorization?, .permission?:
            what = Phrase(az: "Bu sessiya verilənlər bazasına yaza bilmir.",
                          en: "This session cannot write to the database.")
        case .full?:
            what = Phrase(az: "Verilənlər bazasının diski doludur.", en: "The disk holding the database is full.")
        case .corrupt?, .notADatabase?:
            what = Phrase(az: "Verilənlər bazasının faylı zədələnib.", en: "The database file is damaged.")
        case .ioError?:
            what = Phrase(az: "Disk oxuyarkən və ya yazarkən xəta verdi.", en: "The disk failed while reading or writing.")
        case .constraint?:
            what = Phrase(az: "Verilənlər bazası qaydalarına uymayan dəyəri qəbul etmədi.",
                          en: "The database refused a value that breaks its rules.")
        default:
            what = Phrase(az: "Verilənlər bazası bu işi görə bilmədi.", en: "The database could not do this.")
        }
        guard entry == nil, let message else { return Phrase.joined([what, logged(entry)], separator: " ") }
        return Phrase.joined([what, .verbatim("(\(message))"), logged(nil)], separator: " ")
    }

    /// Something nobody foresaw failed; the details are in the error log.
    public static func unexpectedFailure(entry: Int64?) -> Phrase {
        Phrase.joined([Phrase(az: "Gözlənilməz xəta baş verdi.", en: "Something unexpected failed."), logged(entry)],
                      separator: " ")
    }

    /// Where the details went.
    static func logged(_ entry: Int64?) -> Phrase {
        guard let entry else {
            return Phrase(az: "Administratora bildirin.", en: "Tell the administrator.")
        }
        return Phrase(az: "Təfərrüat xəta jurnalındadır (qeyd \(entry)); administrator onu sts errors ilə oxuyur.",
                      en: "The details are in the error log (entry \(entry)); the administrator reads it with sts errors.")
    }


    /// After a database failure in the middle of an import: what is stored and what to do.
    public static let importStoppedByDatabase = Phrase(
        az: "Bitmiş hissələrin sətirləri yazılıb; qalanını yükləmək üçün idxalı yenidən başladın.",
        en: "Rows in finished batches are stored; run the import again to finish.")

    /// `sts errors` and Admin → Errors with nothing logged.
    public static let errorLogEmpty = Phrase(az: "xəta jurnalı boşdur", en: "the error log is empty")
}
