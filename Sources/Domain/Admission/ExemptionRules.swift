/// The language-assessment exemption: 1.2, then 3.7.1, 3.7.2, 3.6, and otherwise 3.5.
///
/// Semantics chosen where the regulations are silent:
/// - Exactly one reason has `applies == true`: the paragraph the decision rests on. Rules
///   tried before it say why they did not apply; rules after it are still checked and, if
///   their conditions also hold, say so ("also met, but the decision rests on 3.7.1") —
///   except after 1.2, where the regulations do not apply at all.
/// - Languages are compared as ISO 639-1 codes, ignoring case; an unknown previous
///   language never matches ("when they do not change the language of education", 3.7).
/// - "The next level or stage" (3.7.1) is what the clerk states; when the previous level is
///   also known it must agree with `EducationLevel.precedingLevels`.
/// - 3.7.2 is for graduates of education completed abroad (an Azerbaijani institution is
///   3.7.1's case) whose previous level is one of `precedingLevels` of the programme.
///   An unknown previous level is taken to be the preceding one, and the reason says so.
///   "That meet the requirements stipulated by the laws of the host country": the host
///   country is Azerbaijan, so the previous document must be legalised or apostilled as
///   3.4.2 asks and recognised here; without that confirmation 3.7.2 does not apply.
/// - 3.6: "the bachelor's degree" is `.bachelor`; "further education" is master, doctorate
///   and residency (`isFurtherEducation`); 3.6 names no score for secondary specialised
///   programmes, so it does not apply to them. Scores equal to the threshold meet it.
/// - A result counts if taken on or after the decision date minus `validityYears` years
///   (taken exactly two years before still counts) and not after the decision date.
/// - A TOEFL result on the 1–6 scale counts through the equivalence table
///   (`ExemptionSettings.toeflBandEquivalents`: `TOEFLBands.standard` until an administrator
///   sets another), compared with the iBT threshold.
public enum ExemptionRules {
    /// The 3.6 thresholds for a level, or nil where 3.6 names none.
    public static func thresholds(for level: EducationLevel) -> (ielts: Double, toeflIBT: Int)? {
        switch level {
        case .secondarySpecialised: return nil
        case .bachelor: return (5.0, 40)
        case .master, .doctorate, .residency: return (5.5, 50)
        }
    }

    /// Decides whether the applicant is exempt from the language assessment on `date`.
    public static func decide(_ input: ExemptionInput, on date: CivilDate,
                              settings: ExemptionSettings = .standard) -> ExemptionDecision {
        let tried: [(ExemptionParagraph, Evaluation)] = [
            (.permanentResident, permanentResidence(input)),
            (.studiedInAzerbaijan, studiedInAzerbaijan(input)),
            (.graduateAbroad, graduateAbroad(input)),
            (.testScore, testScore(input, on: date, settings: settings)),
        ]
        let deciding = tried.first(where: { $0.1.met })?.0 ?? .institutionAssesses
        var reasons: [ExemptionReason] = []
        var decided = false
        for (paragraph, evaluation) in tried {
            let why: Phrase
            if paragraph == deciding {
                why = evaluation.why
            } else if decided && deciding == .permanentResident {
                why = Phrases.notConsideredUnder12
            } else if decided && evaluation.met {
                why = Phrases.alsoMet(evaluation.why, decidedBy: deciding.rawValue)
            } else {
                why = evaluation.why
            }
            reasons.append(ExemptionReason(paragraph: paragraph, applies: paragraph == deciding, why: why))
            if paragraph == deciding { decided = true }
        }
        let outcome: ExemptionOutcome
        let assessment: ExemptionReason
        switch deciding {
        case .institutionAssesses:
            outcome = .assessmentRequired
            assessment = ExemptionReason(paragraph: .institutionAssesses, applies: true,
                                         why: Phrases.institutionAssesses(input.programLanguage))
        case .permanentResident:
            outcome = .notApplicable
            assessment = ExemptionReason(paragraph: .institutionAssesses, applies: false,
                                         why: Phrases.notConsideredUnder12)
        case .studiedInAzerbaijan, .graduateAbroad, .testScore:
            outcome = .exempt
            assessment = ExemptionReason(paragraph: .institutionAssesses, applies: false,
                                         why: Phrases.exemptSoNoAssessment(deciding.rawValue))
        }
        reasons.append(assessment)
        return ExemptionDecision(outcome: outcome, paragraph: deciding, reasons: reasons, date: date)
    }

    /// A rule's conditions held or not, and the specific words why.
    struct Evaluation {
        let met: Bool
        let why: Phrase

        static func failed(_ problems: [Phrase]) -> Evaluation {
            Evaluation(met: false, why: .joined(problems))
        }
    }

    /// 1.2: the regulations do not apply to a foreigner permanently living in Azerbaijan.
    static func permanentResidence(_ input: ExemptionInput) -> Evaluation {
        input.permanentResident
            ? Evaluation(met: true, why: Phrases.permanentResidentApplies)
            : Evaluation(met: false, why: Phrases.notPermanentResident)
    }

    /// 3.7.1: studied at an educational institution of Azerbaijan, continues to the next
    /// level or stage, and keeps the language of education.
    static func studiedInAzerbaijan(_ input: ExemptionInput) -> Evaluation {
        guard let previous = input.previous else { return .failed([Phrases.noPreviousEducation]) }
        var problems: [Phrase] = []
        if !previous.inAzerbaijan { problems.append(Phrases.previousNotInAzerbaijan) }
        if !previous.continuesToNextLevel {
            problems.append(Phrases.notStatedNextLevel)
        } else if let prior = previous.level, !input.level.precedingLevels.contains(prior) {
            problems.append(Phrases.notNextLevel(input.level, after: prior))
        }
        if let problem = languageProblem(previous.language, input.programLanguage) { problems.append(problem) }
        guard problems.isEmpty else { return .failed(problems) }
        return Evaluation(met: true, why: Phrases.studiedInAzerbaijanApplies(
            prior: previous.level, language: input.programLanguage, level: input.level))
    }

    /// 3.7.2: a graduate of the previous level, completed abroad, who keeps its language.
    static func graduateAbroad(_ input: ExemptionInput) -> Evaluation {
        guard let previous = input.previous else { return .failed([Phrases.noPreviousEducation]) }
        var problems: [Phrase] = []
        if !previous.completed { problems.append(Phrases.notGraduated) }
        if previous.inAzerbaijan { problems.append(Phrases.previousInAzerbaijanIs371) }
        if let prior = previous.level, !input.level.precedingLevels.contains(prior) {
            problems.append(Phrases.notPrecedingLevel(prior, before: input.level))
        }
        if !previous.inAzerbaijan && !previous.recognised { problems.append(Phrases.previousNotRecognised) }
        if let problem = languageProblem(previous.language, input.programLanguage) { problems.append(problem) }
        guard problems.isEmpty else { return .failed(problems) }
        return Evaluation(met: true, why: Phrases.graduateAbroadApplies(
            prior: previous.level, language: input.programLanguage, level: input.level))
    }

    /// 3.7: "when they do not change the language of education".
    static func languageProblem(_ previous: String?, _ programme: String) -> Phrase? {
        guard let previous, !previous.isEmpty else { return Phrases.previousLanguageMissing }
        return previous.lowercased() == programme.lowercased()
            ? nil : Phrases.languageChanges(from: previous, to: programme)
    }

    /// 3.6: a programme taught in English, and a valid IELTS or TOEFL result at the
    /// level's threshold (bachelor: IELTS 5.0 / TOEFL 40; further education: 5.5 / 50).
    static func testScore(_ input: ExemptionInput, on date: CivilDate, settings: ExemptionSettings) -> Evaluation {
        var problems: [Phrase] = []
        if input.programLanguage.lowercased() != "en" {
            problems.append(Phrases.programmeNotInEnglish(input.programLanguage))
        }
        let thresholds = thresholds(for: input.level)
        if thresholds == nil { problems.append(Phrases.noThresholdForSecondarySpecialised) }
        guard problems.isEmpty, let thresholds else { return .failed(problems) }
        guard !input.tests.isEmpty else { return .failed([Phrases.noTestResults]) }
        let results = input.tests.map {
            evaluate($0, level: input.level, thresholds: thresholds, on: date, settings: settings)
        }
        return Evaluation(met: results.contains(where: \.met), why: .joined(results.map(\.why)))
    }

    /// Whether one result counts for 3.6, and why.
    static func evaluate(_ result: ExemptionInput.Test, level: EducationLevel,
                         thresholds: (ielts: Double, toeflIBT: Int), on date: CivilDate,
                         settings: ExemptionSettings) -> Evaluation {
        let valid = LanguageScore.isValid(result.score, for: result.test)
        let equivalent = result.test == .toeflBand && valid ? settings.toeflBandEquivalents[result.score] : nil
        let description = Phrases.testDescription(result.test, score: result.score, takenOn: result.takenOn,
                                                   equivalent: equivalent)
        guard valid else {
            return Evaluation(met: false, why: Phrases.testScoreInvalid(description, test: result.test))
        }
        if let takenOn = result.takenOn {
            if takenOn > date {
                return Evaluation(met: false, why: Phrases.testAfterDecisionDate(description, date: date))
            }
            if takenOn < date.adding(years: -settings.validityYears) {
                return Evaluation(met: false, why: Phrases.testExpired(description, years: settings.validityYears,
                                                                       date: date))
            }
        }
        let met: Bool
        let required: String
        switch result.test {
        case .ielts:
            met = result.score >= thresholds.ielts
            required = LanguageScore.format(thresholds.ielts, for: .ielts)
        case .toeflIBT:
            met = result.score >= Double(thresholds.toeflIBT)
            required = String(thresholds.toeflIBT)
        case .toeflBand:
            guard let equivalent else {
                return Evaluation(met: false, why: Phrases.bandWithoutEquivalence(description))
            }
            met = equivalent >= thresholds.toeflIBT
            required = String(thresholds.toeflIBT)
        }
        return met
            ? Evaluation(met: true, why: Phrases.testMeets(description, required: required, level: level))
            : Evaluation(met: false, why: Phrases.testBelow(description, required: required, level: level))
    }
}
