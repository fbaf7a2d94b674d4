extension Schema {
    /// 9 — official acts and corrections on the record (issue 15): the admission order's number
    /// (contract 2.1.1 "issues a decree on the admission"; its date is `admitted_on`); a test
    /// result (3.6), payment (2.1.1, 2.2.2) or document (3.4) voided or corrected keeps its row,
    /// marked with who, when and why, and the row that replaced it; a deadline marked done and
    /// then undone keeps its row too, marked undone (4.8, 4.7, 2.2.2, 2.2.4).
    static let corrections = Migration(number: 9, name: "admission order number, voided records, undone deadlines", sql: """
        ALTER TABLE applicant ADD COLUMN admission_order_number TEXT;
        ALTER TABLE payment ADD COLUMN voided_at TEXT;
        ALTER TABLE payment ADD COLUMN voided_by TEXT;
        ALTER TABLE payment ADD COLUMN void_reason TEXT;
        ALTER TABLE payment ADD COLUMN replaced_by INTEGER;
        ALTER TABLE language_test ADD COLUMN voided_at TEXT;
        ALTER TABLE language_test ADD COLUMN voided_by TEXT;
        ALTER TABLE language_test ADD COLUMN void_reason TEXT;
        ALTER TABLE language_test ADD COLUMN replaced_by INTEGER;
        ALTER TABLE applicant_document ADD COLUMN voided_at TEXT;
        ALTER TABLE applicant_document ADD COLUMN voided_by TEXT;
        ALTER TABLE applicant_document ADD COLUMN void_reason TEXT;
        ALTER TABLE applicant_document ADD COLUMN replaced_by INTEGER;
        ALTER TABLE desk_event ADD COLUMN undone_at TEXT;
        ALTER TABLE desk_event ADD COLUMN undone_by TEXT;
        """)
}
