/// Texts of official acts that ask first, corrections on the record, and status dates
/// (issue 15: 2.1.1, 2.2.4, 4.10, 4.12, seed 000 "Feedback").
extension Phrases {
    // MARK: - Status dates (2.1.1, 4.10)

    static func statusDateBeforeAdmission(admittedOn: CivilDate) -> Phrase {
        Phrase(az: "qəbul əmrindən (\(admittedOn.dotted)) əvvəldir", en: "before the admission order of \(admittedOn.dotted)")
    }

    static func statusReturnBeforeLeave(leaveOn: CivilDate) -> Phrase {
        Phrase(az: "bitirdiyi məzuniyyət \(leaveOn.dotted) tarixində başlayıb",
               en: "before the leave it ends, which began on \(leaveOn.dotted)")
    }

    static func statusDateBeforeLastChange(last: StudentStatus, lastOn: CivilDate) -> Phrase {
        Phrase(az: "qeyddəki son dəyişiklikdən (\(studentStatus(last).az), \(lastOn.dotted)) əvvəldir",
               en: "before the last change on the record (\(studentStatus(last).en), \(lastOn.dotted))")
    }

    /// "academic leave on 01.01.2020: before the admission order of 27.11.2026".
    static func statusDateRefused(_ kind: StatusEvent.Kind, on date: CivilDate, why: Phrase) -> Phrase {
        Phrase(az: "\(eventKind(kind).az) \(date.dotted) tarixi ilə olmaz: \(why.az)",
               en: "\(eventKind(kind).en) on \(date.dotted): \(why.en)")
    }
}

// MARK: - Corrections on the record

extension Phrases {
    public static let correctionReasonRequired = Phrase(az: "səbəbi yazın (kim və nə vaxt ilə saxlanır)",
                                                        en: "say why (kept with who and when)")
}

// MARK: - The admission order (contract 2.1.1)

extension Phrases {
    public static let orderNumberRequired = Phrase(az: "əmrin nömrəsi mütləqdir (müqavilənin 2.1.1-ci bəndi: qəbul haqqında əmr)",
                                                   en: "the order's number is required (contract 2.1.1: the decree on the admission)")
    public static let orderDateInFuture = Phrase(az: "əmr gələcək tarixlə verilə bilməz", en: "an order cannot be dated in the future")
}

// MARK: - Acts that ask first

extension Phrases {
    public static let actCancelKey = Phrase(az: "imtina, heç nə yazılmır", en: "cancel, nothing is written")
    public static let actNothingWritten = Phrase(az: "İmtina edildi — heç nə yazılmadı.", en: "Cancelled — nothing was written.")

    // 4.10, 4.12
    public static let dismissTitle = Phrase(az: "Xaric olunma (4.10)", en: "Dismissal (4.10)")
    public static let dismissButton = Phrase(az: "Xaric et", en: "Dismiss")
    public static func dismissQuestion(who: String, on date: CivilDate, ground: String, noticesDue: CivilDate?) -> Phrase {
        let az = "\(who) \(date.dotted) tarixi ilə xaric olunsun? Əsas: \(ground). Reyestrdəki qeyd (4.11) \"xaric olunub\" olacaq"
        let en = "Dismiss \(who) on \(date.dotted)? Ground: \(ground). The registry record (4.11) becomes \"dismissed\""
        guard let noticesDue else {
            return Phrase(az: az + "; 1.2 üzrə bildiriş tələb olunmur.", en: en + "; no notices under 1.2.")
        }
        return Phrase(az: az + "; Təhsil Nazirliyinə və Dövlət Miqrasiya Xidmətinə bildiriş \(noticesDue.dotted) tarixinədək (4.12, 3 iş günü).",
                      en: en + "; notices to the Ministry of Education and the State Migration Service are due by \(noticesDue.dotted) (4.12, 3 working days).")
    }

    // Seed 000 "Feedback"
    public static let approveTitle = Phrase(az: "Sorğunun təsdiqi (\"Əks əlaqə\")", en: "Approve the inquiry (\"Feedback\")")
    public static let approveButton = Phrase(az: "Təsdiq et", en: "Approve")
    public static func approveQuestion(id: Int64, who: String, born: CivilDate, institution: String, year: Int?,
                                       pin: String?) -> Phrase {
        let yearAz = year.map { ", qəbul ili \($0)" } ?? ""
        let yearEn = year.map { ", admitted \($0)" } ?? ""
        let pinAz = pin.map { "FİN \($0) ilə" } ?? "FİN-siz (2008-dən əvvəlki qeyd)"
        let pinEn = pin.map { "with PIN \($0)" } ?? "without a PIN (a record from before 2008)"
        return Phrase(az: "\(id) nömrəli sorğu təsdiq edilsin? \(who), \(born.dotted) təvəllüdlü, \(institution)\(yearAz) — qeyd \(pinAz) \"Tələbə-məzun\" dövlət reyestrinə yazılacaq və FİN üzrə axtarışda, arayışda görünəcək.",
                      en: "Approve inquiry \(id)? The record of \(who), born \(born.dotted), \(institution)\(yearEn) is written into the national Student-graduate registry \(pinEn); it is then found by PIN and certified.")
    }
    public static let rejectTitle = Phrase(az: "Sorğunun rəddi (\"Əks əlaqə\")", en: "Reject the inquiry (\"Feedback\")")
    public static let rejectButton = Phrase(az: "Rədd et", en: "Reject")
    public static func rejectQuestion(id: Int64, who: String, reason: String) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu (\(who)) \"\(reason)\" səbəbi ilə rədd edilsin? Reyestrə heç nə yazılmır; səbəb sorğunun tarixçəsində qalır.",
               en: "Reject inquiry \(id) (\(who)) with the reason \"\(reason)\"? Nothing goes into the registry; the reason stays in the inquiry's history.")
    }

    // Contract 2.1.1, 4.11, 2.2.4
    public static let admitTitle = Phrase(az: "Qəbul haqqında əmr (2.1.1)", en: "Admission order (2.1.1)")
    public static let admitButton = Phrase(az: "Əmri ver", en: "Issue the order")
    public static func admitConfirmQuestion(who: String, number: String, on date: CivilDate, academicYear: Int,
                                            funding: String, residenceDue: CivilDate) -> Phrase {
        Phrase(az: "\(who) \(number) nömrəli, \(date.dotted) tarixli əmrlə \(academicYear)/\(academicYear + 1) tədris ilinə qəbul olunsun (\(funding))? Tələbə \"Tələbə-məzun\" reyestrinə daxil ediləcək (4.11); yaşayış sənədi \(residenceDue.dotted) tarixinədək (2.2.4).",
               en: "Admit \(who) by order № \(number) of \(date.dotted) for the academic year \(academicYear)/\(academicYear + 1) (\(funding))? The student goes into the Student-graduate registry (4.11); the residence document is due by \(residenceDue.dotted) (2.2.4).")
    }
    public static let orderNumberField = Phrase(az: "Əmrin nömrəsi", en: "Order number")
    public static let orderDateField = Phrase(az: "Əmrin tarixi", en: "Order date")
    public static func admittedByOrder(number: String, on date: CivilDate, residenceDue: CivilDate) -> Phrase {
        Phrase(az: "\(number) nömrəli, \(date.dotted) tarixli əmrlə qəbul olunub. Yaşayış sənədi \(residenceDue.dotted) tarixinədək (2.2.4). Reyestrdədir (4.11).",
               en: "Admitted by order № \(number) of \(date.dotted). Residence document due by \(residenceDue.dotted) (2.2.4). In the registry (4.11).")
    }
}

// MARK: - Deadlines done and undone (2.2.2, 2.2.4, 4.7, 4.8, 4.12)

extension Phrases {
    public static let doneListKey = Phrase(az: "icra edilənlər", en: "done list")
    public static let doneListHelp = Phrase(az: "icra edilmiş müddətlər (kim, nə vaxt); orada u geri alır",
                                            en: "deadlines marked done (who, when); u there undoes one")
    public static let undoKey = Phrase(az: "geri al", en: "undo")
    public static let undoButton = Phrase(az: "Geri al", en: "Undo")
    public static let undoHelp = Phrase(az: "seçilmiş icranı geri al (müddət yenidən açılır; audit yazılır)",
                                        en: "undo the selected mark (the deadline is open again; audited)")
    public static let doneListTitle = Phrase(az: "İcra edilmiş müddətlər — u geri alır, h siyahıya qayıdır",
                                             en: "Deadlines marked done — u undoes, h back to the list")
    public static let doneListEmpty = Phrase(az: "Hələ heç nə icra edildi kimi qeyd olunmayıb.", en: "Nothing has been marked done yet.")
    public static func doneBy(_ login: String, on date: CivilDate) -> Phrase {
        Phrase(az: "\(date.dotted), \(login)", en: "\(date.dotted) by \(login)")
    }
    public static let undoTitle = Phrase(az: "İcranı geri al", en: "Undo a deadline marked done")
    public static func undoQuestion(_ what: String, doneOn: CivilDate, by login: String) -> Phrase {
        Phrase(az: "\(what) — \(doneOn.dotted) tarixində \(login) tərəfindən icra edildi kimi qeyd olunub. Geri alınsın? Müddət yenidən açılacaq; geri alma auditdə qalır.",
               en: "\(what) — marked done on \(doneOn.dotted) by \(login). Undo it? The deadline is open again; the undoing is audited.")
    }
    public static func undone(by login: String) -> Phrase {
        Phrase(az: "Geri alındı (\(login)); müddət yenidən açıqdır.", en: "Undone by \(login); the deadline is open again.")
    }
    public static let residenceMarkTitle = Phrase(az: "2.2.4 yaşayış sənədi", en: "2.2.4 residence document")
    public static func residenceQuestion(who: String, number: String, on date: CivilDate, pin: String?) -> Phrase {
        Phrase(az: "\(who): \(number) nömrəli, \(date.dotted) tarixində təqdim edilmiş yaşayış sənədi yazılsın\(pin.map { ", FİN \($0)" } ?? "")? 2.2.4 müddəti icra edilmiş olur.",
               en: "\(who): record residence document \(number) submitted on \(date.dotted)\(pin.map { " with PIN \($0)" } ?? "")? The 2.2.4 deadline is met.")
    }
    public static let residenceRecordButton = Phrase(az: "Yaz", en: "Record")
}

// MARK: - Corrections on the screens

extension Phrases {
    public static let correctionReason = Phrase(az: "Düzəlişin səbəbi", en: "Correction reason")
    public static let voidReason = Phrase(az: "Ləğvin səbəbi", en: "Reason for voiding")
    public static let correctionReasonHint = Phrase(az: "mütləq; auditdə qalır", en: "required; kept in the audit trail")
    public static let voidKey = Phrase(az: "ləğv et", en: "void")
    public static let correctKey = Phrase(az: "düzəlt", en: "correct")
    public static let voidHelp = Phrase(az: "seçilmiş qeydi səbəb ilə ləğv et (qeyd qalır, nəzərə alınmır)",
                                        en: "void the selected row, with the reason (it stays, marked, and no longer counts)")
    public static let correctHelp = Phrase(az: "seçilmiş qeydi düzəlt (köhnəsi səbəb ilə ləğv olunur)",
                                           en: "correct the selected row (the old one is voided with the reason)")
    public static func voidedMark(by login: String, reason: String) -> Phrase {
        Phrase(az: "ləğv edilib (\(login)): \(reason)", en: "voided by \(login): \(reason)")
    }
    public static func correctionDone(_ outcome: String) -> Phrase {
        Phrase(az: "Düzəliş yazıldı (kim, nə vaxt, niyə saxlanır)." + outcome, en: "Corrected (who, when and why are kept)." + outcome)
    }
    public static func voidDone(_ outcome: String) -> Phrase {
        Phrase(az: "Ləğv edildi (kim, nə vaxt, niyə saxlanır); artıq nəzərə alınmır." + outcome,
               en: "Voided (who, when and why are kept); it no longer counts." + outcome)
    }
    public static func recomputedDecision(_ paragraph: String, _ outcome: Phrase) -> Phrase {
        Phrase(az: " Dil qərarı yenidən hesablandı: \(paragraph) \(outcome.az).", en: " Language decision recomputed: \(paragraph) \(outcome.en).")
    }
    public static func recomputedState(_ state: ApplicantState) -> Phrase {
        Phrase(az: " Ərizəçinin vəziyyəti: \(deskState(state).az) (3.4).", en: " Applicant now: \(deskState(state).en) (3.4).")
    }
    public static let voidedHistoryTitle = Phrase(az: "Ləğv edilmiş və düzəldilmiş qeydlər", en: "Voided and corrected rows")
    public static let nothingSelected = Phrase(az: "Əvvəlcə sətri seçin (↑ ↓).", en: "Select a row first (↑ ↓).")
}
