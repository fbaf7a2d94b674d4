import Testing
@testable import Domain

private let decisionDay = day("2026-11-23")


private func decide(_ level: EducationLevel, _ programme: String, previous: ExemptionInput.Previous? = nil,
                    resident: Bool = false, tests: [ExemptionInput.Test] = [], on day: CivilDate = decisionDay,
                    settings: ExemptionSettings = .standard) -> ExemptionDecision {
    ExemptionRules.decide(ExemptionInput(level: level, programLanguage: programme, previous: previous,
                                         permanentResident: resident, tests: tests),
                          on: day, settings: settings)
}

private func ielts(_ score: Double, _ taken: String? = "2026-01-10") -> ExemptionInput.Test {
    ExemptionInput.Test(test: .ielts, score: score, takenOn: taken.map(day))
}

private func toefl(_ score: Double, _ taken: String? = "2026-01-10") -> ExemptionInput.Test {
    ExemptionInput.Test(test: .toeflIBT, score: score, takenOn: taken.map(day))
}

private func band(_ score: Double, _ taken: String? = "2026-03-01") -> ExemptionInput.Test {
    ExemptionInput.Test(test: .toeflBand, score: score, takenOn: taken.map(day))
}

private func why(_ decision: ExemptionDecision, _ paragraph: ExemptionParagraph) -> String {
    decision.reasons.first { $0.paragraph == paragraph }?.why.en ?? ""
}

private let studiedHereInRussian = ExemptionInput.Previous(level: .bachelor, language: "ru", inAzerbaijan: true,
                                                           continuesToNextLevel: true)
private let graduateAbroadInEnglish = ExemptionInput.Previous(level: .bachelor, language: "en", recognised: true)

@Suite struct ExemptionTests {
    // MARK: - Shape of every decision

    static let assorted: [ExemptionDecision] = [
        decide(.bachelor, "en", resident: true, tests: [ielts(9)]),
        decide(.master, "ru", previous: studiedHereInRussian, tests: [ielts(9)]),
        decide(.master, "en", previous: graduateAbroadInEnglish, tests: [ielts(9)]),
        decide(.bachelor, "en", tests: [ielts(5)]),
        decide(.bachelor, "tr"),
    ]

    @Test("every decision lists 1.2, 3.7.1, 3.7.2, 3.6, 3.5 in that order, and only its own paragraph applies",
          arguments: assorted)
    func reasonsForEveryRule(decision: ExemptionDecision) {
        #expect(decision.reasons.map(\.paragraph.rawValue) == ["1.2", "3.7.1", "3.7.2", "3.6", "3.5"])
        #expect(decision.reasons.filter(\.applies).map(\.paragraph) == [decision.paragraph])
        #expect(decision.reasons.allSatisfy { !$0.why.en.isEmpty && !$0.why.az.isEmpty && $0.why.az != $0.why.en })
    }

    // MARK: - 1.2

    @Test("1.2: a permanent resident is not subject to the regulations, whatever else holds")
    func permanentResidentIsNotApplicable() {
        let decision = decide(.master, "ru", previous: studiedHereInRussian, resident: true, tests: [ielts(9)])
        #expect(decision.outcome == .notApplicable)
        #expect(decision.paragraph == .permanentResident)
        #expect(why(decision, .studiedInAzerbaijan).contains("not considered: under 1.2"))
        #expect(why(decision, .institutionAssesses).contains("1.2"))
        #expect(decision.sentence(.en).hasPrefix("These regulations do not apply under 1.2: "))
    }

    @Test("1.2: a non-resident's reason says the regulations apply")
    func nonResidentReason() {
        #expect(why(decide(.bachelor, "en"), .permanentResident).contains("does not live permanently"))
    }

    // MARK: - 3.7.1

    @Test("3.7.1: studied in Azerbaijan, next level, same language → exempt")
    func studiedInAzerbaijanSameLanguage() {
        let decision = decide(.master, "ru", previous: studiedHereInRussian)
        #expect(decision.outcome == .exempt)
        #expect(decision.paragraph == .studiedInAzerbaijan)
        #expect(why(decision, .graduateAbroad).contains("that case is 3.7.1"))
        #expect(why(decision, .testScore).contains("the programme is taught in Russian; 3.6 counts test scores only"))
        #expect(why(decision, .institutionAssesses).contains("exempt under 3.7.1"))
    }

    @Test("3.7.1: language codes compare without regard to case")
    func languageCaseIgnored() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "RU", inAzerbaijan: true,
                                               continuesToNextLevel: true)
        #expect(decide(.master, "Ru", previous: previous).paragraph == .studiedInAzerbaijan)
    }

    @Test("3.7.1: the language changed from ru to en → not exempt under 3.7")
    func studiedInAzerbaijanLanguageChanged() {
        let decision = decide(.master, "en", previous: studiedHereInRussian)
        #expect(decision.outcome == .assessmentRequired)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .studiedInAzerbaijan).contains("changes from Russian to English"))
    }

    @Test("3.7.1: not the next level or stage → not exempt under 3.7.1")
    func studiedInAzerbaijanNotNextLevel() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "ru", inAzerbaijan: true)
        let decision = decide(.master, "ru", previous: previous)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .studiedInAzerbaijan).contains("not stated to be the next level"))
    }

    @Test("3.7.1: 'next level' contradicted by the levels (master after master) does not count")
    func nextLevelContradicted() {
        let previous = ExemptionInput.Previous(level: .master, language: "ru", inAzerbaijan: true,
                                               continuesToNextLevel: true)
        let decision = decide(.master, "ru", previous: previous)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .studiedInAzerbaijan)
                == "a master's programme is not the next level or stage after the master level")
    }

    @Test("3.7.1: the previous language must be known")
    func previousLanguageUnknown() {
        let previous = ExemptionInput.Previous(level: .bachelor, inAzerbaijan: true, continuesToNextLevel: true)
        let decision = decide(.master, "ru", previous: previous)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .studiedInAzerbaijan).contains("language of the previous education was not given"))
    }

    @Test("3.7.1 and 3.7.2: no previous education given")
    func noPreviousEducation() {
        let decision = decide(.bachelor, "ru")
        #expect(why(decision, .studiedInAzerbaijan) == "no previous education was given")
        #expect(why(decision, .graduateAbroad) == "no previous education was given")
    }

    // MARK: - 3.7.2

    @Test("3.7.2: a graduate from abroad keeping the language → exempt, and 3.6 is noted as also met")
    func graduateAbroadSameLanguage() {
        let decision = decide(.master, "en", previous: graduateAbroadInEnglish, tests: [ielts(6)])
        #expect(decision.outcome == .exempt)
        #expect(decision.paragraph == .graduateAbroad)
        #expect(why(decision, .studiedInAzerbaijan).contains("not at an educational institution of Azerbaijan"))
        #expect(why(decision, .testScore).hasPrefix("also met, but the decision rests on 3.7.2"))
    }

    @Test("3.7.2: a graduate from abroad changing the language → falls through to 3.6 or 3.5")
    func graduateAbroadLanguageChanged() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "ru", recognised: true)
        let withScore = decide(.master, "en", previous: previous, tests: [ielts(5.5)])
        #expect(withScore.paragraph == .testScore)
        #expect(why(withScore, .graduateAbroad) == "the language of instruction changes from Russian to English")
        let withoutScore = decide(.master, "tr", previous: previous)
        #expect(withoutScore.paragraph == .institutionAssesses)
    }

    @Test("3.7.2: education completed in Azerbaijan is 3.7.1's case, not 3.7.2's")
    func completedInAzerbaijanIsNot372() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "ru", inAzerbaijan: true)
        #expect(decide(.bachelor, "ru", previous: previous).paragraph == .institutionAssesses)
    }

    @Test("3.7.2: only graduates — unfinished previous education does not count")
    func unfinishedEducation() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "en", completed: false)
        let decision = decide(.master, "en", previous: previous)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .graduateAbroad).contains("has not graduated"))
    }

    @Test("3.7.2: the previous level must be the one before the programme",
          arguments: [(PriorLevel.generalSecondary, EducationLevel.master), (.bachelor, .bachelor),
                      (.master, .master), (.bachelor, .doctorate), (.doctorate, .bachelor)])
    func previousLevelMustPrecede(prior: PriorLevel, level: EducationLevel) {
        let decision = decide(level, "en", previous: ExemptionInput.Previous(level: prior, language: "en"))
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .graduateAbroad).contains("is not the level before"))
    }

    @Test("3.7.2: each level's preceding level keeps the exemption",
          arguments: [(PriorLevel.generalSecondary, EducationLevel.secondarySpecialised),
                      (.generalSecondary, .bachelor), (.secondarySpecialised, .bachelor), (.bachelor, .master),
                      (.bachelor, .residency), (.master, .residency), (.master, .doctorate),
                      (.residency, .doctorate)])
    func precedingLevels(prior: PriorLevel, level: EducationLevel) {
        let decision = decide(level, "az", previous: ExemptionInput.Previous(level: prior, language: "az", recognised: true))
        #expect(decision.paragraph == .graduateAbroad)
    }

    @Test("3.7.2: an unknown previous level is taken as the preceding one, and the reason says so")
    func unknownPreviousLevel() {
        let decision = decide(.bachelor, "tr", previous: ExemptionInput.Previous(language: "tr", recognised: true))
        #expect(decision.paragraph == .graduateAbroad)
        #expect(why(decision, .graduateAbroad).contains("its level was not given"))
    }

    // MARK: - 3.6 thresholds

    @Test("3.6 bachelor: IELTS 4.5 is not enough, 5.0 and above exempt",
          arguments: [(4.5, false), (5.0, true), (5.5, true), (9.0, true)])
    func ieltsBachelor(score: Double, exempt: Bool) {
        let decision = decide(.bachelor, "en", tests: [ielts(score)])
        #expect(decision.outcome == (exempt ? .exempt : .assessmentRequired))
        #expect(decision.paragraph == (exempt ? .testScore : .institutionAssesses))
    }

    @Test("3.6 further education (master, doctorate, residency): IELTS 5.0 is not enough, 5.5 exempts",
          arguments: [EducationLevel.master, .doctorate, .residency])
    func ieltsFurtherEducation(level: EducationLevel) {
        let five = decide(level, "en", tests: [ielts(5.0)])
        #expect(five.outcome == .assessmentRequired)
        #expect(why(five, .testScore).contains("is below the 5.5 required"))
        #expect(decide(level, "en", tests: [ielts(5.5)]).outcome == .exempt)
    }

    @Test("3.6 bachelor: TOEFL 39 is not enough, 40 exempts", arguments: [(39.0, false), (40.0, true)])
    func toeflBachelor(score: Double, exempt: Bool) {
        #expect(decide(.bachelor, "en", tests: [toefl(score)]).outcome == (exempt ? .exempt : .assessmentRequired))
    }

    @Test("3.6 further education: TOEFL 49 is not enough, 50 exempts",
          arguments: [EducationLevel.master, .doctorate, .residency])
    func toeflFurtherEducation(level: EducationLevel) {
        #expect(decide(level, "en", tests: [toefl(49)]).outcome == .assessmentRequired)
        #expect(decide(level, "en", tests: [toefl(50)]).outcome == .exempt)
    }

    @Test("3.6 names no score for a secondary specialised programme")
    func secondarySpecialisedNotCovered() {
        let decision = decide(.secondarySpecialised, "en", tests: [ielts(9), toefl(120)])
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .testScore).contains("not for a secondary specialised programme"))
    }

    @Test("3.6: a score says nothing about a programme taught in another language")
    func programmeNotInEnglish() {
        let decision = decide(.bachelor, "ru", tests: [ielts(9)])
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .testScore)
                == "the programme is taught in Russian; 3.6 counts test scores only for programmes taught in English")
        #expect(why(decision, .institutionAssesses).contains("language of instruction (Russian)"))
    }

    @Test("3.6: no result given")
    func noResults() {
        #expect(why(decide(.bachelor, "en"), .testScore) == "no IELTS or TOEFL result was given")
    }

    @Test("3.6: the reason names the score, date and threshold")
    func meetingReasonIsSpecific() {
        let decision = decide(.bachelor, "en", tests: [ielts(5.0)])
        #expect(why(decision, .testScore)
                == "IELTS 5.0 taken 10.01.2026 meets the 5.0 required for a bachelor's programme taught in English")
        #expect(decision.sentence(.en).hasPrefix("Exempt from the language assessment under 3.6: IELTS 5.0"))
    }

    // MARK: - 3.6 validity

    @Test("3.6: a result taken exactly two years before the decision still counts; a day older does not")
    func validityBoundary() {
        #expect(decide(.bachelor, "en", tests: [ielts(6, "2024-11-23")]).outcome == .exempt)
        let expired = decide(.bachelor, "en", tests: [ielts(6, "2024-11-22")])
        #expect(expired.outcome == .assessmentRequired)
        #expect(why(expired, .testScore) == "IELTS 6.0 taken 22.11.2024 is older than the 2-year validity on 23.11.2026")
    }

    @Test("3.6: the validity period is the administrator's setting")
    func validitySetting() {
        let threeYears = ExemptionSettings(validityYears: 3)
        #expect(decide(.bachelor, "en", tests: [ielts(5, "2023-12-01")], settings: threeYears).outcome == .exempt)
        #expect(decide(.bachelor, "en", tests: [ielts(5, "2023-12-01")]).outcome == .assessmentRequired)
    }

    @Test("3.6: an expired result does not hide a valid one")
    func expiredAndValid() {
        let decision = decide(.master, "en", tests: [ielts(7, "2020-01-01"), toefl(50, "2026-05-01")])
        #expect(decision.outcome == .exempt)
        #expect(why(decision, .testScore).contains("older than the 2-year validity"))
        #expect(why(decision, .testScore).contains("TOEFL iBT 50 taken 01.05.2026 meets the 50 required"))
    }

    @Test("3.6: a result dated after the decision date does not count")
    func futureResult() {
        let decision = decide(.bachelor, "en", tests: [ielts(7, "2026-11-24")])
        #expect(decision.outcome == .assessmentRequired)
        #expect(why(decision, .testScore).contains("is dated after the decision date 23.11.2026"))
    }

    @Test("3.6: an undated result counts, and the reason says its validity was not checked")
    func undatedResult() {
        let decision = decide(.bachelor, "en", tests: [ielts(5, nil)])
        #expect(decision.outcome == .exempt)
        #expect(why(decision, .testScore).contains("validity was not checked"))
    }

    @Test("3.6: a score off the scale (IELTS 5.3) never counts, not even rounded")
    func offScaleNeverCounts() {
        let decision = decide(.master, "en", tests: [ielts(5.3), toefl(49.6)])
        #expect(decision.outcome == .assessmentRequired)
        #expect(why(decision, .testScore).contains("IELTS 5.3 taken 10.01.2026 is not a score the test gives"))
    }

    // MARK: - 3.6 TOEFL on the 1–6 scale

    @Test("3.6: a TOEFL 1–6 band missing from the administrator's table does not count, and says so")
    func bandWithoutEquivalence() {
        let decision = decide(.bachelor, "en", tests: [band(5)], settings: ExemptionSettings(toeflBandEquivalents: [4.0: 45]))
        #expect(decision.outcome == .assessmentRequired)
        #expect(why(decision, .testScore).contains("an administrator has not set its equivalence"))
    }

    @Test("3.6: the standard band table is the default: band 3.0 (44) meets a bachelor's 40, band 2.5 (34) does not; 3.5 (58) meets further education's 50, 3.0 does not")
    func standardBandTable() {
        #expect(ExemptionSettings.standard.toeflBandEquivalents == TOEFLBands.standard)
        #expect(decide(.bachelor, "en", tests: [band(3.0)]).outcome == .exempt)
        #expect(decide(.bachelor, "en", tests: [band(2.5)]).outcome == .assessmentRequired)
        #expect(decide(.master, "en", tests: [band(3.5)]).outcome == .exempt)
        #expect(decide(.master, "en", tests: [band(3.0)]).outcome == .assessmentRequired)
    }

    // MARK: - 3.7.2 recognition

    @Test("3.7.2: a graduate from abroad whose document is not recognised in Azerbaijan is not exempt, and the reason says so")
    func unrecognisedDocument() {
        let previous = ExemptionInput.Previous(level: .bachelor, language: "ru")
        let decision = decide(.master, "ru", previous: previous)
        #expect(decision.paragraph == .institutionAssesses)
        #expect(why(decision, .graduateAbroad).contains("recognised in Azerbaijan"))
        #expect(why(decision, .graduateAbroad).contains("laws of the host country"))
        let recognised = ExemptionInput.Previous(level: .bachelor, language: "ru", recognised: true)
        #expect(decide(.master, "ru", previous: recognised).paragraph == .graduateAbroad)
    }

    @Test("3.7.2: the stored applicant's recognition feeds the rule")
    func recognitionFromApplicant() {
        var applicant = Applicant(
            surname: "Ivanov", name: "Ivan", citizenship: "RU", birthDate: day("2000-01-01"),
            passportNumber: "P1", passportExpiry: day("2030-01-01"), institutionCode: "BDU", majorCode: "050401",
            level: .master, programLanguage: "ru", studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .bachelor, country: "RU", institution: "MSU", language: "ru",
                                        completedInAzerbaijan: false, continuesToNextLevel: true))
        #expect(ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: []), on: decisionDay).paragraph
                == .institutionAssesses)
        applicant.previous.recognisedInAzerbaijan = true
        #expect(ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: []), on: decisionDay).paragraph
                == .graduateAbroad)
    }

    @Test("3.6: a TOEFL 1–6 result counts through the administrator's equivalence")
    func bandWithEquivalence() {
        let settings = ExemptionSettings(toeflBandEquivalents: [4.0: 45, 4.5: 52])
        #expect(decide(.master, "en", tests: [band(4.5)], settings: settings).outcome == .exempt)
        #expect(decide(.master, "en", tests: [band(4.0)], settings: settings).outcome == .assessmentRequired)
        #expect(decide(.bachelor, "en", tests: [band(4.0)], settings: settings).outcome == .exempt)
        let reason = why(decide(.master, "en", tests: [band(4.5)], settings: settings), .testScore)
        #expect(reason.contains("set equal to 52 on the 0–120 scale in settings"))
    }

    // MARK: - Inputs from the stored applicant

    @Test("3.7.1: the applicant's stored previous education feeds the rules")
    func fromApplicant() {
        let applicant = Applicant(
            surname: "Smith", name: "Anna", citizenship: "GB", birthDate: day("2000-01-01"),
            passportNumber: "P1", passportExpiry: day("2030-01-01"), institutionCode: "BDU", majorCode: "050401",
            level: .master, programLanguage: "az", studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .bachelor, country: "AZ", institution: "BDU", language: "az",
                                        completedInAzerbaijan: true, continuesToNextLevel: true))
        let input = ExemptionInput(applicant: applicant, tests: [])
        #expect(ExemptionRules.decide(input, on: decisionDay).paragraph == .studiedInAzerbaijan)
    }

    @Test("the decision reads in Azerbaijani too")
    func azerbaijaniSentence() {
        let sentence = decide(.bachelor, "en", tests: [ielts(5)]).sentence(.az)
        #expect(sentence.hasPrefix("Dil biliyinin yoxlanılmasından azaddır (3.6): "))
    }
}
