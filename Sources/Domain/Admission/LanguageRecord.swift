/// The institution's own check of the language (3.5: "checked by the institution that they
/// have chosen"): when, what result, whether it was passed, and who assessed.
public struct LanguageAssessment: Sendable, Hashable {
    public var on: CivilDate
    /// The result as the institution writes it ("78/100", "B2", "passed the interview").
    public var result: String
    public var passed: Bool
    /// The examiner or commission.
    public var assessor: String

    public init(on: CivilDate, result: String, passed: Bool, assessor: String) {
        self.on = on
        self.result = result
        self.passed = passed
        self.assessor = assessor
    }
}

/// The language decision as it was recorded on the day it was made (1.2, 3.5–3.7), so that
/// a test result that later turns older than its validity does not change a decided case;
/// and, when the assessment was required, the institution's assessment.
public struct LanguageRecord: Sendable, Hashable {
    public var decidedOn: CivilDate
    public var outcome: ExemptionOutcome
    public var paragraph: ExemptionParagraph
    /// The deciding rule's reason as it read that day.
    public var why: Phrase
    public var assessment: LanguageAssessment?
    public var recordedBy: String

    public init(decidedOn: CivilDate, outcome: ExemptionOutcome, paragraph: ExemptionParagraph, why: Phrase,
                assessment: LanguageAssessment? = nil, recordedBy: String = "") {
        self.decidedOn = decidedOn
        self.outcome = outcome
        self.paragraph = paragraph
        self.why = why
        self.assessment = assessment
        self.recordedBy = recordedBy
    }

    /// The record of a decision just made.
    public init(_ decision: ExemptionDecision, recordedBy: String = "") {
        self.init(decidedOn: decision.date, outcome: decision.outcome, paragraph: decision.paragraph,
                  why: decision.decidingReason?.why ?? Phrase(az: "", en: ""), recordedBy: recordedBy)
    }
}

/// 3.5 at the admission order: "their admission is formalized if their knowledge is
/// appropriate to the requirements set by the institution".
///
/// Chosen where the regulations are silent: the order needs a recorded decision — an
/// exemption under 3.7.1, 3.7.2 or 3.6 (its paragraph kept), or the institution's
/// assessment recorded as passed (date, result, who). An applicant under 1.2 is outside
/// these regulations and needs neither. The decision is the one recorded, never worked out
/// again on the day of the order.
public enum LanguageRule {
    /// Nil when the order may be given as far as 3.5 is concerned; otherwise why not.
    public static func admissionProblem(_ record: LanguageRecord?, permanentResident: Bool) -> Phrase? {
        if permanentResident { return nil }
        guard let record else { return Phrases.languageNotDecided }
        switch record.outcome {
        case .exempt:
            return nil
        case .notApplicable:
            // Recorded under 1.2 and the applicant is no longer a permanent resident.
            return Phrases.languageDecisionOutdated(record.paragraph.rawValue)
        case .assessmentRequired:
            guard let assessment = record.assessment else { return Phrases.languageAssessmentMissing }
            return assessment.passed ? nil : Phrases.languageAssessmentFailed(assessment)
        }
    }
}
