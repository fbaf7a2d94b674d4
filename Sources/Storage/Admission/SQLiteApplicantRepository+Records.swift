import Domain
import Foundation

/// Documents, language tests, contracts and payments of an applicant.
extension SQLiteApplicantRepository {
    // MARK: - Documents (3.4)

    /// The documents that count; `includingVoided` adds the voided and corrected ones (marked),
    /// for the history the clerk sees (issue 15).
    public func documents(applicantID: Int64, by caller: Caller) throws -> [DocumentRecord] {
        try documents(applicantID: applicantID, includingVoided: false, by: caller)
    }

    public func documents(applicantID: Int64, includingVoided: Bool, by caller: Caller) throws -> [DocumentRecord] {
        try readingRecords(of: applicantID, by: caller) {
            try database.rows("""
                SELECT id, applicant_id, paragraph, received_on, valid_until, note, recorded_by, version, details,
                       \(Self.voidColumns)
                FROM applicant_document WHERE applicant_id = ? \(includingVoided ? "" : "AND voided_at IS NULL")
                ORDER BY paragraph, id
                """, [applicantID], Self.document)
        }
    }

    /// The columns `voidMark(_:from:)` reads.
    static let voidColumns = "voided_at, voided_by, void_reason, replaced_by"

    static func voidMark(_ row: Row, from first: Int32) -> VoidMark? {
        guard let at = row.optionalText(first) else { return nil }
        return VoidMark(at: at, by: row.optionalText(first + 1) ?? "", reason: row.optionalText(first + 2) ?? "",
                        replacedBy: row.optionalInt64(first + 3))
    }

    public func add(_ document: DocumentRecord, by caller: Caller) throws -> DocumentRecord {
        try document.checkStoredText()
        let id: Int64 = try database.write {
            try checkCurrentInstitution(document.applicantID, caller)
            try database.run("""
                INSERT INTO applicant_document(applicant_id, paragraph, received_on, valid_until, note, details, recorded_by,
                    updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, \(nowSQL), ?)
                """, [document.applicantID, document.paragraph, document.receivedOn.description,
                      document.validUntil?.description, document.note, try Self.json(document.details), caller.login,
                      caller.login])
            let id = database.lastInsertRowID
            try database.audit(.documentChange, "applicant \(document.applicantID): document \(id) (\(document.paragraph)) "
                               + "received \(document.receivedOn)", by: caller)
            return id
        }
        return try storedDocument(id)
    }

    public func update(_ document: DocumentRecord, by caller: Caller) throws -> DocumentRecord {
        try document.checkStoredText()
        try database.write {
            try checkCurrentInstitution(document.applicantID, caller)
            try database.updateVersioned("""
                UPDATE applicant_document SET paragraph = ?, received_on = ?, valid_until = ?, note = ?, details = ?,
                    version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, [document.paragraph, document.receivedOn.description, document.validUntil?.description, document.note,
                      try Self.json(document.details), caller.login, document.id, document.version],
                table: "applicant_document", keyColumn: "id", key: document.id, keyText: String(document.id))
            try database.audit(.documentChange, "applicant \(document.applicantID): document \(document.id) "
                               + "(\(document.paragraph)) changed", by: caller)
        }
        return try storedDocument(document.id)
    }

    public func removeDocument(id: Int64, expectedVersion: Int, by caller: Caller) throws {
        try database.write {
            guard let applicantID = try database.first("SELECT applicant_id FROM applicant_document WHERE id = ?", [id],
                                                       { $0.int64(0) }) else {
                throw ConflictError(table: "applicant_document", id: String(id), changedBy: nil, changedAt: nil,
                                    stillExists: false)
            }
            try checkCurrentInstitution(applicantID, caller)
            try database.run("DELETE FROM applicant_document WHERE id = ? AND version = ?", [id, expectedVersion])
            if database.changes == 0 {
                throw try database.conflict(table: "applicant_document", keyColumn: "id", key: id, keyText: String(id))
            }
            try database.audit(.documentChange, "applicant \(applicantID): document \(id) removed", by: caller)
        }
    }

    private func storedDocument(_ id: Int64) throws -> DocumentRecord {
        guard let found = try database.first("""
            SELECT id, applicant_id, paragraph, received_on, valid_until, note, recorded_by, version, details,
                   \(Self.voidColumns)
            FROM applicant_document WHERE id = ?
            """, [id], Self.document) else { throw StoredValue.corrupt("applicant_document.id", String(id)) }
        return found
    }

    static func document(_ row: Row) throws -> DocumentRecord {
        let details = row.text(8)
        guard let fields = try JSONSerialization.jsonObject(with: Data(details.utf8)) as? [String: String] else {
            throw StoredValue.corrupt("applicant_document.details", details)
        }
        var record = DocumentRecord(id: row.int64(0), applicantID: row.int64(1), paragraph: row.text(2),
                                    receivedOn: try StoredValue.date(row.text(3), column: "applicant_document.received_on"),
                                    validUntil: try StoredValue.optionalDate(row.optionalText(4), column: "applicant_document.valid_until"),
                                    note: row.text(5), details: fields, recordedBy: row.text(6), version: row.int(7))
        record.voided = voidMark(row, from: 9)
        return record
    }

    static func json(_ fields: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    // MARK: - Language tests (3.6)

    /// The results that count; `includingVoided` adds the voided and corrected ones (marked).
    public func languageTests(applicantID: Int64, by caller: Caller) throws -> [LanguageTestRecord] {
        try languageTests(applicantID: applicantID, includingVoided: false, by: caller)
    }

    public func languageTests(applicantID: Int64, includingVoided: Bool,
                              by caller: Caller) throws -> [LanguageTestRecord] {
        try readingRecords(of: applicantID, by: caller) {
            try database.rows("""
                SELECT id, applicant_id, test, score, taken_on, certificate_number, recorded_by, \(Self.voidColumns)
                FROM language_test WHERE applicant_id = ? \(includingVoided ? "" : "AND voided_at IS NULL")
                ORDER BY taken_on, id
                """, [applicantID]) { row in
                var record = LanguageTestRecord(
                    id: row.int64(0), applicantID: row.int64(1),
                    result: LanguageTestResult(test: try StoredValue.decode(LanguageTest.self, row.text(2), column: "language_test.test"),
                                               score: row.double(3),
                                               takenOn: try StoredValue.date(row.text(4), column: "language_test.taken_on")),
                    certificateNumber: row.text(5), recordedBy: row.text(6))
                record.voided = Self.voidMark(row, from: 7)
                return record
            }
        }
    }

    public func add(_ test: LanguageTestRecord, by caller: Caller) throws -> LanguageTestRecord {
        try test.checkStoredText()
        return try database.write {
            try checkCurrentInstitution(test.applicantID, caller)
            try database.run("""
                INSERT INTO language_test(applicant_id, test, score, taken_on, certificate_number, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [test.applicantID, test.result.test.rawValue, test.result.score, test.result.takenOn.description,
                      test.certificateNumber, caller.login])
            let id = database.lastInsertRowID
            try database.audit(.languageTestAdd, "applicant \(test.applicantID): \(test.result.test.rawValue) "
                               + "\(test.result.score) taken \(test.result.takenOn)", by: caller)
            var stored = test
            stored.id = id
            stored.recordedBy = caller.login
            return stored
        }
    }

    // MARK: - Contracts (appendix, 4.6)

    static let contractColumns = """
        SELECT id, applicant_id, number, signed_on, city, annual_fee_qepik, payment_due_month, payment_due_day,
               terminated_on, termination_ground, version, student_address, payer FROM contract
        """

    public func contracts(applicantID: Int64, by caller: Caller) throws -> [ContractRecord] {
        try readingRecords(of: applicantID, by: caller) {
            try database.rows(Self.contractColumns + " WHERE applicant_id = ? ORDER BY signed_on, id", [applicantID],
                              Self.contract)
        }
    }

    public func save(_ contract: ContractRecord, by caller: Caller) throws -> ContractRecord {
        try contract.checkStoredText()
        let id: Int64 = try database.write {
            try checkCurrentInstitution(contract.applicantID, caller)
            let values: [SQLBindable] = [contract.number, contract.signedOn.description, contract.city,
                                         contract.studentAddress, contract.annualFeeQepik, contract.paymentDueMonth,
                                         contract.paymentDueDay, contract.terminatedOn?.description,
                                         contract.terminationGround, contract.payer]
            if contract.id == 0 {
                try database.run("""
                    INSERT INTO contract(number, signed_on, city, student_address, annual_fee_qepik, payment_due_month,
                        payment_due_day, terminated_on, termination_ground, payer, applicant_id, created_by, updated_at,
                        updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(nowSQL), ?)
                    """, values + [contract.applicantID, caller.login, caller.login])
                let id = database.lastInsertRowID
                try database.audit(.contractChange, "applicant \(contract.applicantID): contract \(contract.number) signed "
                                   + "\(contract.signedOn), fee \(contract.annualFeeQepik) qəpik", by: caller)
                return id
            }
            try database.updateVersioned("""
                UPDATE contract SET number = ?, signed_on = ?, city = ?, student_address = ?, annual_fee_qepik = ?,
                    payment_due_month = ?, payment_due_day = ?, terminated_on = ?, termination_ground = ?, payer = ?,
                    version = version + 1, updated_at = \(nowSQL), updated_by = ?
                WHERE id = ? AND version = ?
                """, values + [caller.login, contract.id, contract.version],
                table: "contract", keyColumn: "id", key: contract.id, keyText: contract.number)
            try database.audit(.contractChange, "applicant \(contract.applicantID): contract \(contract.number) changed"
                               + (contract.terminatedOn.map { ", terminated \($0)" } ?? ""), by: caller)
            return contract.id
        }
        guard let stored = try database.first(Self.contractColumns + " WHERE id = ?", [id], Self.contract) else {
            throw StoredValue.corrupt("contract.id", String(id))
        }
        return stored
    }

    static func contract(_ row: Row) throws -> ContractRecord {
        ContractRecord(id: row.int64(0), applicantID: row.int64(1), number: row.text(2),
                       signedOn: try StoredValue.date(row.text(3), column: "contract.signed_on"), city: row.text(4),
                       studentAddress: row.text(11), annualFeeQepik: row.int(5), paymentDueMonth: row.optionalInt(6),
                       paymentDueDay: row.optionalInt(7),
                       terminatedOn: try StoredValue.optionalDate(row.optionalText(8), column: "contract.terminated_on"),
                       terminationGround: row.optionalText(9), payer: row.text(12), version: row.int(10))
    }

    // MARK: - Payments (2.1.1)

    /// The payments that count; `includingVoided` adds the voided and corrected ones (marked).
    public func payments(applicantID: Int64, by caller: Caller) throws -> [PaymentRecord] {
        try payments(applicantID: applicantID, includingVoided: false, by: caller)
    }

    public func payments(applicantID: Int64, includingVoided: Bool, by caller: Caller) throws -> [PaymentRecord] {
        try readingRecords(of: applicantID, by: caller) {
            try database.rows("""
                SELECT id, applicant_id, contract_id, amount_qepik, paid_on, academic_year, reference, recorded_by,
                       \(Self.voidColumns)
                FROM payment WHERE applicant_id = ? \(includingVoided ? "" : "AND voided_at IS NULL") ORDER BY paid_on, id
                """, [applicantID]) { row in
                var record = PaymentRecord(id: row.int64(0), applicantID: row.int64(1), contractID: row.optionalInt64(2),
                                           amountQepik: row.int(3), paidOn: try StoredValue.date(row.text(4), column: "payment.paid_on"),
                                           academicYear: row.int(5), reference: row.text(6), recordedBy: row.text(7))
                record.voided = Self.voidMark(row, from: 8)
                return record
            }
        }
    }

    public func add(_ payment: PaymentRecord, by caller: Caller) throws -> PaymentRecord {
        try payment.checkStoredText()
        return try database.write {
            try checkCurrentInstitution(payment.applicantID, caller)
            try database.run("""
                INSERT INTO payment(applicant_id, contract_id, amount_qepik, paid_on, academic_year, reference, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [payment.applicantID, payment.contractID, payment.amountQepik, payment.paidOn.description,
                      payment.academicYear, payment.reference, caller.login])
            let id = database.lastInsertRowID
            try database.audit(.paymentAdd, "applicant \(payment.applicantID): \(payment.amountQepik) qəpik paid "
                               + "\(payment.paidOn) for \(payment.academicYear)", by: caller)
            var stored = payment
            stored.id = id
            stored.recordedBy = caller.login
            return stored
        }
    }
}
