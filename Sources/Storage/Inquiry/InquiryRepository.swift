import Domain

/// The "Feedback" service (seed 000): an inquiry about a missing record goes to an
/// institution, the institution supplies the record, an SSAC administrator approves it into
/// the registry (or rejects it). Every step is kept as an event.
public protocol InquiryRepository: AnyObject {
    func open(_ inquiry: Inquiry, by caller: Caller) throws -> Inquiry
    /// Nil when there is none; a clerk is refused an inquiry addressed to another institution.
    func inquiry(id: Int64, by caller: Caller) throws -> Inquiry?
    /// Newest first; `before` is the id of the last row of the previous page. A clerk sees
    /// only the inquiries addressed to their institution.
    func inquiries(state: InquiryState?, institutionCode: String?, before: Int64?, limit: Int,
                   by caller: Caller) throws -> [Inquiry]
    func events(inquiryID: Int64, by caller: Caller) throws -> [InquiryEvent]
    /// The institution supplies the missing record (its clerk, or an administrator).
    func answer(id: Int64, proposedRecord: StudentRecord, expectedVersion: Int, by caller: Caller) throws -> Inquiry
    /// An administrator adds the supplied record to the registry, in the same transaction,
    /// with a PIN or stating that the record predates PINs (`InquiryApproval`).
    func approve(id: Int64, expectedVersion: Int, statement: InquiryApproval.Statement, by caller: Caller) throws -> Inquiry
    func reject(id: Int64, reason: String, expectedVersion: Int, by caller: Caller) throws -> Inquiry
    func comment(id: Int64, text: String, by caller: Caller) throws
}

extension InquiryRepository {
    /// Approval with the PIN the inquiry carries.
    public func approve(id: Int64, expectedVersion: Int, by caller: Caller) throws -> Inquiry {
        try approve(id: id, expectedVersion: expectedVersion, statement: InquiryApproval.Statement(), by: caller)
    }
}
