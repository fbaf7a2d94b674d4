extension Schema {
    /// 4 — the "Feedback" inquiries (seed 000) and their history, the holiday calendar that
    /// working-day deadlines count on (4.12), and drafts of forms interrupted by an SSH drop.
    static let inquiriesCalendarDrafts = Migration(number: 4, name: "inquiries, holidays, drafts", sql: """
        CREATE TABLE inquiry (
            id INTEGER PRIMARY KEY,
            pin TEXT CHECK (pin IS NULL OR (length(pin) = 7 AND pin NOT GLOB '*[^0-9A-HJ-NP-Z]*')),
            surname TEXT NOT NULL,
            name TEXT NOT NULL,
            father_name TEXT NOT NULL DEFAULT '',
            surname_key TEXT NOT NULL,
            name_key TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            institution_id INTEGER NOT NULL REFERENCES institution(id),
            admission_year INTEGER,
            message TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered', 'approved', 'rejected')),
            proposed_record TEXT,
            student_record_id INTEGER REFERENCES student_record(id),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            created_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE INDEX inquiry_institution ON inquiry(institution_id, state, id);
        CREATE INDEX inquiry_state ON inquiry(state, id);
        CREATE INDEX inquiry_pin ON inquiry(pin) WHERE pin IS NOT NULL;

        CREATE TABLE inquiry_event (
            id INTEGER PRIMARY KEY,
            inquiry_id INTEGER NOT NULL REFERENCES inquiry(id),
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            login TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opened', 'answered', 'approved', 'rejected', 'comment')),
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX inquiry_event_inquiry ON inquiry_event(inquiry_id, id);

        CREATE TABLE holiday (
            day TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'holiday' CHECK (kind IN ('holiday', 'working-day')),
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );

        CREATE TABLE draft (
            login TEXT NOT NULL,
            form TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL,
            saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            PRIMARY KEY (login, form, subject)
        ) WITHOUT ROWID;
        """)
}
