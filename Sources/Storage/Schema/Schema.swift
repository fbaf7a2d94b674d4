/// Every migration of the store, in order. Append only.
public enum Schema {
    public static let migrations: [Migration] = [
        registryCore,
        registryKeysAndHistory,
        foreignAdmissions,
        inquiriesCalendarDrafts,
        admissionsDesk,
        deskChain,
        deskEventKinds,
        corrections,
        institutionEnglishName,
        errorLog,
    ]

    /// 1 — the Student-graduate registry (seed 000), users, settings and the audit trail.
    static let registryCore = Migration(number: 1, name: "registry core", sql: """
        CREATE TABLE institution (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            city TEXT NOT NULL DEFAULT 'Bakı',
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE major (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE student_record (
            id INTEGER PRIMARY KEY,
            pin TEXT CHECK (pin IS NULL OR (length(pin) = 7 AND pin NOT GLOB '*[^0-9A-HJ-NP-Z]*')),
            surname TEXT NOT NULL,
            name TEXT NOT NULL,
            father_name TEXT NOT NULL DEFAULT '',
            surname_key TEXT NOT NULL,
            name_key TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            admission_year INTEGER NOT NULL CHECK (admission_year >= 1992),
            institution_id INTEGER NOT NULL REFERENCES institution(id),
            funding TEXT NOT NULL CHECK (funding IN ('state', 'paid')),
            level TEXT NOT NULL CHECK (level IN ('secondary-specialised', 'bachelor', 'master', 'doctorate', 'residency')),
            years_of_study INTEGER NOT NULL CHECK (years_of_study BETWEEN 1 AND 8),
            major_id INTEGER NOT NULL REFERENCES major(id),
            enrollment_status TEXT NOT NULL CHECK (enrollment_status IN ('admitted', 'transferred-in', 'reinstated')),
            education_state TEXT NOT NULL CHECK (education_state IN ('studying', 'academic-leave', 'graduated', 'dismissed', 'transferred')),
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE INDEX student_record_pin ON student_record(pin) WHERE pin IS NOT NULL;
        CREATE INDEX student_record_order ON student_record(sort_key, id);
        CREATE INDEX student_record_search ON student_record(surname_key, name_key, birth_date);
        CREATE TABLE diploma (
            id INTEGER PRIMARY KEY,
            student_record_id INTEGER NOT NULL UNIQUE REFERENCES student_record(id),
            series TEXT NOT NULL,
            registration_number TEXT NOT NULL,
            issue_date TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('ordinary', 'honours')),
            UNIQUE (series, registration_number)
        );
        CREATE TABLE app_user (
            login TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'ssac', 'admin')),
            institution_id INTEGER REFERENCES institution(id),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            created_by TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            login TEXT NOT NULL,
            action TEXT NOT NULL,
            pin TEXT,
            purpose TEXT,
            detail TEXT
        );
        CREATE INDEX audit_event_pin ON audit_event(pin, at) WHERE pin IS NOT NULL;
        CREATE INDEX audit_event_login ON audit_event(login, at);
        CREATE TRIGGER audit_event_is_append_only_update BEFORE UPDATE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END;
        CREATE TRIGGER audit_event_is_append_only_delete BEFORE DELETE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END;
        """)
}
