extension Schema {
    /// 2 — natural keys (so a re-run import finds what a killed run already stored), the
    /// status history, issued certificates, and who-changed-it columns for the conflict message.
    ///
    /// Search keys are rebuilt with the current folding. Rows that an earlier version stored
    /// twice under one natural key are kept and numbered (`duplicate_number`), so the unique
    /// indexes can be built over any existing data.
    static let registryKeysAndHistory = Migration(number: 2, name: "registry natural keys, history, certificates", sql: """
        ALTER TABLE student_record ADD COLUMN duplicate_number INTEGER NOT NULL DEFAULT 0;
        UPDATE student_record SET
            surname_key = az_search_key(surname),
            name_key = az_search_key(name),
            sort_key = az_sort_key(surname || ' ' || name || ' ' || father_name);
        UPDATE student_record SET duplicate_number = d.n - 1
        FROM (SELECT id, row_number() OVER (PARTITION BY pin, institution_id, major_id, admission_year ORDER BY id) AS n
              FROM student_record WHERE pin IS NOT NULL) AS d
        WHERE d.id = student_record.id AND d.n > 1;
        UPDATE student_record SET duplicate_number = d.n - 1
        FROM (SELECT id, row_number() OVER (PARTITION BY surname, name, father_name, birth_date, institution_id, major_id,
                                                         admission_year ORDER BY id) AS n
              FROM student_record WHERE pin IS NULL) AS d
        WHERE d.id = student_record.id AND d.n > 1;
        DROP INDEX student_record_pin;
        CREATE UNIQUE INDEX student_record_pin_natural
            ON student_record(pin, institution_id, major_id, admission_year, duplicate_number) WHERE pin IS NOT NULL;
        CREATE UNIQUE INDEX student_record_name_natural
            ON student_record(surname, name, father_name, birth_date, institution_id, major_id, admission_year, duplicate_number)
            WHERE pin IS NULL;

        ALTER TABLE institution ADD COLUMN address TEXT NOT NULL DEFAULT '';
        ALTER TABLE institution ADD COLUMN rector TEXT NOT NULL DEFAULT '';
        ALTER TABLE institution ADD COLUMN updated_at TEXT;
        ALTER TABLE institution ADD COLUMN updated_by TEXT;
        ALTER TABLE major ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE major ADD COLUMN updated_at TEXT;
        ALTER TABLE major ADD COLUMN updated_by TEXT;
        ALTER TABLE app_user ADD COLUMN updated_at TEXT;
        ALTER TABLE app_user ADD COLUMN updated_by TEXT;

        CREATE TABLE status_change (
            id INTEGER PRIMARY KEY,
            student_record_id INTEGER NOT NULL REFERENCES student_record(id),
            changed_on TEXT NOT NULL,
            from_state TEXT NOT NULL CHECK (from_state IN ('studying', 'academic-leave', 'graduated', 'dismissed', 'transferred')),
            to_state TEXT NOT NULL CHECK (to_state IN ('studying', 'academic-leave', 'graduated', 'dismissed', 'transferred')),
            reason TEXT NOT NULL DEFAULT '',
            order_number TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX status_change_record ON status_change(student_record_id, changed_on);

        CREATE TABLE certificate (
            id INTEGER PRIMARY KEY,
            verification_code TEXT NOT NULL UNIQUE,
            pin TEXT,
            purpose TEXT NOT NULL DEFAULT '',
            snapshot TEXT NOT NULL,
            issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            issued_by TEXT NOT NULL
        );
        CREATE INDEX certificate_pin ON certificate(pin, issued_at) WHERE pin IS NOT NULL;
        """)
}
