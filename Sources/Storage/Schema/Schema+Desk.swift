extension Schema {
    /// 5 — the admissions desk: what was done about a deadline (4.12 notices, 2.2.4 residence
    /// document with its number, 2.2.2 yearly payments, the 4.8 report), who did it and when;
    /// and an index for the applicant list sorted by date of application.
    static let admissionsDesk = Migration(number: 5, name: "admissions desk", sql: """
        CREATE TABLE desk_event (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER REFERENCES applicant(id),
            institution_code TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('notice-ministry', 'notice-migration', 'residence', 'annual-payment',
                                               'yearly-report')),
            subject TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            done_on TEXT,
            detail TEXT NOT NULL DEFAULT '',
            done_by TEXT,
            done_at TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );
        CREATE INDEX desk_event_applicant ON desk_event(applicant_id, kind);
        CREATE INDEX desk_event_institution ON desk_event(institution_code, kind, subject);
        CREATE INDEX applicant_institution_created ON applicant(institution_code, created_at, id);
        CREATE INDEX applicant_created ON applicant(created_at, id);
        """)
}
