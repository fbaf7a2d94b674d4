/// The citizen's e-certificate (seed 000): the person and, for each record of their
/// education, every field the seed lists. Built from registry records by one function, kept
/// as a JSON snapshot when issued, and compared with the registry when a code is verified.
public struct Certificate: Sendable, Hashable, Codable {
    public var pin: String
    public var surname: String
    public var name: String
    public var fatherName: String
    public var birthDate: String
    /// Newest admission first.
    public var records: [Entry]

    public struct Entry: Sendable, Hashable, Codable {
        public var admissionYear: Int
        public var institution: String
        public var funding: Funding
        public var level: EducationLevel
        public var yearsOfStudy: Int
        public var majorCode: String
        public var majorName: String
        public var enrollmentStatus: EnrollmentStatus
        public var educationState: EducationState
        public var diploma: DiplomaEntry?
    }

    public struct DiplomaEntry: Sendable, Hashable, Codable {
        public var series: String
        public var registrationNumber: String
        public var issueDate: String
        public var level: DiplomaLevel
    }

    /// The certificate of the person with `pin`; nil when the registry has no record of them
    /// (then the Feedback inquiry is the way to get one). The name and birth date are those of
    /// the newest record.
    public init?(pin: PIN, records: [StudentRecord]) {
        let sorted = records.sorted { ($0.admissionYear, $0.id) > ($1.admissionYear, $1.id) }
        guard let newest = sorted.first else { return nil }
        self.pin = pin.value
        surname = newest.name.surname
        name = newest.name.name
        fatherName = newest.name.fatherName
        birthDate = newest.birthDate.description
        self.records = sorted.map { r in
            Entry(admissionYear: r.admissionYear, institution: r.institutionName, funding: r.funding, level: r.level,
                  yearsOfStudy: r.yearsOfStudy, majorCode: r.majorCode, majorName: r.majorName,
                  enrollmentStatus: r.enrollmentStatus, educationState: r.educationState,
                  diploma: r.diploma.map {
                      DiplomaEntry(series: $0.series, registrationNumber: $0.registrationNumber,
                                   issueDate: $0.issueDate.description, level: $0.level)
                  })
        }
    }

    public var fullName: String { [surname, name, fatherName].filter { !$0.isEmpty }.joined(separator: " ") }

    /// What differs between this certificate (as issued) and `current` (the registry now),
    /// one phrase per difference; empty when the registry still says the same.
    public func differences(from current: Certificate?) -> [Phrase] {
        guard let current else {
            return [Phrase(az: "reyestrdə bu FİN üzrə qeyd artıq yoxdur", en: "the registry no longer has records for this PIN")]
        }
        var found: [Phrase] = []
        if fullName != current.fullName {
            found.append(Phrase(az: "ad indi: \(current.fullName)", en: "name is now: \(current.fullName)"))
        }
        if birthDate != current.birthDate {
            let born = LocalTime.date(current.birthDate)
            found.append(Phrase(az: "doğum tarixi indi: \(born)", en: "date of birth is now: \(born)"))
        }
        if records.count != current.records.count {
            found.append(Phrase(az: "qeydlərin sayı \(records.count) idi, indi \(current.records.count)",
                                en: "there were \(records.count) records, now \(current.records.count)"))
        }
        for (index, (then, now)) in zip(records, current.records).enumerated() where then != now {
            let which = "\(index + 1) (\(then.institution), \(then.admissionYear))"
            var az = "qeyd \(which) dəyişib"
            var en = "record \(which) has changed"
            if then.educationState != now.educationState {
                az += "; təhsilin vəziyyəti indi: \(now.educationState.phrase.az)"
                en += "; current state is now: \(now.educationState.phrase.en)"
            }
            if then.diploma != now.diploma {
                let diploma = now.diploma.map { "\($0.series) \($0.registrationNumber) \(LocalTime.date($0.issueDate))" }
                az += "; diplom indi: " + (diploma ?? "yoxdur")
                en += "; diploma is now: " + (diploma ?? "none")
            }
            found.append(Phrase(az: az, en: en))
        }
        return found
    }
}

/// Who issued a certificate, when, and its verification code.
public struct CertificateIssue: Sendable, Hashable {
    public var code: String
    public var issuedAt: String
    public var issuedBy: String

    public init(code: String, issuedAt: String, issuedBy: String) {
        self.code = code
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
    }
}
