import Domain

// The words of the command line: usage mistakes, what a command did, the names it gives
// things. They live in the `sts` target, not in Domain, because only the command line says
// them; Domain keeps the words of the rules and what the screens share with the commands
// (issue 14: "Domain keeps the words of the rules"). `CommandLanguage` picks the language.

// MARK: - Arguments (every command)

extension Phrases {
    static func cliUnknownCommand(_ name: String) -> Phrase {
        Phrase(az: "\"\(name)\" adlı əmr yoxdur (bax: sts --help)", en: "unknown command \"\(name)\" (see sts --help)")
    }
    static func cliUnknownAction(_ command: String, _ action: String, choices: Phrase) -> Phrase {
        Phrase(az: "\"\(action)\" adlı \(command) əmri yoxdur (\(choices.az))",
               en: "unknown \(command) command \"\(action)\" (\(choices.en))")
    }
    static func cliUnexpectedSeeHelp(_ argument: String) -> Phrase {
        Phrase(az: "gözlənilməyən arqument \"\(argument)\" (bax: sts --help)", en: "unexpected argument \"\(argument)\" (see sts --help)")
    }
    static func cliUnexpected(_ argument: String) -> Phrase {
        Phrase(az: "gözlənilməyən arqument \"\(argument)\"", en: "unexpected argument \"\(argument)\"")
    }
    static func cliUnknownOption(_ option: String) -> Phrase {
        Phrase(az: "naməlum parametr \(option)", en: "unknown option \(option)")
    }
    static func cliNeedsValue(_ option: String) -> Phrase {
        Phrase(az: "\(option) parametrinə dəyər lazımdır", en: "\(option) needs a value")
    }
    static func cliTakesNoValue(_ option: String) -> Phrase {
        Phrase(az: "\(option) parametri dəyər qəbul etmir", en: "\(option) takes no value")
    }
    static func cliNotALanguage(_ raw: String) -> Phrase {
        Phrase(az: "--lang: \"\(raw)\" dil deyil (az və ya en yazın)", en: "--lang: \"\(raw)\" is not a language (use az or en)")
    }
    /// `what` as the command's help names it: `FILE.csv`, `--students N`.
    static func cliMissing(_ what: String) -> Phrase {
        Phrase(az: "\(what) verilməyib", en: "missing \(what)")
    }
    static func cliMissingBecause(_ what: String, _ why: Phrase) -> Phrase {
        Phrase(az: "\(what) verilməyib (\(why.az))", en: "missing \(what) (\(why.en))")
    }
    static func cliRequired(_ option: String, _ choices: Phrase) -> Phrase {
        Phrase(az: "\(option) mütləqdir (\(choices.az))", en: "\(option) is required (\(choices.en))")
    }
    static func cliNotADate(_ name: String, _ raw: String) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" tarix deyil (İİİİ-AA-GG və ya GG.AA.İİİİ yazın)",
               en: "\(name): \"\(raw)\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
    }
    static func cliNotAWholeNumber(_ name: String, _ raw: String) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" tam ədəd deyil", en: "\(name): \"\(raw)\" is not a whole number")
    }
    static func cliNotAYear(_ name: String, _ raw: String) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" il deyil", en: "\(name): \"\(raw)\" is not a year")
    }
    static func cliNotOneOf(_ name: String, _ raw: String, _ choices: Phrase) -> Phrase {
        Phrase(az: "\(name): \"\(raw)\" — \(choices.az)", en: "\(name): \"\(raw)\" (\(choices.en))")
    }
    /// `text, json or html` / `text, json və ya html`
    static func cliChoices(_ words: [String]) -> Phrase {
        guard let last = words.last, words.count > 1 else { return Phrase(az: words.first ?? "", en: words.first ?? "") }
        let head = words.dropLast().joined(separator: ", ")
        return Phrase(az: head + " və ya " + last, en: head + " or " + last)
    }
    static func cliUse(_ words: [String]) -> Phrase {
        let list = cliChoices(words)
        return Phrase(az: list.az + " yazın", en: "use " + list.en)
    }
    static let cliWarning = Phrase(az: "xəbərdarlıq", en: "warning")
}

// MARK: - Who may use the database

extension Phrases {
    static func cliNotAUser(_ login: String, path: String, administrators: [String]) -> Phrase {
        let list = administrators.joined(separator: ", ")
        let whomAz = administrators.isEmpty ? "serverin inzibatçısı" : "inzibatçı (\(list))"
        let whomEn = administrators.isEmpty ? "an administrator of the server" : "an administrator (\(list))"
        return Phrase(az: "\(login) \(path) bazasının istifadəçisi deyil; \(whomAz) sizi əlavə etsin: sts users add \(login) --role …",
                      en: "\(login) is not a user of \(path); ask \(whomEn) to add you: sts users add \(login) --role …")
    }
    static func cliChangedWhileOpening(_ path: String) -> Phrase {
        Phrase(az: "\(path) açılarkən dəyişdi; yenidən cəhd edin", en: "\(path) changed while it was being opened; try again")
    }
    /// The setgid gatekeeper's failures (the kernel refused; sts stops rather than run with the group).
    static func cliGroupLower(_ reason: String) -> Phrase {
        Phrase(az: "effektiv qrupu öz qrupunuza qaytarmaq olmur (\(reason))", en: "cannot set the effective group to your own (\(reason))")
    }
    static func cliGroupTake(_ reason: String) -> Phrase {
        Phrase(az: "sts qrupunu götürmək olmur (\(reason))", en: "cannot take the group of sts (\(reason))")
    }
    static func cliGroupGiveBack(_ reason: String) -> Phrase {
        Phrase(az: "sts qrupunu geri qaytarmaq olmur (\(reason))", en: "cannot give the group of sts back (\(reason))")
    }
    static func cliGroupGiveUp(_ reason: String) -> Phrase {
        Phrase(az: "sts qrupundan birdəfəlik imtina etmək olmur (\(reason))", en: "cannot give up the group of sts (\(reason))")
    }
    static func cliCannotMakeDirectory(_ path: String, _ reason: String) -> Phrase {
        Phrase(az: "\(path) üçün qovluq yaradılmadı: \(reason)", en: "cannot create the directory of \(path): \(reason)")
    }
}
