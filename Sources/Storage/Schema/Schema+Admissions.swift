extension Schema {
    /// 3 — foreign applicants (seed 001): the application (3.1, 3.4.1), its documents (3.4),
    /// language tests (3.6), contracts and payments (2.1.1, 4.4–4.6), and the follow-up after
    /// admission (2.2.4 residence, 4.10 status changes, 4.11 registry, 4.12 dismissal notice).
    /// `state` is checked in Swift, not here, so the admission status machine can grow
    /// without rebuilding the table.
    static let foreignAdmissions = Migration(number: 3, name: "foreign admissions", sql: """
        CREATE TABLE applicant (
            id INTEGER PRIMARY KEY,
            surname TEXT NOT NULL,
            name TEXT NOT NULL,
            father_name TEXT NOT NULL DEFAULT '',
            surname_key TEXT NOT NULL,
            name_key TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            citizenship TEXT NOT NULL CHECK (length(citizenship) = 2),
            birth_date TEXT NOT NULL,
            passport_number TEXT NOT NULL,
            passport_expiry TEXT NOT NULL,
            institution_code TEXT NOT NULL,
            major_code TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('secondary-specialised', 'bachelor', 'master', 'doctorate', 'residency')),
            program_language TEXT NOT NULL,
            study_form TEXT NOT NULL CHECK (study_form IN ('full-time', 'part-time')),
            basis TEXT NOT NULL CHECK (basis IN ('3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6')),
            previous_level TEXT NOT NULL CHECK (previous_level IN ('general-secondary', 'secondary-specialised', 'bachelor',
                                                                  'master', 'doctorate', 'residency')),
            previous_country TEXT NOT NULL,
            previous_institution TEXT NOT NULL DEFAULT '',
            previous_language TEXT NOT NULL,
            studied_in_azerbaijan INTEGER NOT NULL CHECK (studied_in_azerbaijan IN (0, 1)),
            continues_to_next_level INTEGER CHECK (continues_to_next_level IN (0, 1)),
            permanent_resident INTEGER NOT NULL DEFAULT 0 CHECK (permanent_resident IN (0, 1)),
            contact TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'new',
            admitted_on TEXT,
            residence_document_on TEXT,
            pin TEXT CHECK (pin IS NULL OR (length(pin) = 7 AND pin NOT GLOB '*[^0-9A-HJ-NP-Z]*')),
            education_state TEXT CHECK (education_state IS NULL OR
                education_state IN ('studying', 'academic-leave', 'graduated', 'dismissed', 'transferred')),
            dismissed_on TEXT,
            dismissal_notice_on TEXT,
            student_record_id INTEGER REFERENCES student_record(id),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            created_by TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE UNIQUE INDEX applicant_natural ON applicant(citizenship, passport_number, institution_code, major_code, level);
        CREATE INDEX applicant_institution ON applicant(institution_code, sort_key, id);
        CREATE INDEX applicant_order ON applicant(sort_key, id);
        CREATE INDEX applicant_search ON applicant(surname_key, name_key, birth_date);

        CREATE TABLE applicant_status_change (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id) ON DELETE CASCADE,
            changed_on TEXT NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            paragraph TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX applicant_status_change_applicant ON applicant_status_change(applicant_id, id);

        CREATE TABLE applicant_document (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id) ON DELETE CASCADE,
            paragraph TEXT NOT NULL CHECK (paragraph IN ('3.2', '3.3', '3.4.1', '3.4.2', '3.4.3', '3.4.4', '3.4.5',
                                                         '3.4.6', '3.4.7')),
            received_on TEXT NOT NULL,
            valid_until TEXT,
            note TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE INDEX applicant_document_applicant ON applicant_document(applicant_id, paragraph);

        CREATE TABLE language_test (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id) ON DELETE CASCADE,
            test TEXT NOT NULL CHECK (test IN ('ielts', 'toefl-ibt', 'toefl-band')),
            score REAL NOT NULL CHECK (score >= 0),
            taken_on TEXT NOT NULL,
            certificate_number TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX language_test_applicant ON language_test(applicant_id, taken_on);

        CREATE TABLE contract (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id),
            number TEXT NOT NULL UNIQUE,
            signed_on TEXT NOT NULL,
            city TEXT NOT NULL DEFAULT '',
            student_address TEXT NOT NULL DEFAULT '',
            annual_fee_qepik INTEGER NOT NULL CHECK (annual_fee_qepik >= 0),
            payment_due_month INTEGER CHECK (payment_due_month BETWEEN 1 AND 12),
            payment_due_day INTEGER CHECK (payment_due_day BETWEEN 1 AND 31),
            terminated_on TEXT,
            termination_ground TEXT CHECK (termination_ground IS NULL OR
                termination_ground IN ('3.1.1', '3.1.2', '3.1.3', '3.1.4')),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            created_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT,
            updated_by TEXT
        );
        CREATE INDEX contract_applicant ON contract(applicant_id);

        CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicant(id),
            contract_id INTEGER REFERENCES contract(id),
            amount_qepik INTEGER NOT NULL CHECK (amount_qepik > 0),
            paid_on TEXT NOT NULL,
            academic_year INTEGER NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX payment_applicant ON payment(applicant_id, paid_on);
        """)
}
