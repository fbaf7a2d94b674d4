/// How an administrator approves a "Feedback" inquiry (seed 000) so that it ends with a
/// record the citizen can find.
///
/// Seed 000: the service exists so that "the missing bit of information will be uploaded into
/// the system … and after that it will be possible to make search with PIN code and get an
/// automatic e-certificate"; and "the SSAC … adapts almost all of the information to the PIN
/// since the year 2008, there is a possibility of lacking some information for the years
/// 1992–2008 due to PIN". Chosen: a record is approved with the person's PIN (from the
/// inquiry, or typed by the administrator at approval); without one only when the
/// administrator states that the record predates PINs, which is accepted for a record
/// admitted before 2008. The choice is written into the inquiry's history.
public enum InquiryApproval {
    /// The first admission year whose records are expected to carry a PIN.
    public static let pinsSince = 2008

    /// What the administrator states at approval.
    public struct Statement: Sendable, Hashable {
        /// A PIN given at approval (when the inquiry and the supplied record have none).
        public var pin: PIN?
        /// The record predates PINs (admitted before 2008): approve without one.
        public var predatesPINs: Bool

        public init(pin: PIN? = nil, predatesPINs: Bool = false) {
            self.pin = pin
            self.predatesPINs = predatesPINs
        }
    }

    /// The record as it joins the registry, or why it may not be approved (the field and the
    /// reason). `record.pin` is the PIN the inquiry and the supplied record carry.
    public static func record(_ record: StudentRecord, statement: Statement) -> Result<StudentRecord, Refusal> {
        var approved = record
        if let given = statement.pin {
            if let existing = record.pin, existing != given {
                return .failure(Refusal(field: "pin", reason: Phrase(
                    az: "qeydin FİN-i \(existing.value)-dir, \(given.value) yox",
                    en: "the record's PIN is \(existing.value), not \(given.value)")))
            }
            approved.pin = given
        }
        if approved.pin != nil {
            if statement.predatesPINs {
                return .failure(Refusal(field: "predates_pins", reason: Phrase(
                    az: "qeydin FİN-i var: FİN-dən əvvəlki qeyd deyil",
                    en: "the record has a PIN: it does not predate PINs")))
            }
            return .success(approved)
        }
        guard statement.predatesPINs else {
            return .failure(Refusal(field: "pin", reason: Phrase(
                az: "FİN lazımdır, ya da qeydin FİN-dən əvvəlki olduğunu təsdiq edin (\(pinsSince)-dən əvvəl)",
                en: "a PIN is needed, or state the record predates PINs (before \(pinsSince))")))
        }
        guard record.admissionYear < pinsSince else {
            return .failure(Refusal(field: "predates_pins", reason: Phrase(
                az: "qəbul ili \(record.admissionYear): \(pinsSince)-ci ildən bəri qeydlər FİN ilə aparılır, FİN lazımdır",
                en: "admitted in \(record.admissionYear): records carry PINs since \(pinsSince), a PIN is needed")))
        }
        return .success(approved)
    }

    /// The history line of an approval: which record, and with which PIN or why without one.
    public static func historyDetail(recordID: Int64, record: StudentRecord) -> String {
        if let pin = record.pin { return "student_record \(recordID), PIN \(pin.value)" }
        return "student_record \(recordID) without a PIN: the administrator stated the record predates PINs "
            + "(admitted \(record.admissionYear), before \(pinsSince))"
    }

    /// A refused approval: the field and why.
    public struct Refusal: Error, Sendable, Hashable {
        public let field: String
        public let reason: Phrase
    }
}
