/// The bases of admission of a foreigner (3.1.1–3.1.6), with their wording.
public enum AdmissionBasis: String, Sendable, CaseIterable, Codable {
    case quota = "3.1.1"
    case internationalProgramme = "3.1.2"
    case institutionContract = "3.1.3"
    case legalEntityContract = "3.1.4"
    case individualContract = "3.1.5"
    case centralisedCompetition = "3.1.6"

    public var paragraph: String { rawValue }

    public var phrase: Phrase {
        switch self {
        case .quota:
            return Phrase(az: "Azərbaycan Respublikası ilə xarici dövlətlər arasında təhsil sahəsində bağlanmış sazişlərə əsasən müəyyən edilmiş kvota əsasında",
                          en: "on a quota basis established by agreements between the Republic of Azerbaijan and foreign countries in the field of education")
        case .internationalProgramme:
            return Phrase(az: "təhsil müəssisələrinin iştirak etdiyi beynəlxalq proqramlar əsasında",
                          en: "on the basis of international programmes in which educational institutions participate")
        case .institutionContract:
            return Phrase(az: "xarici təhsil müəssisələri ilə bağlanmış müqavilələr əsasında",
                          en: "on the basis of contracts concluded with foreign educational institutions")
        case .legalEntityContract:
            return Phrase(az: "hüquqi şəxslərlə bilavasitə bağlanmış müqavilələr əsasında",
                          en: "on the basis of contracts signed directly with legal entities")
        case .individualContract:
            return Phrase(az: "fiziki şəxslərlə bilavasitə bağlanmış müqavilələr əsasında",
                          en: "on the basis of contracts signed directly with individuals")
        case .centralisedCompetition:
            return Phrase(az: "Dövlət Tələbə Qəbulu Komissiyasının təşkil etdiyi mərkəzləşdirilmiş müsabiqə əsasında",
                          en: "on the basis of the centralised admission competition organised by the State Student Admission Commission")
        }
    }
}

/// Full-time or part-time study (3.4.1 "type of education").
public enum StudyForm: String, Sendable, CaseIterable, Codable {
    case fullTime = "full-time"
    case partTime = "part-time"

    public var phrase: Phrase {
        switch self {
        case .fullTime: return Phrase(az: "əyani", en: "full-time")
        case .partTime: return Phrase(az: "qiyabi", en: "part-time")
        }
    }
}

/// The level of the education an applicant already has.
public enum PriorLevel: String, Sendable, CaseIterable, Codable {
    case generalSecondary = "general-secondary"
    case secondarySpecialised = "secondary-specialised"
    case bachelor
    case master
    case doctorate
    case residency

    /// The level's name: the registry's own (`EducationLevel`) for the five it shares.
    public var phrase: Phrase {
        EducationLevel(rawValue: rawValue)?.phrase ?? Phrase(az: "ümumi orta", en: "general secondary")
    }
}

/// Where an applicant stands in the admissions desk's queue.
public enum ApplicantState: String, Sendable, CaseIterable, Codable {
    case new
    case documentsIncomplete = "documents-incomplete"
    case ready
    case admitted
    case refused
    case withdrawn
}

/// The applicant's previous education, as 3.7 and 3.4.2 need it.
public struct PreviousEducation: Sendable, Hashable, Codable {
    public var level: PriorLevel
    public var country: String
    public var institution: String
    /// ISO 639-1 code of the language of instruction.
    public var language: String
    /// Completed at an educational institution of the Republic of Azerbaijan (3.7.1).
    public var completedInAzerbaijan: Bool
    /// The new programme is the next level or stage after this one (3.7.1).
    public var continuesToNextLevel: Bool
    /// 3.7.2 "that meet the requirements stipulated by the laws of the host country": the
    /// document of this education is legalised or apostilled (3.4.2) and recognised in
    /// Azerbaijan, as the clerk confirms.
    public var recognisedInAzerbaijan: Bool

    public init(level: PriorLevel, country: String, institution: String, language: String,
                completedInAzerbaijan: Bool, continuesToNextLevel: Bool, recognisedInAzerbaijan: Bool = false) {
        self.level = level
        self.country = country
        self.institution = institution
        self.language = language
        self.completedInAzerbaijan = completedInAzerbaijan
        self.continuesToNextLevel = continuesToNextLevel
        self.recognisedInAzerbaijan = recognisedInAzerbaijan
    }
}

/// The international language tests 3.6 names. TOEFL results on the 1–6 band scale
/// (reported from January 2026) are kept apart from the 0–120 iBT scale.
public enum LanguageTest: String, Sendable, CaseIterable, Codable {
    case ielts
    case toeflIBT = "toefl-ibt"
    case toeflBand = "toefl-band"
}

/// One language test result with the date it was taken.
public struct LanguageTestResult: Sendable, Hashable, Codable {
    public var test: LanguageTest
    /// The score as reported: IELTS in half bands, TOEFL iBT whole points, TOEFL band in half steps.
    public var score: Double
    public var takenOn: CivilDate

    public init(test: LanguageTest, score: Double, takenOn: CivilDate) {
        self.test = test
        self.score = score
        self.takenOn = takenOn
    }
}

/// A foreign applicant as the admissions clerk enters them.
public struct Applicant: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var surname: String
    public var name: String
    public var fatherName: String
    /// ISO 3166-1 alpha-2.
    public var citizenship: String
    public var birthDate: CivilDate
    public var passportNumber: String
    public var passportExpiry: CivilDate
    public var institutionCode: String
    public var majorCode: String
    public var level: EducationLevel
    /// ISO 639-1 code of the programme's language of instruction.
    public var programLanguage: String
    public var studyForm: StudyForm
    public var basis: AdmissionBasis
    public var previous: PreviousEducation
    /// 1.2: permanently living in Azerbaijan — these regulations do not apply.
    public var permanentResident: Bool
    /// The programme's length in years as the clerk chose it with the major and level (the
    /// registry's "education degree (years of study)", seed 000); nil for applicants
    /// entered before the desk asked.
    public var yearsOfStudy: Int?
    public var contact: String
    public var state: ApplicantState
    public var version: Int

    public init(id: Int64 = 0, surname: String, name: String, fatherName: String = "", citizenship: String,
                birthDate: CivilDate, passportNumber: String, passportExpiry: CivilDate, institutionCode: String,
                majorCode: String, level: EducationLevel, programLanguage: String, studyForm: StudyForm,
                basis: AdmissionBasis, previous: PreviousEducation, permanentResident: Bool = false,
                yearsOfStudy: Int? = nil, contact: String = "", state: ApplicantState = .new, version: Int = 1) {
        self.id = id
        self.surname = surname
        self.name = name
        self.fatherName = fatherName
        self.citizenship = citizenship
        self.birthDate = birthDate
        self.passportNumber = passportNumber
        self.passportExpiry = passportExpiry
        self.institutionCode = institutionCode
        self.majorCode = majorCode
        self.level = level
        self.programLanguage = programLanguage
        self.studyForm = studyForm
        self.basis = basis
        self.previous = previous
        self.permanentResident = permanentResident
        self.yearsOfStudy = yearsOfStudy
        self.contact = contact
        self.state = state
        self.version = version
    }
}
