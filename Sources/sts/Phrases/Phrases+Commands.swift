import Domain

// What each command says when it is done or refused (command line only; see
// Phrases+CommandLine.swift for why these live in the `sts` target).

// MARK: - The names of arguments, as the help writes them

extension Phrases {
    static let argFile = Phrase(az: "FAYL", en: "FILE")
    static let argCSVFile = Phrase(az: "FAYL.csv", en: "FILE.csv")
    static let argDate = Phrase(az: "TARİX", en: "DATE")
    static let argISODate = Phrase(az: "İİİİ-AA-GG", en: "YYYY-MM-DD")
    static let argPIN = Phrase(az: "FİN", en: "PIN")
    static let argCode = Phrase(az: "KOD", en: "CODE")
    static let argName = Phrase(az: "AD", en: "NAME")
    static let argKey = Phrase(az: "AÇAR", en: "KEY")
    static let argValue = Phrase(az: "DƏYƏR", en: "VALUE")
    static let argApplicant = Phrase(az: "ƏRİZƏÇİ-NÖMRƏSİ", en: "APPLICANT-ID")
    static let argInquiry = Phrase(az: "NÖMRƏ", en: "ID")
    static let argLogin = Phrase(az: "LOGIN", en: "LOGIN")
    static let argImportKind = Phrase(az: "students və ya applicants", en: "students or applicants")

    /// `--pin: ` before a reason from Domain.
    static func cliField(_ name: String, _ reason: Phrase) -> Phrase {
        Phrase(az: name + ": " + reason.az, en: name + ": " + reason.en)
    }
    static func cliIsNot(_ name: String, _ raw: String, _ choices: [String]) -> Phrase {
        let list = cliChoices(choices)
        return Phrase(az: "\(name): \"\(raw)\" qəbul olunmur (\(list.az) yazın)", en: "\(name): \"\(raw)\" is not \(list.en)")
    }
    static func cliUseOneOf(_ name: String, _ raw: String, _ choices: [String]) -> Phrase {
        let list = cliChoices(choices)
        return Phrase(az: "\(name): \"\(raw)\" qəbul olunmur (\(list.az) yazın)", en: "\(name): \"\(raw)\" (use \(list.en))")
    }
    /// `--level: "x" is not a level (bachelor, master …)`
    static func cliNotALevel(_ name: String, _ raw: String, choices: String) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" təhsil səviyyəsi deyil (\(choices))", en: "\(name): \"\(raw)\" is not a level (\(choices))")
    }
    /// A value shown as its code in English (as before) and in words in Azerbaijani:
    /// `academic-leave` / `akademik məzuniyyət`.
    static func cliCode(_ code: String, _ phrase: Phrase) -> Phrase { Phrase(az: phrase.az, en: code) }
    static let cliOK = Phrase(az: "qaydasındadır", en: "ok")
}

// MARK: - Registry commands: search, certificate, verify, diploma, inquiry, audit

extension Phrases {
    static func cliNoLetters(_ name: String, _ raw: String) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" içində axtarılacaq hərf yoxdur", en: "\(name): \"\(raw)\" has no letters to search for")
    }
    static func cliInitialsNoLetters(_ raw: String) -> Phrase {
        Phrase(az: "--initials: \"\(raw)\" içində hərf yoxdur", en: "--initials: \"\(raw)\" has no letters")
    }
    static func cliLimitRange(_ limit: Int, maximum: Int) -> Phrase {
        Phrase(az: "--limit: \(limit) 1 ilə \(maximum) arasında deyil", en: "--limit: \(limit) is not between 1 and \(maximum)")
    }
    static func cliSearchMore(_ shown: Int) -> Phrase {
        Phrase(az: "ilk \(shown) qeyd göstərildi, daha çoxu var (--limit N)",
               en: "showed the first \(shown) records; there are more (--limit N)")
    }
    static func cliSearchNone(_ name: String) -> Phrase {
        Phrase(az: "\"\(name)\" adına qeyd tapılmadı", en: "no records match \"\(name)\"")
    }
    static let cliPurposeEmpty = Phrase(az: "--purpose: boşdur (arayışın nə üçün verildiyini yazın)",
                                        en: "--purpose: empty (say why the certificate is issued)")
    static func cliCertificateWritten(_ code: String, to path: String) -> Phrase {
        Phrase(az: "arayış \(code) \(path) faylına yazıldı", en: "certificate \(code) written to \(path)")
    }
    static func cliNotACode(_ raw: String) -> Phrase {
        Phrase(az: "KOD: \"\(raw)\" yoxlama kodu deyil (12 simvol: 2–9 rəqəmləri və I, L, O-dan başqa böyük hərflər)",
               en: "CODE: \"\(raw)\" is not a verification code (12 characters: digits 2–9 and capital letters without I, L, O)")
    }
    static func cliBadPIN(_ argument: String, _ raw: String, _ why: Phrase) -> Phrase {
        Phrase(az: "\(argument): \"\(raw)\": " + why.az, en: "\(argument): \"\(raw)\": " + why.en)
    }
    static let cliAuditNone = Phrase(az: "seçimə uyğun audit qeydi yoxdur", en: "no audit events match")

    static func cliInquiryYear(_ raw: String) -> Phrase {
        Phrase(az: "--year: \"\(raw)\" 1992-ci ildən bu ilə qədər olan il deyil", en: "--year: \"\(raw)\" is not a year from 1992 to now")
    }
    static func cliUnknownInquiryAction(_ action: String) -> Phrase {
        Phrase(az: "\"\(action)\" adlı inquiry əmri yoxdur (list, show, new, supply, approve, reject)",
               en: "unknown inquiry action \"\(action)\" (list, show, new, supply, approve, reject)")
    }
    static let cliPINAndPredates = Phrase(
        az: "--pin və --predates-pins: birini verin (FİN-i olan qeyd FİN-dən əvvəlki ola bilməz)",
        en: "--pin and --predates-pins: give one (a record with a PIN does not predate PINs)")
    static let cliMissingReason = Phrase(az: "--reason MƏTN verilməyib (sorğunun niyə rədd edildiyini yazın)",
                                         en: "missing --reason TEXT (say why the inquiry is rejected)")
    static func cliNotAnInquiryNumber(_ raw: String) -> Phrase {
        Phrase(az: "NÖMRƏ: \"\(raw)\" sorğu nömrəsi deyil", en: "ID: \"\(raw)\" is not an inquiry number")
    }
    static func cliNoInquiry(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu yoxdur", en: "there is no inquiry \(id)")
    }
    static func cliInquiryFiled(_ id: Int64, institution: String) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu \(institution) müəssisəsinə göndərildi", en: "inquiry \(id) filed with \(institution)")
    }
    static func cliInquirySupplied(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu: qeyd təqdim edildi, təsdiq gözləyir", en: "inquiry \(id): record supplied, waiting for approval")
    }
    static func cliInquiryApproved(_ id: Int64, pin: String) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu təsdiqləndi: qeyd reyestrdə \(pin) FİN ilə",
               en: "inquiry \(id) approved: the record is in the registry under PIN \(pin)")
    }
    static func cliInquiryApprovedWithoutPIN(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu təsdiqləndi: qeyd reyestrdə FİN-siz (FİN-dən əvvəlki qeyd)",
               en: "inquiry \(id) approved: the record is in the registry without a PIN (it predates PINs)")
    }
    static func cliInquiryRejected(_ id: Int64) -> Phrase {
        Phrase(az: "\(id) nömrəli sorğu rədd edildi", en: "inquiry \(id) rejected")
    }
}

// MARK: - Desk commands: exemption, checklist, deadlines, report

extension Phrases {
    static let cliProgrammeLanguageRequired = Phrase(
        az: "--program-language mütləqdir (ISO 639-1 kodu: az, en, ru, tr və s.)",
        en: "--program-language is required (an ISO 639-1 code such as az, en, ru, tr)")
    static func cliNotALanguageCode(_ option: String, _ raw: String) -> Phrase {
        Phrase(az: "\(option): \"\(raw)\" ISO 639-1 dil kodu deyil (az, en, ru, tr …)",
               en: "\(option): \"\(raw)\" is not an ISO 639-1 language code (az, en, ru, tr …)")
    }
    static func cliTestAfterDecision(_ test: CivilDate, _ decision: CivilDate) -> Phrase {
        Phrase(az: "--test-date: \(test.dotted) qərar tarixindən (\(decision.dotted)) sonradır",
               en: "--test-date: \(test.dotted) is after the decision date \(decision.dotted)")
    }
    static let cliUseToeflBand = Phrase(az: "; 1–6 şkalası üçün --toefl-band yazın", en: "; for the 1–6 scale use --toefl-band")
    static func cliValidityYears(_ raw: String) -> Phrase {
        Phrase(az: "--validity-years: \"\(raw)\" il sayı deyil (0–50)", en: "--validity-years: \"\(raw)\" is not a number of years (0–50)")
    }
    static func cliNotBandScore(_ entry: String) -> Phrase {
        Phrase(az: "--toefl-band-equivalence: \"\(entry)\" B=N şəklində deyil (1–6 balı=0–120 balı, məs. 4.5=50)",
               en: "--toefl-band-equivalence: \"\(entry)\" is not BAND=SCORE (e.g. 4.5=50)")
    }
    static func cliNotAnApplicantNumber(_ raw: String) -> Phrase {
        Phrase(az: "ƏRİZƏÇİ-NÖMRƏSİ: \"\(raw)\" ərizəçi nömrəsi deyil", en: "APPLICANT-ID: \"\(raw)\" is not an applicant number")
    }
    /// The checklist's status column.
    static func cliChecklistMark(_ status: DocumentChecklist.Status) -> Phrase {
        switch status {
        case .accepted: Phrase(az: "qəbul", en: "ok")
        case .missing: Phrase(az: "YOXDUR", en: "MISSING")
        case .notAcceptable: Phrase(az: "YARARSIZ", en: "REFUSED")
        case .notProvided: Phrase(az: "-", en: "-")
        }
    }
    static let cliChecklistComplete = Phrase(az: "Sənədlər tamdır.", en: "Complete.")
    static let cliChecklistMissing = Phrase(az: "Çatışmır:", en: "Missing:")
    static let cliNothingDue = Phrase(az: "Gözləyən müddət yoxdur.", en: "Nothing is due.")
    /// The deadlines' status column (their --json keeps the codes overdue, due, done).
    static let cliDeadlineOverdue = Phrase(az: "gecikir", en: "overdue")
    static let cliDeadlineDue = Phrase(az: "gözləyir", en: "due")
    static let cliDeadlineDone = Phrase(az: "icra edilib", en: "done")
    static let cliMissingReportName = Phrase(az: "hesabatın adı verilməyib (yearly)", en: "missing report name (yearly)")
    static func cliUnknownReport(_ name: String) -> Phrase {
        Phrase(az: "\"\(name)\" adlı hesabat yoxdur (hesabat: yearly)", en: "unknown report \"\(name)\" (the report is: yearly)")
    }
    static func cliReportMarkedSent(_ year: Int, to addressee: Phrase, on day: CivilDate) -> Phrase {
        Phrase(az: "\(year) hesabatı: \(addressee.az) — \(day.dotted) göndərildi kimi qeyd olundu",
               en: "\(year) report: \(addressee.en) — marked sent on \(day.dotted)")
    }
    static func cliReportHeading(_ year: Int, students: Int) -> Phrase {
        Phrase(az: "4.8 illik hesabat, \(year): \(students) xarici tələbə",
               en: "4.8 yearly report, \(year): \(students) foreign students")
    }
}

// MARK: - Administration: init, demo, import, backup, check, users, holidays, settings

extension Phrases {
    static func cliDemoNotPermitted(_ login: String, _ path: String) -> Phrase {
        Phrase(az: "\(login) \(path) bazasına demo məlumat əlavə edə bilməz: bazanın artıq istifadəçiləri var və bunu yalnız inzibatçı edə bilər",
               en: "\(login) may not add demo data to \(path): it already has users, and only an administrator may")
    }
    static func cliDemoDone(_ path: String, people: Int, records: Int, applicants: Int, students: Int, inquiries: Int,
                            seconds: String) -> Phrase {
        Phrase(az: "\(path): \(people) nəfər (\(records) qeyd), \(applicants) xarici ərizəçi, son beş ilin \(students) xarici tələbəsi və \(inquiries) sorğu əlavə edildi, \(seconds) san",
               en: "added \(people) people (\(records) records), \(applicants) foreign applicants, \(students) foreign students of the last five years and \(inquiries) inquiries to \(path) in \(seconds) s")
    }
    static func cliNotImportKind(_ raw: String) -> Phrase {
        Phrase(az: "\"\(raw)\" students və ya applicants deyil", en: "\"\(raw)\" is not students or applicants")
    }
    static let cliBatchSize = Phrase(az: "--batch-size ən azı 1 olmalıdır", en: "--batch-size must be at least 1")
    static func cliNoFile(_ path: String) -> Phrase {
        Phrase(az: "\(path) faylı yoxdur", en: "there is no file \(path)")
    }
    static func cliCannotRead(_ path: String, _ reason: String) -> Phrase {
        Phrase(az: "\(path) oxunmur: \(reason)", en: "cannot read \(path): \(reason)")
    }
    static func cliRejectsIsInput(_ path: String) -> Phrase {
        Phrase(az: "--rejects \(path) yüklənən fayldır; başqa fayl adı verin", en: "--rejects \(path) is the file being loaded; name another file")
    }
    /// What the progress line of backup and check is doing.
    static let cliProgressBackup = Phrase(az: "ehtiyat nüsxə", en: "backup")
    static let cliProgressCheck = Phrase(az: "yoxlama", en: "check")

    static let cliRoleChoices = Phrase(az: "clerk, ssac və ya admin", en: "clerk, ssac or admin")
    static func cliNotARole(_ raw: String) -> Phrase {
        Phrase(az: "--role: \"\(raw)\" rol deyil (clerk, ssac və ya admin)", en: "--role: \"\(raw)\" is not a role (clerk, ssac or admin)")
    }
    static func cliNotALogin(_ raw: String) -> Phrase {
        Phrase(az: "LOGIN: \"\(raw)\" Unix login adı deyil", en: "LOGIN: \"\(raw)\" is not a Unix login name")
    }
    static func cliUserAdded(_ login: String, role: UserRole, institution: String?) -> Phrase {
        let at = institution.map { " (\($0))" } ?? ""
        return Phrase(az: "\(login) əlavə edildi: \(role.phrase.az)\(at)", en: "added \(login) as \(role.phrase.en)\(at)")
    }
    static func cliNotAUserLogin(_ login: String) -> Phrase {
        Phrase(az: "\(login) istifadəçi deyil", en: "\(login) is not a user")
    }
    static let cliCannotRemoveSelf = Phrase(az: "özünüzü silə bilməzsiniz; başqa inzibatçıdan xahiş edin",
                                            en: "you cannot remove yourself; ask another administrator")
    static func cliUserRemoved(_ login: String) -> Phrase {
        Phrase(az: "\(login) silindi", en: "removed \(login)")
    }

    static func cliNoHolidays(_ year: Int) -> Phrase {
        Phrase(az: "\(year): heç bir gün daxil edilməyib", en: "\(year): no days entered")
    }
    static let cliWorkingDayMark = Phrase(az: "  (iş günü)", en: "  (working day)")
    /// Mon … Sun as the holidays list abbreviates them.
    static let cliWeekdayShort: [Phrase] = [
        Phrase(az: "B.e", en: "Mon"), Phrase(az: "Ç.a", en: "Tue"), Phrase(az: "Çər", en: "Wed"), Phrase(az: "C.a", en: "Thu"),
        Phrase(az: "Cüm", en: "Fri"), Phrase(az: "Şən", en: "Sat"), Phrase(az: "Baz", en: "Sun"),
    ]
    static let cliMissingHolidayName = Phrase(az: "--name MƏTN verilməyib (bayramın adı)", en: "missing --name TEXT (the holiday's name)")
    static func cliHolidayAdded(_ day: CivilDate, _ name: String) -> Phrase {
        Phrase(az: "\(day.dotted) əlavə edildi: \(name)", en: "added \(day.dotted): \(name)")
    }
    static func cliHolidayNotInCalendar(_ day: CivilDate) -> Phrase {
        Phrase(az: "\(day.dotted) təqvimdə yoxdur", en: "\(day.dotted) is not in the holiday calendar")
    }
    static func cliHolidayRemoved(_ day: CivilDate) -> Phrase {
        Phrase(az: "\(day.dotted) silindi", en: "removed \(day.dotted)")
    }
    static func cliNotUTF8(_ path: String) -> Phrase {
        Phrase(az: "FAYL.csv: \(path) UTF-8 mətn kimi oxunmur", en: "FILE.csv: cannot read \(path) as UTF-8 text")
    }
    static func cliSettingSaved(_ name: String, _ value: String) -> Phrase {
        Phrase(az: "\(name) = \(value) saxlanıldı", en: "\(name) = \(value) saved")
    }
}

// MARK: - The interface, started from the command line

extension Phrases {
    static func cliTerminal(_ error: TerminalProblem) -> Phrase {
        switch error {
        case .unset:
            Phrase(az: "TERM təyin olunmayıb; ona terminalınızın növünü verin (məsələn, TERM=xterm-256color)",
                   en: "TERM is not set; set it to your terminal's type (for example TERM=xterm-256color)")
        case .unknown(let term):
            Phrase(az: "naməlum terminal növü \"\(term)\"; TERM-ə terminalınızın növünü verin (məs. xterm-256color)",
                   en: "unknown terminal type \"\(term)\"; set TERM to your terminal's type (e.g. xterm-256color)")
        case .notATerminal:
            Phrase(az: "tam ekran interfeysi üçün standart giriş və çıxış terminal olmalıdır",
                   en: "standard input and output must be a terminal for the full-screen interface")
        case .cannotAddressCursor(let term):
            Phrase(az: "TERM=\(term) kursoru hərəkət etdirə bilmir, tam ekran isə bunu tələb edir; "
                     + "TERM-ə terminalınızın növünü verin (məs. xterm-256color)",
                   en: "TERM=\(term) cannot move the cursor, which the full screen needs; "
                     + "set TERM to your terminal's type (e.g. xterm-256color)")
        }
    }
    static func cliThemeNotFound(_ name: String, looked: String) -> Phrase {
        Phrase(az: "\"\(name)\" mövzusu tapılmadı (axtarılan yerlər: \(looked)); standart mövzu işlədilir",
               en: "theme \"\(name)\" not found (looked in \(looked)); using the default theme")
    }
    static func cliThemeNotUTF8(_ path: String) -> Phrase {
        Phrase(az: "\(path): UTF-8 mətn deyil; standart mövzu işlədilir", en: "\(path): not UTF-8 text; using the default theme")
    }
    static func cliThemeBroken(_ problem: Phrase) -> Phrase {
        Phrase(az: "\(problem.az); standart mövzu işlədilir", en: "\(problem.en); using the default theme")
    }
}

/// Why the terminal cannot show the interface, as the command line words it.
enum TerminalProblem {
    case unset
    case unknown(String)
    case notATerminal
    case cannotAddressCursor(String)
}
