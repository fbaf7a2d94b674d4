import Foundation

/// What an institution types to supply a missing record for a "Feedback" inquiry (seed 000),
/// checked field by field. The person (PIN, name, birth date) and the institution come from
/// the inquiry; the rest from here. Used by the inquiry screen and `sts inquiry supply`.
public struct RecordSupply: Sendable, Hashable {
    public var admissionYear = ""
    public var funding = "state"
    public var level = "bachelor"
    public var yearsOfStudy = "4"
    public var majorCode = ""
    public var enrollment = "admitted"
    public var state = "graduated"
    public var diplomaSeries = ""
    public var diplomaNumber = ""
    public var diplomaDate = ""
    public var diplomaLevel = "ordinary"

    public init() {}

    /// A refused field: its name (as the form and the command line call it) and why.
    public struct Problem: Sendable, Hashable {
        public let field: String
        public let reason: Phrase
    }

    /// Every refused field of one attempt.
    public struct Refusal: Error, Sendable, Hashable {
        public let problems: [Problem]
    }

    /// The record to propose, or every problem found.
    public func record(for inquiry: Inquiry, today: CivilDate) -> Result<StudentRecord, Refusal> {
        var problems: [Problem] = []
        func need<T>(_ field: String, _ value: T?, _ reason: Phrase) -> T? {
            if value == nil { problems.append(Problem(field: field, reason: reason)) }
            return value
        }
        let yearText = admissionYear.trimmingCharacters(in: .whitespaces)
        let year = need("admission_year", Int(yearText.isEmpty ? inquiry.admissionYear.map(String.init) ?? "" : yearText)
                            .flatMap { (1992...today.year).contains($0) ? $0 : nil },
                        Phrase(az: "qəbul ili 1992 ilə \(today.year) arasında olmalıdır",
                               en: "the admission year must be between 1992 and \(today.year)"))
        let fundingValue = need("funding", Funding(rawValue: funding.lowercased()),
                                Phrase(az: "state və ya paid", en: "state or paid"))
        let levelValue = need("level", EducationLevel(rawValue: level.lowercased()),
                              Phrase(az: EducationLevel.allCases.map(\.rawValue).joined(separator: ", "),
                                     en: "one of " + EducationLevel.allCases.map(\.rawValue).joined(separator: ", ")))
        let years = need("years_of_study", Int(yearsOfStudy.trimmingCharacters(in: .whitespaces)).flatMap { (1...8).contains($0) ? $0 : nil },
                         Phrase(az: "1 ilə 8 arasında tam ədəd", en: "a whole number from 1 to 8"))
        let major = majorCode.trimmingCharacters(in: .whitespaces)
        if major.isEmpty {
            problems.append(Problem(field: "major_code", reason: Phrase(az: "ixtisasın kodu lazımdır", en: "the major's code is needed")))
        }
        let enrollmentValue = need("enrollment", EnrollmentStatus(rawValue: enrollment.lowercased()),
                                   Phrase(az: EnrollmentStatus.allCases.map(\.rawValue).joined(separator: ", "),
                                          en: "one of " + EnrollmentStatus.allCases.map(\.rawValue).joined(separator: ", ")))
        let stateValue = need("state", EducationState(rawValue: state.lowercased()),
                              Phrase(az: EducationState.allCases.map(\.rawValue).joined(separator: ", "),
                                     en: "one of " + EducationState.allCases.map(\.rawValue).joined(separator: ", ")))
        var diploma: Diploma?
        let series = Diploma.normalisedSeries(diplomaSeries)
        let number = diplomaNumber.trimmingCharacters(in: .whitespaces)
        if !series.isEmpty || !number.isEmpty || !diplomaDate.trimmingCharacters(in: .whitespaces).isEmpty {
            if series.isEmpty {
                problems.append(Problem(field: "diploma_series", reason: Phrase(az: "diplomun seriyası lazımdır", en: "the diploma's series is needed")))
            }
            if number.isEmpty {
                problems.append(Problem(field: "diploma_number", reason: Phrase(az: "diplomun nömrəsi lazımdır", en: "the diploma's number is needed")))
            }
            let date = need("diploma_date", CivilDate(parsing: diplomaDate.trimmingCharacters(in: .whitespaces)).flatMap { $0 <= today ? $0 : nil },
                            Phrase(az: "tarix GG.AA.İİİİ kimi yazılır və gələcəkdə ola bilməz",
                                   en: "a date as DD.MM.YYYY, not in the future"))
            let dlevel = need("diploma_level", DiplomaLevel(rawValue: diplomaLevel.lowercased()),
                              Phrase(az: "ordinary və ya honours", en: "ordinary or honours"))
            if let date, let dlevel, !series.isEmpty, !number.isEmpty {
                diploma = Diploma(series: series, registrationNumber: number, issueDate: date, level: dlevel)
            }
        }
        guard problems.isEmpty, let year, let fundingValue, let levelValue, let years, let enrollmentValue,
              let stateValue else { return .failure(Refusal(problems: problems)) }
        return .success(StudentRecord(
            id: 0, pin: inquiry.pin, name: inquiry.name, birthDate: inquiry.birthDate, admissionYear: year,
            institutionCode: inquiry.institutionCode, institutionName: "", funding: fundingValue, level: levelValue,
            yearsOfStudy: years, majorCode: major, majorName: "", enrollmentStatus: enrollmentValue,
            educationState: stateValue, diploma: diploma))
    }
}
