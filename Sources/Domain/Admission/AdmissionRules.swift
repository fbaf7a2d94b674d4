import Foundation

/// The admission order's consequences that the registry record (4.11, seed 000) carries:
/// the year of admission, who pays, how long the programme is.
///
/// Chosen where the regulations are silent (README "Choices made where the regulations are
/// silent"): the academic year starts on 15 September. An order given on or before 15
/// September admits for the academic year that starts on 15 September of the order's
/// calendar year — an order on 15 September itself is that year's, the day the year begins;
/// an order given after it (16 September to 31 December) admits for the academic year that
/// starts next September. The contract's 2.1.1 ("prior to the beginning of the academic
/// year") then counts payments made up to 14 September for an order of 15 September.
public enum AdmissionRules {
    /// The first day of the academic year an order given on `orderDate` admits for.
    public static func academicYearStarts(forOrderOn orderDate: CivilDate) -> CivilDate {
        let thisYear = CivilDate(year: orderDate.year, month: 9, day: 15) ?? orderDate
        if orderDate <= thisYear { return thisYear }
        return CivilDate(year: orderDate.year + 1, month: 9, day: 15) ?? orderDate
    }

    /// The registry's "year of admission" (seed 000) for an order given on `orderDate`: the
    /// calendar year in which the academic year it admits for begins.
    public static func admissionYear(forOrderOn orderDate: CivilDate) -> Int {
        academicYearStarts(forOrderOn: orderDate).year
    }

    /// Seed 000 "paid for by the state or by any other means": the funding the desk offers
    /// first for a basis. A quota student (3.1.1) studies under an intergovernmental
    /// agreement and is offered "state"; every other basis is paid by someone (the student,
    /// a legal entity, a programme — 4.4, 4.6) and is offered "paid". The clerk chooses.
    public static func defaultFunding(for basis: AdmissionBasis) -> Funding {
        basis == .quota ? .state : .paid
    }

    /// The usual length of a programme of `level`, offered in the applicant form until the
    /// clerk types the programme's own (a medical bachelor's programme is longer than 4).
    public static func usualYearsOfStudy(_ level: EducationLevel) -> Int {
        switch level {
        case .bachelor: return 4
        case .master: return 2
        case .secondarySpecialised, .doctorate, .residency: return 3
        }
    }

    /// The years of study the registry can hold (seed 000 "education degree (years of study)").
    public static let yearsOfStudyRange = 1...8
}

extension Applicant {
    /// 1.2: "These regulations does not apply to the foreign permanently living in Azerbaijan
    /// Republic. These people have the same rights on education with the citizens": the
    /// applicant follows the citizens' route — no 3.4 checklist, no 3.5 language decision,
    /// no 50 % of 2.1.1 and no appendix contract, no 2.2.4 deadline, no 4.12 notices, no line
    /// in the 4.8 report. The desk still admits them into the registry (4.11 is about every
    /// student, and the record is what a citizen's certificate reads).
    public var isOutsideRegulations: Bool { permanentResident }
}

extension Diploma {
    /// The series as the registry stores and looks it up: without spaces and upper-cased, so
    /// "ab", " AB " and "AB" are one series. Series are Latin letters: a series typed in ASCII is
    /// upper-cased as ASCII (a Latin "i" is "I", as `PIN.parse` and the student import read it);
    /// one with Azerbaijani letters by Azerbaijani rules. The desk, an inquiry, the registry
    /// repository and the diploma check use this rule; the import's byte path does the same.
    public static func normalisedSeries(_ raw: String) -> String {
        let compact = raw.filter { !$0.isWhitespace }
        return compact.allSatisfy(\.isASCII) ? compact.uppercased() : AzerbaijaniText.uppercased(compact)
    }

    /// The registration number as stored and looked up: trimmed.
    public static func normalisedNumber(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespaces)
    }
}
