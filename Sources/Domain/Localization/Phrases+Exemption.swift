/// Texts of the language-assessment decision (1.2, 3.5–3.7) and of score validation.
extension Phrases {
    // MARK: - Scores

    static func scaleDescription(_ test: LanguageTest) -> Phrase {
        switch test {
        case .ielts: return Phrase(az: "0–9, 0.5 addımla", en: "0–9 in steps of 0.5")
        case .toeflIBT: return Phrase(az: "0–120 arası tam ədəd", en: "a whole number 0–120")
        case .toeflBand: return Phrase(az: "1–6, 0.5 addımla", en: "1–6 in steps of 0.5")
        }
    }

    static func scoreNotANumber(_ text: String, test: LanguageTest) -> Phrase {
        let scale = scaleDescription(test)
        return Phrase(az: "\"\(text)\" ədəd deyil (\(test.phrase.az) balı: \(scale.az))",
                      en: "\"\(text)\" is not a number (\(test.phrase.en) scores are \(scale.en))")
    }

    static func scoreOffScale(_ text: String, test: LanguageTest) -> Phrase {
        let scale = scaleDescription(test)
        switch test {
        case .toeflBand:
            return Phrase(az: "\(text) 1–6 şkalası üzrə düzgün TOEFL balı deyil (\(scale.az))",
                          en: "\(text) is not a valid TOEFL score on the 1–6 scale (\(scale.en))")
        case .ielts, .toeflIBT:
            return Phrase(az: "\(text) düzgün \(test.phrase.az) balı deyil (\(scale.az))",
                          en: "\(text) is not a valid \(test.phrase.en) score (\(scale.en))")
        }
    }

    // MARK: - 1.2

    static let permanentResidentApplies = Phrase(
        az: "ərizəçi Azərbaycan Respublikasında daimi yaşayır; 1.2-yə görə bu Qaydalar ona şamil edilmir və o, təhsil sahəsində Azərbaycan Respublikasının vətəndaşları ilə eyni hüquqlara malikdir",
        en: "the applicant lives permanently in Azerbaijan; under 1.2 these regulations do not apply, and they have the same rights to education as citizens of Azerbaijan")

    static let notPermanentResident = Phrase(
        az: "ərizəçi Azərbaycan Respublikasında daimi yaşamır, ona görə bu Qaydalar tətbiq edilir",
        en: "the applicant does not live permanently in Azerbaijan, so these regulations apply")

    static let notConsideredUnder12 = Phrase(
        az: "baxılmır: 1.2-yə görə bu Qaydalar Azərbaycan Respublikasında daimi yaşayan əcnəbiyə şamil edilmir",
        en: "not considered: under 1.2 these regulations do not apply to a foreigner permanently living in Azerbaijan")

    // MARK: - 3.7

    static let noPreviousEducation = Phrase(
        az: "əvvəlki təhsil barədə məlumat verilməyib", en: "no previous education was given")

    static let previousNotInAzerbaijan = Phrase(
        az: "əvvəlki təhsil Azərbaycan Respublikasının təhsil müəssisəsində alınmayıb",
        en: "the previous education was not at an educational institution of Azerbaijan")

    static let notStatedNextLevel = Phrase(
        az: "proqramın əvvəlki təhsildən sonrakı növbəti səviyyə və ya pillə olduğu göstərilməyib",
        en: "the programme is not stated to be the next level or stage after the previous education")

    static func notNextLevel(_ level: EducationLevel, after prior: PriorLevel) -> Phrase {
        Phrase(az: "\(level.programmePhrase.az) \(prior.phrase.az) səviyyəsindən sonrakı növbəti səviyyə və ya pillə deyil",
               en: "\(level.programmePhrase.en) is not the next level or stage after the \(prior.phrase.en) level")
    }

    static func notPrecedingLevel(_ prior: PriorLevel, before level: EducationLevel) -> Phrase {
        Phrase(az: "\(prior.phrase.az) səviyyəsi \(level.programmePhrase.az) üçün əvvəlki təhsil səviyyəsi deyil",
               en: "the \(prior.phrase.en) level is not the level before \(level.programmePhrase.en)")
    }

    static func languageChanges(from previous: String, to programme: String) -> Phrase {
        let (previous, programme) = (ISONames.languageStem(previous), ISONames.languageStem(programme))
        return Phrase(az: "təhsil dili dəyişir (əvvəlki təhsil \(previous.az) dilində, proqram \(programme.az) dilində)",
                      en: "the language of instruction changes from \(previous.en) to \(programme.en)")
    }

    static let previousLanguageMissing = Phrase(
        az: "əvvəlki təhsilin dili göstərilməyib", en: "the language of the previous education was not given")

    static func studiedInAzerbaijanApplies(prior: PriorLevel?, language: String, level: EducationLevel) -> Phrase {
        let language = ISONames.languageStem(language)
        let levelAz = prior.map { " (\($0.phrase.az) səviyyəsi)" } ?? ""
        let levelEn = prior.map { " (\($0.phrase.en) level)" } ?? ""
        return Phrase(
            az: "ərizəçi Azərbaycan Respublikasının təhsil müəssisəsində \(language.az) dilində\(levelAz) təhsil alıb və növbəti səviyyədə və ya pillədə eyni dildə tədris olunan \(level.programmePhrase.az) üzrə təhsilini davam etdirir",
            en: "the applicant studied at an educational institution of Azerbaijan in \(language.en)\(levelEn) and continues to the next level or stage, \(level.programmePhrase.en) taught in the same language")
    }

    static let notGraduated = Phrase(
        az: "ərizəçi əvvəlki təhsili bitirməyib", en: "the applicant has not graduated from the previous education")

    static let previousInAzerbaijanIs371 = Phrase(
        az: "əvvəlki təhsil Azərbaycan Respublikasının təhsil müəssisəsində alınıb; bu hal 3.7.1-ə aiddir, 3.7.2 isə xaricdə məzun olanlara aiddir",
        en: "the previous education was at an educational institution of Azerbaijan; that case is 3.7.1, and 3.7.2 covers graduates from abroad")

    static func graduateAbroadApplies(prior: PriorLevel?, language: String, level: EducationLevel) -> Phrase {
        let language = ISONames.languageStem(language)
        let priorAz = prior.map { "\($0.phrase.az) səviyyəsini" } ?? "əvvəlki təhsil səviyyəsini (səviyyə göstərilməyib)"
        let priorEn = prior.map { "the \($0.phrase.en) level" } ?? "the previous level (its level was not given)"
        return Phrase(
            az: "ərizəçi xaricdə \(priorAz) \(language.az) dilində bitirib (sənədi Azərbaycanda tanınıb) və \(level.programmePhrase.az) da eyni dildə tədris olunur",
            en: "the applicant graduated abroad from \(priorEn), taught in \(language.en), with the document recognised in Azerbaijan, and \(level.programmePhrase.en) is taught in the same language")
    }

    // MARK: - 3.6

    static func programmeNotInEnglish(_ language: String) -> Phrase {
        let language = ISONames.languageStem(language)
        return Phrase(az: "proqram \(language.az) dilində tədris olunur; 3.6 test nəticələrini yalnız ingilis dilində tədris olunan proqramlar üçün nəzərə alır",
               en: "the programme is taught in \(language.en); 3.6 counts test scores only for programmes taught in English")
    }

    static let noThresholdForSecondarySpecialised = Phrase(
        az: "3.6 bal həddini yalnız bakalavriat və sonrakı təhsil üçün müəyyən edir, orta ixtisas təhsili proqramı üçün yox",
        en: "3.6 sets scores only for bachelor's programmes and further education, not for a secondary specialised programme")

    static let noTestResults = Phrase(
        az: "IELTS və ya TOEFL nəticəsi təqdim edilməyib", en: "no IELTS or TOEFL result was given")

    /// "IELTS 5.0 taken 2026-01-10", "TOEFL 4.5 on the 1–6 scale (set equal to 72 …)".
    static func testDescription(_ test: LanguageTest, score: Double, takenOn: CivilDate?, equivalent: Int?) -> Phrase {
        let shown = LanguageScore.format(score, for: test)
        var az: String
        var en: String
        switch test {
        case .toeflBand:
            az = "1–6 şkalası üzrə TOEFL \(shown)"
            en = "TOEFL \(shown) on the 1–6 scale"
        case .ielts, .toeflIBT:
            az = "\(test.phrase.az) \(shown)"
            en = "\(test.phrase.en) \(shown)"
        }
        if let equivalent {
            az += " (tənzimləmələrdə 0–120 şkalası üzrə \(equivalent) bala bərabər tutulub)"
            en += " (set equal to \(equivalent) on the 0–120 scale in settings)"
        }
        if let takenOn {
            az = "\(takenOn.dotted) tarixli " + az
            en += " taken \(takenOn.dotted)"
        } else {
            az += " (test tarixi göstərilməyib, etibarlılıq müddəti yoxlanılmayıb)"
            en += " (test date not given, so its validity was not checked)"
        }
        return Phrase(az: az, en: en)
    }

    static func testScoreInvalid(_ description: Phrase, test: LanguageTest) -> Phrase {
        let scale = scaleDescription(test)
        return Phrase(az: "\(description.az) testin verdiyi bal deyil (\(scale.az)) və nəzərə alınmır",
                      en: "\(description.en) is not a score the test gives (\(scale.en)) and does not count")
    }

    static func testAfterDecisionDate(_ description: Phrase, date: CivilDate) -> Phrase {
        Phrase(az: "\(description.az) qərar tarixindən (\(date.dotted)) sonraya aiddir və nəzərə alınmır",
               en: "\(description.en) is dated after the decision date \(date.dotted) and does not count")
    }

    static func testExpired(_ description: Phrase, years: Int, date: CivilDate) -> Phrase {
        Phrase(az: "\(description.az) \(date.dotted) tarixinə \(years) illik etibarlılıq müddətindən köhnədir və nəzərə alınmır",
               en: "\(description.en) is older than the \(years)-year validity on \(date.dotted)")
    }

    static func bandWithoutEquivalence(_ description: Phrase) -> Phrase {
        Phrase(az: "\(description.az) nəzərə alınmır: administrator tənzimləmələrdə onun 0–120 şkalası üzrə ekvivalentini müəyyən etməyib",
               en: "\(description.en) does not count: an administrator has not set its equivalence on the 0–120 scale in settings")
    }

    static func testMeets(_ description: Phrase, required: String, level: EducationLevel) -> Phrase {
        Phrase(az: "\(description.az) ingilis dilində tədris olunan \(level.programmePhrase.az) üçün tələb olunan \(required) həddinə çatır",
               en: "\(description.en) meets the \(required) required for \(level.programmePhrase.en) taught in English")
    }

    static func testBelow(_ description: Phrase, required: String, level: EducationLevel) -> Phrase {
        Phrase(az: "\(description.az) ingilis dilində tədris olunan \(level.programmePhrase.az) üçün tələb olunan \(required) həddindən aşağıdır",
               en: "\(description.en) is below the \(required) required for \(level.programmePhrase.en) taught in English")
    }

    // MARK: - 3.5 and the decision

    static func institutionAssesses(_ language: String) -> Phrase {
        Phrase(az: "3.7 və 3.6 üzrə azadolma tətbiq edilmir, ona görə təhsil müəssisəsi ərizəçinin tədris dilini (\(ISONames.language(language)?.az ?? language)) bilməsini yoxlayır",
               en: "no exemption of 3.7 or 3.6 applies, so the institution checks the applicant's knowledge of the language of instruction (\(ISONames.language(language)?.en ?? language))")
    }

    static func exemptSoNoAssessment(_ paragraph: String) -> Phrase {
        Phrase(az: "\(paragraph) üzrə azaddır, ona görə təhsil müəssisəsi ərizəçinin dil biliyini yoxlamır",
               en: "exempt under \(paragraph), so the institution does not assess the applicant's language knowledge")
    }

    static func alsoMet(_ why: Phrase, decidedBy paragraph: String) -> Phrase {
        Phrase(az: "bu şərt də ödənilir, lakin qərar əvvəl yoxlanılan \(paragraph) bəndinə əsaslanır: \(why.az)",
               en: "also met, but the decision rests on \(paragraph), which is tried first: \(why.en)")
    }

    static func exemptionSentence(outcome: ExemptionOutcome, paragraph: String, why: String) -> Phrase {
        Phrase(az: "\(outcome.phrase.az) (\(paragraph)): \(why).",
               en: "\(outcome.phrase.en) under \(paragraph): \(why).")
    }
}

/// Labels of the exemption decision as the command line and the screens print it.
extension Phrases {
    public static let rulesTried = Phrase(az: "Yoxlanılan bəndlər", en: "Rules tried")
    public static let ruleApplies = Phrase(az: "tətbiq edilir", en: "applies")
    public static let ruleDoesNotApply = Phrase(az: "tətbiq edilmir", en: "does not apply")
}
