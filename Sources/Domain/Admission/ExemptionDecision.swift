/// What the language-assessment rules (1.2, 3.5–3.7) are asked about one applicant.
public struct ExemptionInput: Sendable, Hashable {
    /// The level of the programme applied for.
    public var level: EducationLevel
    /// ISO 639-1 code of the programme's language of instruction (lower case).
    public var programLanguage: String
    /// The applicant's previous education, or nil when none was given.
    public var previous: Previous?
    /// 1.2: permanently living in the Republic of Azerbaijan.
    public var permanentResident: Bool
    /// IELTS and TOEFL results, in the order entered.
    public var tests: [Test]

    public init(level: EducationLevel, programLanguage: String, previous: Previous? = nil,
                permanentResident: Bool = false, tests: [Test] = []) {
        self.level = level
        self.programLanguage = programLanguage.lowercased()
        self.previous = previous
        self.permanentResident = permanentResident
        self.tests = tests
    }

    /// The applicant as the clerk entered them, with their test results.
    public init(applicant: Applicant, tests: [LanguageTestResult]) {
        self.init(level: applicant.level, programLanguage: applicant.programLanguage,
                  previous: Previous(applicant.previous), permanentResident: applicant.permanentResident,
                  tests: tests.map(Test.init))
    }

    /// Previous education as far as it is known. The education is one the applicant
    /// holds (a graduate of it) unless `completed` is false.
    public struct Previous: Sendable, Hashable {
        public var level: PriorLevel?
        /// ISO 639-1 code of its language of instruction (lower case), nil when not given.
        public var language: String?
        /// At an educational institution of the Republic of Azerbaijan (3.7.1).
        public var inAzerbaijan: Bool
        /// The programme applied for is the next level or stage after it (3.7.1), as the clerk says.
        public var continuesToNextLevel: Bool
        /// The applicant graduated from it (3.7.2 speaks of graduates).
        public var completed: Bool
        /// Its document is legalised or apostilled (3.4.2) and recognised in Azerbaijan (3.7.2
        /// "that meet the requirements stipulated by the laws of the host country").
        public var recognised: Bool

        public init(level: PriorLevel? = nil, language: String? = nil, inAzerbaijan: Bool = false,
                    continuesToNextLevel: Bool = false, completed: Bool = true, recognised: Bool = false) {
            self.level = level
            self.language = language?.lowercased()
            self.inAzerbaijan = inAzerbaijan
            self.continuesToNextLevel = continuesToNextLevel
            self.completed = completed
            self.recognised = recognised
        }

        public init(_ education: PreviousEducation) {
            self.init(level: education.level, language: education.language,
                      inAzerbaijan: education.completedInAzerbaijan,
                      continuesToNextLevel: education.continuesToNextLevel, completed: true,
                      recognised: education.recognisedInAzerbaijan)
        }
    }

    /// One test result; `takenOn` is nil when the date was not given, and then the
    /// validity period cannot be checked (the reason says so).
    public struct Test: Sendable, Hashable {
        public var test: LanguageTest
        public var score: Double
        public var takenOn: CivilDate?

        public init(test: LanguageTest, score: Double, takenOn: CivilDate?) {
            self.test = test
            self.score = score
            self.takenOn = takenOn
        }

        public init(_ result: LanguageTestResult) {
            self.init(test: result.test, score: result.score, takenOn: result.takenOn)
        }
    }
}

/// The outcome of the language-assessment rules.
public enum ExemptionOutcome: String, Sendable, CaseIterable, Codable {
    case exempt
    case assessmentRequired = "assessment-required"
    case notApplicable = "not-applicable"

    public var phrase: Phrase {
        switch self {
        case .exempt:
            return Phrase(az: "Dil biliyinin yoxlanılmasından azaddır", en: "Exempt from the language assessment")
        case .assessmentRequired:
            return Phrase(az: "Dil biliyi yoxlanılmalıdır", en: "The language assessment is required")
        case .notApplicable:
            return Phrase(az: "Bu Qaydalar tətbiq edilmir", en: "These regulations do not apply")
        }
    }
}

/// The paragraphs the rules try, in the order they are tried.
public enum ExemptionParagraph: String, Sendable, CaseIterable, Codable {
    case permanentResident = "1.2"
    case studiedInAzerbaijan = "3.7.1"
    case graduateAbroad = "3.7.2"
    case testScore = "3.6"
    case institutionAssesses = "3.5"

    public var paragraph: String { rawValue }
}

/// One rule tried: whether it decided the case, and why (or why not) in words a clerk
/// can read to the applicant.
public struct ExemptionReason: Sendable, Hashable {
    public let paragraph: ExemptionParagraph
    /// True for the one rule the decision rests on.
    public let applies: Bool
    public let why: Phrase

    public init(paragraph: ExemptionParagraph, applies: Bool, why: Phrase) {
        self.paragraph = paragraph
        self.applies = applies
        self.why = why
    }
}

/// The decision, the paragraph it rests on, and a reason for every rule tried (1.2,
/// 3.7.1, 3.7.2, 3.6, 3.5 in that order), so that a clerk can justify it and an auditor
/// can check it.
public struct ExemptionDecision: Sendable, Hashable {
    public let outcome: ExemptionOutcome
    public let paragraph: ExemptionParagraph
    public let reasons: [ExemptionReason]
    /// The date the decision was made for (test validity is counted back from it).
    public let date: CivilDate

    public init(outcome: ExemptionOutcome, paragraph: ExemptionParagraph, reasons: [ExemptionReason],
                date: CivilDate) {
        self.outcome = outcome
        self.paragraph = paragraph
        self.reasons = reasons
        self.date = date
    }

    /// The reason of the deciding rule.
    public var decidingReason: ExemptionReason? { reasons.first { $0.paragraph == paragraph } }

    /// One sentence a clerk can read out: "Exempt from the language assessment under 3.6:
    /// IELTS 5.0 taken 2026-01-10 meets the 5.0 required for a bachelor's programme."
    public func sentence(_ language: Language) -> String {
        let why = decidingReason?.why.text(language) ?? ""
        return Phrases.exemptionSentence(outcome: outcome, paragraph: paragraph.rawValue, why: why)
            .text(language)
    }
}
