extension Schema {
    /// 7 — the admission → registry chain: the programme's years of study chosen with the
    /// major and level (seed 000 "education degree (years of study)"); the recognition of the
    /// previous document in Azerbaijan (3.7.2, 3.4.2); the payer a contract names (4.4, 4.6);
    /// and the language decision as recorded the day it was made, with the institution's
    /// assessment (3.5), one row per decision or assessment (the latest is current).
    static let deskChain = Migration(number: 7, name: "desk chain: years, recognition, payer, language decision", sql: """
        ALTER TABLE applicant ADD COLUMN years_of_study INTEGER
            CHECK (years_of_study IS NULL OR years_of_study BETWEEN 1 AND 8);
        ALTER TABLE applicant ADD COLUMN previous_recognised INTEGER NOT NULL DEFAULT 0
            CHECK (previous_recognised IN (0, 1));
        ALTER TABLE contract ADD COLUMN payer TEXT NOT NULL DEFAULT '';
        CREATE TABLE language_decision (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id) ON DELETE CASCADE,
            decided_on TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('exempt', 'assessment-required', 'not-applicable')),
            paragraph TEXT NOT NULL CHECK (paragraph IN ('1.2', '3.7.1', '3.7.2', '3.6', '3.5')),
            why_az TEXT NOT NULL DEFAULT '',
            why_en TEXT NOT NULL DEFAULT '',
            assessed_on TEXT,
            assessment_result TEXT,
            assessment_passed INTEGER CHECK (assessment_passed IS NULL OR assessment_passed IN (0, 1)),
            assessor TEXT,
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX language_decision_applicant ON language_decision(applicant_id, id);
        """)
}
