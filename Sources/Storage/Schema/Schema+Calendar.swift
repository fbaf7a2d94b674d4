extension Schema {
    /// 8 — the desk's events grow two kinds: the 4.8 report has two addressees, each with its
    /// own done-mark (the Ministry of Education keeps `yearly-report`; the State Statistics
    /// Committee gets `yearly-report-statistics`, copied from every report already marked,
    /// which was marked for both), and the 4.7 notice to the Ministry (and the founder body)
    /// about a student admitted on 3.1.2–3.1.4. `kind` is checked in Swift from now on (as
    /// `applicant.state` is), so the next kind needs no table rebuild.
    static let deskEventKinds = Migration(number: 8, name: "desk event kinds: 4.8 addressees, 4.7 notice", sql: """
        CREATE TABLE desk_event_v8 (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER REFERENCES applicant(id),
            institution_code TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            done_on TEXT,
            detail TEXT NOT NULL DEFAULT '',
            done_by TEXT,
            done_at TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );
        INSERT INTO desk_event_v8(id, applicant_id, institution_code, kind, subject, due_on, done_on, detail, done_by,
                                  done_at, recorded_by, recorded_at)
            SELECT id, applicant_id, institution_code, kind, subject, due_on, done_on, detail, done_by, done_at,
                   recorded_by, recorded_at FROM desk_event;
        INSERT INTO desk_event_v8(applicant_id, institution_code, kind, subject, due_on, done_on, detail, done_by, done_at,
                                  recorded_by, recorded_at)
            SELECT applicant_id, institution_code, 'yearly-report-statistics', subject, due_on, done_on, detail, done_by,
                   done_at, recorded_by, recorded_at FROM desk_event WHERE kind = 'yearly-report';
        DROP TABLE desk_event;
        ALTER TABLE desk_event_v8 RENAME TO desk_event;
        CREATE INDEX desk_event_applicant ON desk_event(applicant_id, kind);
        CREATE INDEX desk_event_institution ON desk_event(institution_code, kind, subject);
        """)
}
