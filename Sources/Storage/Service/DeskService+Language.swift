import Domain

extension DeskService {
    // MARK: - The language decision (1.2, 3.5–3.7)

    /// The exemption settings an administrator keeps (test validity, the TOEFL band table);
    /// their defaults are Domain's (`ExemptionSettings.standard`, `TOEFLBands.standard`).
    public func exemptionSettings() throws -> ExemptionSettings {
        try Self.exemptionSettings(settings)
    }

    /// The same settings read straight from a database (`sts exemption --db`): reading them
    /// needs no user, as the settings are not personal data.
    public static func exemptionSettings(of database: Database) throws -> ExemptionSettings {
        try exemptionSettings(SQLiteSettingsRepository(database: database))
    }

    static func exemptionSettings(_ settings: SQLiteSettingsRepository) throws -> ExemptionSettings {
        let validity = try settings.setting(SettingKeys.languageTestValidityYears).value
        let table = try settings.setting(SettingKeys.toeflBandEquivalence).value
        return ExemptionSettings(validityYears: validity, toeflBandEquivalents: Dictionary(
            table.map { ($0.band, $0.ibtMinimum) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The decision as the rules give it on `date` for the applicant's stored data and tests
    /// (not recorded: the screen shows it while the clerk works).
    public func currentDecision(applicantID: Int64, on date: CivilDate) throws -> ExemptionDecision? {
        try database.read {
            guard let applicant = try applicants.applicant(id: applicantID, by: caller) else { return nil }
            let tests = try applicants.languageTests(applicantID: applicantID, by: caller).map(\.result)
            return ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: tests), on: date,
                                         settings: try exemptionSettings())
        }
    }

    /// The decision last recorded for the applicant, with its assessment; nil when none was.
    public func languageRecord(applicantID: Int64) throws -> LanguageRecord? {
        try applicants.readingRecords(of: applicantID, by: caller) {
            try database.first("""
                SELECT decided_on, outcome, paragraph, why_az, why_en, assessed_on, assessment_result, assessment_passed,
                    assessor, recorded_by
                FROM language_decision WHERE applicant_id = ? ORDER BY id DESC LIMIT 1
                """, [applicantID]) { row in
                var assessment: LanguageAssessment?
                if let on = try StoredValue.optionalDate(row.optionalText(5), column: "language_decision.assessed_on") {
                    assessment = LanguageAssessment(on: on, result: row.optionalText(6) ?? "",
                                                    passed: row.optionalInt(7) == 1, assessor: row.optionalText(8) ?? "")
                }
                return LanguageRecord(
                    decidedOn: try StoredValue.date(row.text(0), column: "language_decision.decided_on"),
                    outcome: try StoredValue.decode(ExemptionOutcome.self, row.text(1), column: "language_decision.outcome"),
                    paragraph: try StoredValue.decode(ExemptionParagraph.self, row.text(2),
                                                      column: "language_decision.paragraph"),
                    why: Phrase(az: row.text(3), en: row.text(4)), assessment: assessment, recordedBy: row.text(9))
            }
        }
    }

    /// What keeps the order from resting on the recorded decision (3.5), or nil when it can:
    /// no decision, an assessment missing or not passed, or data changed since it was made.
    public func languageProblem(applicantID: Int64) throws -> Phrase? {
        try database.read {
            guard let applicant = try applicants.applicant(id: applicantID, by: caller) else { return nil }
            let record = try languageRecord(applicantID: applicantID)
            if let problem = LanguageRule.admissionProblem(record, permanentResident: applicant.isOutsideRegulations) {
                return problem
            }
            if let record, !applicant.isOutsideRegulations, try decidesDifferently(applicant, than: record) {
                return Phrases.languageDecisionOutdated(record.paragraph.rawValue)
            }
            return nil
        }
    }

    /// Records the decision the rules give on `date` (3.5 "their admission is formalized if
    /// their knowledge is appropriate"): the order later reads this record, never a decision
    /// worked out again on another day.
    @discardableResult
    public func recordLanguageDecision(applicantID: Int64, on date: CivilDate) throws -> LanguageRecord {
        try database.write {
            let applicant = try current(applicantID, expectedVersion: nil, to: Actions.recordLanguageDecisions)
            let tests = try applicants.languageTests(applicantID: applicantID, by: caller).map(\.result)
            let decision = ExemptionRules.decide(ExemptionInput(applicant: applicant, tests: tests), on: date,
                                                 settings: try exemptionSettings())
            let record = LanguageRecord(decision, recordedBy: caller.login)
            try insert(record, applicantID: applicantID)
            try audit.record(.languageDecision, pin: nil, purpose: nil,
                             detail: "applicant \(applicantID): \(record.paragraph.rawValue) \(record.outcome.rawValue) on \(date)",
                             by: caller)
            return record
        }
    }

    /// Records the institution's own assessment (3.5) under the recorded decision that asked
    /// for it; refused when no decision was recorded or the recorded one exempts.
    @discardableResult
    public func recordAssessment(applicantID: Int64, _ assessment: LanguageAssessment) throws -> LanguageRecord {
        try TextGuard.check(["result": assessment.result, "assessor": assessment.assessor])
        let result = assessment.result.trimmingCharacters(in: .whitespaces)
        let assessor = assessment.assessor.trimmingCharacters(in: .whitespaces)
        guard !result.isEmpty else { throw ValidationError(field: "result", reason: Phrases.deskRequired) }
        guard !assessor.isEmpty else { throw ValidationError(field: "assessor", reason: Phrases.deskRequired) }
        return try database.write {
            _ = try current(applicantID, expectedVersion: nil, to: Actions.recordLanguageAssessments)
            guard var record = try languageRecord(applicantID: applicantID) else {
                throw ValidationError(field: "assessment", reason: Phrases.languageNotDecided)
            }
            guard record.outcome == .assessmentRequired else {
                throw ValidationError(field: "assessment", reason: Phrases.deskAssessmentNotNeeded)
            }
            record.assessment = LanguageAssessment(on: assessment.on, result: result, passed: assessment.passed,
                                                   assessor: assessor)
            record.recordedBy = caller.login
            try insert(record, applicantID: applicantID)
            try audit.record(.languageDecision, pin: nil, purpose: nil, detail: """
                applicant \(applicantID): 3.5 assessment \(assessment.on) \(result), \
                \(assessment.passed ? "passed" : "not passed"), by \(assessor)
                """, by: caller)
            return record
        }
    }

    /// Records a decision worked out again (after a correction of the tests, 3.5), audited with
    /// `note`. Inside the caller's transaction.
    func recordDecision(_ decision: ExemptionDecision, applicantID: Int64, note: String) throws -> LanguageRecord {
        let record = LanguageRecord(decision, recordedBy: caller.login)
        try insert(record, applicantID: applicantID)
        try audit.record(.languageDecision, pin: nil, purpose: nil,
                         detail: "applicant \(applicantID): \(record.paragraph.rawValue) \(record.outcome.rawValue) "
                             + "on \(record.decidedOn) (\(note))", by: caller)
        return record
    }

    private func insert(_ record: LanguageRecord, applicantID: Int64) throws {
        try database.run("""
            INSERT INTO language_decision(applicant_id, decided_on, outcome, paragraph, why_az, why_en, assessed_on,
                assessment_result, assessment_passed, assessor, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [applicantID, record.decidedOn.description, record.outcome.rawValue, record.paragraph.rawValue,
                  record.why.az, record.why.en, record.assessment?.on.description, record.assessment?.result,
                  record.assessment.map { $0.passed }, record.assessment?.assessor, caller.login])
    }
}
