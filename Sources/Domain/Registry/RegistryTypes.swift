/// Levels of education the registry and the regulations name.
public enum EducationLevel: String, Sendable, CaseIterable, Codable {
    case secondarySpecialised = "secondary-specialised"
    case bachelor
    case master
    case doctorate
    case residency

    public var phrase: Phrase {
        switch self {
        case .secondarySpecialised: return Phrase(az: "orta ixtisas", en: "secondary specialised")
        case .bachelor: return Phrase(az: "bakalavr", en: "bachelor")
        case .master: return Phrase(az: "magistr", en: "master")
        case .doctorate: return Phrase(az: "doktorantura", en: "doctorate")
        case .residency: return Phrase(az: "rezidentura", en: "residency")
        }
    }
}

/// Who pays for the education (seed 000: "paid for by the state or by any other means").
public enum Funding: String, Sendable, CaseIterable, Codable {
    case state
    case paid

    public var phrase: Phrase {
        switch self {
        case .state: return Phrase(az: "dövlət sifarişi", en: "state-funded")
        case .paid: return Phrase(az: "ödənişli", en: "paid")
        }
    }
}

/// How the person entered the programme (seed 000: "Enrollment status").
public enum EnrollmentStatus: String, Sendable, CaseIterable, Codable {
    case admitted
    case transferredIn = "transferred-in"
    case reinstated

    public var phrase: Phrase {
        switch self {
        case .admitted: return Phrase(az: "qəbul olunub", en: "admitted")
        case .transferredIn: return Phrase(az: "köçürmə ilə", en: "transferred in")
        case .reinstated: return Phrase(az: "bərpa olunub", en: "reinstated")
        }
    }
}

/// Where the education stands now (seed 000: "Current state of education").
public enum EducationState: String, Sendable, CaseIterable, Codable {
    case studying
    case academicLeave = "academic-leave"
    case graduated
    case dismissed
    case transferred

    public var phrase: Phrase {
        switch self {
        case .studying: return Phrase(az: "təhsil alır", en: "studying")
        case .academicLeave: return Phrase(az: "akademik məzuniyyət", en: "academic leave")
        case .graduated: return Phrase(az: "məzun", en: "graduated")
        case .dismissed: return Phrase(az: "xaric olunub", en: "dismissed")
        case .transferred: return Phrase(az: "köçürülüb", en: "transferred")
        }
    }
}

/// Level of a diploma (seed 000: "Level of diploma").
public enum DiplomaLevel: String, Sendable, CaseIterable, Codable {
    case ordinary
    case honours

    public var phrase: Phrase {
        switch self {
        case .ordinary: return Phrase(az: "adi", en: "ordinary")
        case .honours: return Phrase(az: "fərqlənmə", en: "with honours")
        }
    }
}

/// A diploma as the registry holds it.
public struct Diploma: Sendable, Hashable {
    public var series: String
    public var registrationNumber: String
    public var issueDate: CivilDate
    public var level: DiplomaLevel

    public init(series: String, registrationNumber: String, issueDate: CivilDate, level: DiplomaLevel) {
        self.series = series
        self.registrationNumber = registrationNumber
        self.issueDate = issueDate
        self.level = level
    }
}

/// Surname, name and father's name, with the keys used to search and order them.
public struct PersonName: Sendable, Hashable {
    public var surname: String
    public var name: String
    public var fatherName: String

    public init(surname: String, name: String, fatherName: String) {
        self.surname = surname
        self.name = name
        self.fatherName = fatherName
    }

    /// "Surname Name Father's-name", as on a certificate.
    public var full: String {
        [surname, name, fatherName].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Initials in the order surname, name, father's name (for the diploma check).
    public var initials: String {
        [surname, name, fatherName].compactMap(\.first).map { AzerbaijaniText.uppercased(String($0)) }.joined()
    }

    public var surnameSearchKey: String { AzerbaijaniText.searchKey(surname) }
    public var nameSearchKey: String { AzerbaijaniText.searchKey(name) }
    public var sortKey: String { AzerbaijaniText.sortKey(surname + " " + name + " " + fatherName) }
}

/// One record of one person's education in the Student-graduate registry.
public struct StudentRecord: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var pin: PIN?
    public var name: PersonName
    public var birthDate: CivilDate
    public var admissionYear: Int
    public var institutionCode: String
    public var institutionName: String
    public var funding: Funding
    public var level: EducationLevel
    public var yearsOfStudy: Int
    public var majorCode: String
    public var majorName: String
    public var enrollmentStatus: EnrollmentStatus
    public var educationState: EducationState
    public var diploma: Diploma?
    /// The row's version when it was read: a save against an older version is refused.
    public var version: Int

    public init(id: Int64, pin: PIN?, name: PersonName, birthDate: CivilDate, admissionYear: Int,
                institutionCode: String, institutionName: String, funding: Funding, level: EducationLevel,
                yearsOfStudy: Int, majorCode: String, majorName: String, enrollmentStatus: EnrollmentStatus,
                educationState: EducationState, diploma: Diploma?, version: Int = 1) {
        self.id = id
        self.pin = pin
        self.name = name
        self.birthDate = birthDate
        self.admissionYear = admissionYear
        self.institutionCode = institutionCode
        self.institutionName = institutionName
        self.funding = funding
        self.level = level
        self.yearsOfStudy = yearsOfStudy
        self.majorCode = majorCode
        self.majorName = majorName
        self.enrollmentStatus = enrollmentStatus
        self.educationState = educationState
        self.diploma = diploma
        self.version = version
    }
}
