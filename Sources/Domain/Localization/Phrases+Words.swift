/// Short footer words for keys that were only in F1 help (issue 15: "hidden keys … appear in
/// the footer").
extension Phrases {
    public static let footerRefuse = Phrase(az: "İmtina", en: "Refuse")
    public static let footerWithdrawn = Phrase(az: "Geri çəkildi", en: "Withdrawn")
    public static let footerSort = Phrase(az: "Sıra", en: "Sort")
    public static let footerClear = Phrase(az: "Təmizlə", en: "Clear")
}

extension Phrases {
    /// Beside a code field while it holds no code: how to open its list.
    public static let pickListHint = Phrase(az: "F8 siyahı", en: "F8 list")
    public static let pickListNothing = Phrase(az: "heç nə tapılmadı", en: "nothing matches")
    public static let helpKeyPickList = Phrase(
        az: "ölkə, dil və ixtisas siyahısı (yazdıqca süzülür)", en: "list of countries, languages, majors (narrows as you type)")
}

extension Phrases {
    /// The short name of a 3.4 document (and of 3.2, 3.3), for lists that show what an
    /// applicant still lacks: "3.4.2 diploma, legalised".
    public static func documentShortName(_ paragraph: String) -> Phrase? {
        switch paragraph {
        case "3.2": return Phrase(az: "DİMK sənədləri", en: "SSAC documents")
        case "3.3": return Phrase(az: "doktorantura sənədləri", en: "doctoral documents")
        case "3.4.1": return Phrase(az: "ərizə", en: "application")
        case "3.4.2": return Phrase(az: "diplom, leqallaşdırılmış", en: "diploma, legalised")
        case "3.4.3": return Phrase(az: "sağlamlıq arayışı", en: "health certificate")
        case "3.4.4": return Phrase(az: "sərhədkeçmə sənədi", en: "border-crossing document")
        case "3.4.5": return Phrase(az: "6 fotoşəkil", en: "6 photos")
        case "3.4.6": return Phrase(az: "dil sertifikatı", en: "language certificate")
        case "3.4.7": return Phrase(az: "fəxri sənədlər", en: "honours")
        default: return nil
        }
    }
}

extension Phrases {
    /// The first heading of an exported list: the line's number.
    public static let csvNumber = Phrase(az: "№", en: "No.")
}

extension Phrases {
    /// The button that issues a certificate in `language` (issue 15: a citizen may need it in
    /// English).
    public static func issueIn(_ language: Language) -> Phrase {
        switch language {
        case .az: return Phrase(az: "Ver (azərbaycanca)", en: "Issue in Azerbaijani")
        case .en: return Phrase(az: "Ver (ingiliscə)", en: "Issue in English")
        }
    }
}

extension Phrases {
    /// After the contract's title: "MÜQAVİLƏ № BDU-2026-0042".
    public static func contractNumber(_ number: String) -> Phrase {
        Phrase(az: "№ \(number)", en: "No. \(number)")
    }
}

extension Phrases {
    /// Above the path of a file about to be written (issue 15).
    public static let exportWhere = Phrase(
        az: "Fayl bu yola yazılacaq (qovluğu dəyişə bilərsiniz); Enter — yaz, Esc — ləğv et. Mövcud fayl əvəz olunmur.",
        en: "The file will be written here (you may change the directory); Enter writes, Esc cancels. An existing file is never replaced.")
    public static let exportContractTitle = Phrase(az: "Müqaviləni fayla yaz", en: "Write the contract to a file")
    public static let exportReportTitle = Phrase(az: "Hesabatı fayla yaz", en: "Write the report to a file")
}

extension Phrases {
    /// Under the path of an export whose file is already there: it is never replaced.
    public static let exportExists = Phrase(az: "bu adda fayl artıq var; başqa ad yazın", en: "a file of this name exists; type another name")
}
