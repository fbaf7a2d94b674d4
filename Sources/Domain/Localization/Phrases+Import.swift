/// Texts of the operator's tools: the progress line of long commands, the import's summary
/// and its rejects file.
extension Phrases {
    /// The unit the progress line counts for an import or the demo data.
    public static let progressRows = Phrase(az: "sətir", en: "rows")
    public static let progressPeople = Phrase(az: "nəfər", en: "people")
    public static let progressPerSecond = Phrase(az: "/san", en: "/s")

    /// `6 s left` / `6 san qalıb`
    public static func progressLeft(_ time: String) -> Phrase {
        Phrase(az: "\(time) qalıb", en: "\(time) left")
    }

    /// The first line of the import's summary: the counts as an operator reads them.
    public static func importCounts(loaded: Int, present: Int, refused: Int) -> Phrase {
        Phrase(az: "yükləndi \(loaded) · artıq var idi \(present) · rədd edildi \(refused)",
               en: "loaded \(loaded) · already present \(present) · refused \(refused)")
    }

    /// One kind of refusal in the summary: `412 rows: birth_date is not a valid date`.
    public static func importReasonGroup(count: Int, what: String, firstLine: Int) -> Phrase {
        Phrase(az: "  \(count) sətir: \(what) (ilki sətir \(firstLine))",
               en: "  \(count) \(count == 1 ? "row" : "rows"): \(what) (first on line \(firstLine))")
    }

    /// More kinds than the summary lists.
    public static func importMoreReasons(kinds: Int, rows: Int) -> Phrase {
        Phrase(az: "  və daha \(kinds) növ (\(rows) sətir)",
               en: "  and \(kinds) more \(kinds == 1 ? "kind" : "kinds") (\(rows) \(rows == 1 ? "row" : "rows"))")
    }

    /// Without `--rejects`: where the refused rows went and how to get them as a file.
    public static func importRejectsHint(kind: String, file: String) -> Phrase {
        Phrase(az: "rədd edilən sətirlər yuxarıda (standart xəta axınında); onları düzəldib yenidən yükləmək üçün fayla yazmaq: "
                 + "sts import \(kind) \(file) --rejects FAYL",
               en: "the refused rows are listed on standard error; to get them in a file to correct and load again: "
                 + "sts import \(kind) \(file) --rejects FILE")
    }

    /// With `--rejects`: what is in the file and what to do with it.
    public static func importRejectsWritten(count: Int, kind: String, rejects: String) -> Phrase {
        Phrase(az: "\(count) rədd edilən sətir sətir nömrəsi və səbəbi ilə \(rejects) faylına yazıldı; "
                 + "düzəldin və yükləyin: sts import \(kind) \(rejects)",
               en: "\(count) refused \(count == 1 ? "row is" : "rows are") in \(rejects) with their line and reason; "
                 + "correct them there and load it: sts import \(kind) \(rejects)")
    }

    public static func importNoRejects(rejects: String) -> Phrase {
        Phrase(az: "rədd edilən sətir yoxdur; \(rejects) yalnız başlıqdan ibarətdir",
               en: "no row was refused; \(rejects) holds only the header")
    }

    /// `--rejects FILE` names a file that is already there.
    public static func rejectsFileExists(_ path: String) -> Phrase {
        Phrase(az: "\(path) artıq var; başqa ad verin və ya üzərinə yazmaq üçün --force əlavə edin",
               en: "\(path) already exists; name another file, or add --force to replace it")
    }

    public static func rejectsFileUnwritable(_ path: String, _ reason: String) -> Phrase {
        Phrase(az: "\(path) yaradıla bilmir: \(reason)", en: "cannot create \(path): \(reason)")
    }

    /// The `reason` column of the rejects file: the column at fault and why.
    public static func rejectReason(column: String?, reason: Phrase) -> Phrase {
        guard let column else { return reason }
        return Phrase(az: "\(column): \(reason.az)", en: "\(column): \(reason.en)")
    }
}

/// How the progress line writes a duration and a count.
extension Phrases {
    /// `45 s`, `3 min 20 s`, `1 h 5 min` (az: `san`, `dəq`, `saat`).
    public static func progressDuration(seconds: Int) -> Phrase {
        let s = max(0, seconds)
        if s < 60 { return Phrase(az: "\(s) san", en: "\(s) s") }
        if s < 3600 { return Phrase(az: "\(s / 60) dəq \(s % 60) san", en: "\(s / 60) min \(s % 60) s") }
        return Phrase(az: "\(s / 3600) saat \(s % 3600 / 60) dəq", en: "\(s / 3600) h \(s % 3600 / 60) min")
    }

    /// `1 250 000`: thousands apart, as both languages write them in running text.
    public static func progressCount(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }
}
