/// Words for what the store keeps as codes or in one language — audit actions and purposes,
/// the reasons of status changes — so a clerk reads them in the language of the session
/// (issue 15: "`--lang az` is Azerbaijani everywhere a clerk reads … English likewise has no
/// Azerbaijani leftovers").
extension Phrases {
    /// The name of an audit action by its stored code ("pin-search" → "FİN üzrə axtarış");
    /// nil for a code this version does not know (shown as stored).
    public static func auditAction(_ code: String) -> Phrase? {
        switch code {
        case "pin-search": return Phrase(az: "FİN üzrə axtarış", en: "PIN search")
        case "name-search": return Phrase(az: "ad üzrə axtarış", en: "name search")
        case "record-view": return Phrase(az: "qeyd baxışı", en: "record viewed")
        case "record-add": return Phrase(az: "qeyd əlavəsi", en: "record added")
        case "record-change": return Phrase(az: "qeyd dəyişikliyi", en: "record changed")
        case "certificate-view": return Phrase(az: "arayış baxışı", en: "certificate viewed")
        case "certificate-issue": return Phrase(az: "arayış verildi", en: "certificate issued")
        case "certificate-verify": return Phrase(az: "arayış yoxlandı", en: "certificate verified")
        case "diploma-check": return Phrase(az: "diplom yoxlaması", en: "diploma check")
        case "import": return Phrase(az: "idxal", en: "import")
        case "applicant-change": return Phrase(az: "ərizəçi dəyişikliyi", en: "applicant changed")
        case "inquiry-change": return Phrase(az: "sorğu addımı", en: "inquiry step")
        case "user-change": return Phrase(az: "istifadəçi dəyişikliyi", en: "user changed")
        case "setting-change": return Phrase(az: "parametr dəyişikliyi", en: "setting changed")
        case "backup": return Phrase(az: "ehtiyat nüsxə", en: "backup")
        case "admission": return Phrase(az: "qəbul əmri", en: "admission order")
        case "status-change": return Phrase(az: "status dəyişikliyi", en: "status change")
        case "graduation": return Phrase(az: "məzun oldu", en: "graduation")
        case "residence": return Phrase(az: "yaşayış sənədi", en: "residence document")
        case "language-decision": return Phrase(az: "dil qərarı", en: "language decision")
        case "record-state-change": return Phrase(az: "qeydin vəziyyəti", en: "record state changed")
        case "document-change": return Phrase(az: "sənəd dəyişikliyi", en: "document changed")
        case "language-test-add": return Phrase(az: "dil testi əlavəsi", en: "language test added")
        case "payment-add": return Phrase(az: "ödəniş əlavəsi", en: "payment added")
        case "contract-change": return Phrase(az: "müqavilə dəyişikliyi", en: "contract changed")
        case "user-bootstrap": return Phrase(az: "ilk inzibatçı", en: "first administrator")
        case "reference-change": return Phrase(az: "soraqça dəyişikliyi", en: "reference data changed")
        case "deadline-done": return Phrase(az: "müddət yerinə yetirildi", en: "deadline done")
        case "deadline-undone": return Phrase(az: "müddətin icrası geri alındı", en: "deadline undone")
        case "record-void": return Phrase(az: "qeyd ləğv edildi", en: "row voided")
        case "record-correction": return Phrase(az: "qeyd düzəldildi", en: "row corrected")
        default: return nil
        }
    }

    /// An audit action as a reader sees it: its name, or the stored code when it has none.
    public static func auditActionText(_ code: String, _ language: Language) -> String {
        auditAction(code)?.text(language) ?? code
    }

    /// A stored purpose ("citizen-request", "other: TEXT") in the reader's language.
    public static func auditPurposeText(_ stored: String, _ language: Language) -> String {
        LookupPurpose(parsing: stored).map { $0.phrase.text(language) } ?? stored
    }

    /// The reason of a status change as the desk stores it — in Azerbaijani, the registry's
    /// language ("3.1.2 təhsil haqqı …", "köçürmə: Bakı Dövlət Universiteti") — in the
    /// reader's language; a reason typed by hand stays as typed.
    public static func statusReasonText(_ stored: String, _ language: Language) -> String {
        guard language != .az else { return stored }
        let grounds: [DismissalGround] = [.discipline, .unpaidTuition, .courtDecision, .noResidenceDocument]
        for ground in grounds {
            let paragraph = ground.paragraph.map { $0 + " " } ?? ""
            if stored == paragraph + ground.phrase.az { return paragraph + ground.phrase.text(language) }
        }
        for kind in StatusEvent.Kind.allCases {
            if stored == kind.phrase.az { return kind.phrase.text(language) }
            if stored.hasPrefix(kind.phrase.az + ": ") {
                return kind.phrase.text(language) + stored.dropFirst(kind.phrase.az.count)
            }
        }
        return stored
    }
}
