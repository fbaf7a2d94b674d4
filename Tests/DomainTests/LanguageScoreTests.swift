import Testing
@testable import Domain

@Suite struct LanguageScoreTests {
    @Test("IELTS is 0–9 in half bands", arguments: [0.0, 0.5, 4.5, 5.0, 5.5, 9.0])
    func ieltsValid(score: Double) {
        #expect(LanguageScore.isValid(score, for: .ielts))
    }

    @Test("IELTS off the half bands or the range is refused",
          arguments: [5.3, 5.25, 9.5, -0.5, 10.0, Double.nan, Double.infinity])
    func ieltsInvalid(score: Double) {
        #expect(!LanguageScore.isValid(score, for: .ielts))
    }

    @Test("TOEFL iBT is a whole number 0–120", arguments: [(0.0, true), (39, true), (40, true), (120, true),
                                                          (121, false), (40.5, false), (-1, false)])
    func toeflIBT(score: Double, valid: Bool) {
        #expect(LanguageScore.isValid(score, for: .toeflIBT) == valid)
    }

    @Test("TOEFL on the 1–6 scale is in half steps", arguments: [(1.0, true), (4.5, true), (6, true),
                                                                (0.5, false), (6.5, false), (4.3, false)])
    func toeflBand(score: Double, valid: Bool) {
        #expect(LanguageScore.isValid(score, for: .toeflBand) == valid)
    }

    @Test("parsing accepts a decimal point or comma and surrounding spaces")
    func parsingAccepts() throws {
        #expect(try LanguageScore.parse("5,5", for: .ielts).get() == 5.5)
        #expect(try LanguageScore.parse(" 6 ", for: .ielts).get() == 6)
        #expect(try LanguageScore.parse("40", for: .toeflIBT).get() == 40)
        #expect(try LanguageScore.parse("4.5", for: .toeflBand).get() == 4.5)
    }

    @Test("parsing refuses, never rounds: the message names the scale")
    func parsingRefuses() {
        #expect(LanguageScore.parse("5.3", for: .ielts) == .failure(.offScale(test: .ielts, text: "5.3")))
        #expect(LanguageScore.parse("121", for: .toeflIBT) == .failure(.offScale(test: .toeflIBT, text: "121")))
        #expect(LanguageScore.parse("-1", for: .ielts) == .failure(.offScale(test: .ielts, text: "-1")))
        for text in ["", "abc", "1e1", "nan", "inf", "5.", ".5", "5.5.5", "٥"] {
            #expect(LanguageScore.parse(text, for: .ielts) == .failure(.notANumber(test: .ielts, text: text)))
        }
        #expect(LanguageScore.Invalid.offScale(test: .ielts, text: "5.3").phrase.en
                == "5.3 is not a valid IELTS score (0–9 in steps of 0.5)")
        #expect(LanguageScore.Invalid.offScale(test: .toeflIBT, text: "121").phrase.en
                == "121 is not a valid TOEFL iBT score (a whole number 0–120)")
    }

    @Test("a stored result is checked against its scale")
    func validatingResult() throws {
        guard let day = CivilDate(year: 2026, month: 1, day: 10) else { Issue.record("date"); return }
        #expect(throws: LanguageScore.Invalid.self) {
            try LanguageTestResult(validating: .ielts, score: 5.3, takenOn: day)
        }
        let result = try LanguageTestResult(validating: .toeflIBT, score: 40, takenOn: day)
        #expect(result.score == 40)
    }

    @Test("scores are shown as the test reports them")
    func formatting() {
        #expect(LanguageScore.format(5, for: .ielts) == "5.0")
        #expect(LanguageScore.format(5.5, for: .ielts) == "5.5")
        #expect(LanguageScore.format(40, for: .toeflIBT) == "40")
    }

    @Test("languages are ISO 639-1 codes")
    func languageCodes() {
        #expect(LanguageCode.normalised("AZ") == "az")
        #expect(LanguageCode.normalised(" ru ") == "ru")
        #expect(LanguageCode.normalised("xx") == nil)
        #expect(LanguageCode.normalised("eng") == nil)
        #expect(LanguageCode.normalised("English") == nil)
    }

    @Test("levels are read in any case and with _ or spaces")
    func levelParsing() {
        #expect(EducationLevel(parsing: "Secondary_Specialised") == .secondarySpecialised)
        #expect(EducationLevel(parsing: "MASTER") == .master)
        #expect(EducationLevel(parsing: "general-secondary") == nil)
        #expect(PriorLevel(parsing: "general secondary") == .generalSecondary)
        #expect(PriorLevel(parsing: "professor") == nil)
    }
}
