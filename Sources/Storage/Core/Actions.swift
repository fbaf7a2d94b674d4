import Domain

/// What a caller may be refused, in both languages: completes "… is not permitted to" and
/// "… istifadəçisinin … üçün icazəsi yoxdur" in `PermissionError` (issue 14: no English
/// spliced into an Azerbaijani refusal). One name per action, used by every check of it.
public enum Actions {
    public static let changeApplicants = Phrase(az: "namizədlərin məlumatlarını dəyişmək", en: "change applicants")
    public static let addApplicants = Phrase(az: "namizəd əlavə etmək", en: "add applicants")
    public static let seeApplicants = Phrase(az: "namizədlərə baxmaq", en: "see applicants")
    public static let importApplicants = Phrase(az: "namizədləri idxal etmək", en: "import applicants")
    public static let admitStudents = Phrase(az: "tələbə qəbul etmək", en: "admit students")
    public static let recordResidenceDocuments = Phrase(az: "yaşayış sənədlərini qeyd etmək", en: "record residence documents")
    public static let recordLanguageDecisions = Phrase(az: "dil qərarlarını qeyd etmək", en: "record language decisions")
    public static let recordLanguageAssessments = Phrase(az: "dil biliyinin qiymətləndirilməsini qeyd etmək", en: "record language assessments")
    public static let graduateStudents = Phrase(az: "tələbənin məzun olmasını qeyd etmək", en: "graduate students")
    public static let changeStudentStatus = Phrase(az: "tələbənin statusunu dəyişmək", en: "change a student's status")
    public static let seeForeignStudents = Phrase(az: "xarici tələbələrə baxmaq", en: "see foreign students")
    public static let seeDeadlines = Phrase(az: "müddətlərə baxmaq", en: "see deadlines")
    public static let recordDeadlines = Phrase(az: "müddətləri qeyd etmək", en: "record deadlines")
    public static let makeYearlyReport = Phrase(az: "illik hesabatı hazırlamaq", en: "make the yearly report")
    public static let listUsers = Phrase(az: "istifadəçilərin siyahısına baxmaq", en: "list users")
    public static let addUsers = Phrase(az: "istifadəçi əlavə etmək", en: "add users")
    public static let changeUsers = Phrase(az: "istifadəçiləri dəyişmək", en: "change users")
    public static let removeUsers = Phrase(az: "istifadəçiləri silmək", en: "remove users")
    public static let removeThemselves = Phrase(az: "özünü silmək", en: "remove themselves")
    public static let changeHolidayCalendar = Phrase(az: "bayramlar təqvimini dəyişmək", en: "change the holiday calendar")
    public static let changeSettings = Phrase(az: "parametrləri dəyişmək", en: "change settings")
    public static let readAuditTrail = Phrase(az: "audit jurnalını oxumaq", en: "read the audit trail")
    public static let readErrorLog = Phrase(az: "xəta jurnalını oxumaq", en: "read the error log")
    public static let backUpDatabase = Phrase(az: "verilənlər bazasının ehtiyat nüsxəsini çıxarmaq", en: "back up the database")
    public static let checkDatabase = Phrase(az: "verilənlər bazasını yoxlamaq", en: "check the database")
    public static let loadRegistryRecords = Phrase(az: "reyestrə qeyd yükləmək", en: "load records into the registry")
    public static let browseRegistry = Phrase(az: "Tələbə-məzun reyestrinə baxmaq", en: "browse the Student-graduate registry")
    public static let readRegistryRecords = Phrase(az: "reyestr qeydlərini oxumaq", en: "read registry records")
    public static let addRegistryRecords = Phrase(az: "reyestrə qeyd əlavə etmək", en: "add registry records")
    public static let changeRegistryRecords = Phrase(az: "reyestr qeydlərini dəyişmək", en: "change registry records")
    public static let changeStateOfEducation = Phrase(az: "tələbənin təhsil vəziyyətini dəyişmək", en: "change a student's state of education")
    public static let changeInstitutions = Phrase(az: "müəssisələri dəyişmək", en: "change institutions")
    public static let changeMajors = Phrase(az: "ixtisasları dəyişmək", en: "change majors")
    public static let searchByPIN = Phrase(az: "reyestrdə FİN ilə axtarmaq", en: "search the registry by PIN")
    public static let searchByName = Phrase(az: "reyestrdə adla axtarmaq", en: "search the registry by name")
    public static let viewCertificates = Phrase(az: "arayışlara baxmaq", en: "view certificates")
    public static let issueCertificates = Phrase(az: "arayış vermək", en: "issue certificates")
    public static let verifyCertificates = Phrase(az: "arayışları yoxlamaq", en: "verify certificates")
    public static let readIssuedCertificates = Phrase(az: "verilmiş arayışları oxumaq", en: "read issued certificates")
    public static let checkDiplomas = Phrase(az: "diplomları yoxlamaq", en: "check diplomas")
    public static let openInquiries = Phrase(az: "sorğu açmaq", en: "open inquiries")
    public static let readInquiries = Phrase(az: "sorğuları oxumaq", en: "read inquiries")
    public static let answerInquiriesForInstitution = Phrase(az: "müəssisə adından sorğulara cavab vermək", en: "answer inquiries for an institution")
    public static let approveInquiries = Phrase(az: "sorğuları təsdiq etmək", en: "approve inquiries")
    public static let rejectInquiries = Phrase(az: "sorğuları rədd etmək", en: "reject inquiries")
    public static let markReportSentWithoutInstitution = Phrase(az: "müəssisəsi olmadan hesabatı göndərilmiş kimi qeyd etmək", en: "mark a report sent without an institution")
    public static let readOtherInstitutionsRecords = Phrase(az: "başqa müəssisənin reyestr qeydlərini oxumaq", en: "read registry records of another institution")

    /// The action for another institution's data: "change applicants of BDU".
    public static func of(_ action: Phrase, institution code: String) -> Phrase {
        Phrase(az: "\(code) müəssisəsi üzrə " + action.az, en: action.en + " of " + code)
    }

    /// The action for data of an institution not the caller's own.
    public static func ofAnotherInstitution(_ action: Phrase) -> Phrase {
        Phrase(az: "başqa müəssisə üzrə " + action.az, en: action.en + " of another institution")
    }

    /// "read inquiries addressed to BDU"
    public static func readInquiries(addressedTo code: String) -> Phrase {
        Phrase(az: "\(code) müəssisəsinə ünvanlanmış sorğuları oxumaq", en: "read inquiries addressed to \(code)")
    }

    /// "answer inquiries addressed to BDU"
    public static func answerInquiries(addressedTo code: String) -> Phrase {
        Phrase(az: "\(code) müəssisəsinə ünvanlanmış sorğulara cavab vermək", en: "answer inquiries addressed to \(code)")
    }

    /// "mark deadlines of BDU done"
    public static func markDeadlinesDone(of code: String) -> Phrase {
        Phrase(az: "\(code) müəssisəsinin müddətlərini yerinə yetirilmiş kimi qeyd etmək", en: "mark deadlines of \(code) done")
    }

    /// "see applicants of BDU"
    public static func seeApplicants(of code: String) -> Phrase { of(seeApplicants, institution: code) }
}
