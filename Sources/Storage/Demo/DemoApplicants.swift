import Domain

/// Foreign applicants for the demo: citizens of many countries with names from their own
/// tradition, applying on every basis of 3.1, some admitted with documents, tests, a
/// contract and payments on file.
extension DemoGenerator {
    struct CountryNames {
        let code: String
        let language: String
        let surnames: [String]
        let male: [String]
        let female: [String]
        /// Father's name is written on the documents of this country.
        let patronymic: Bool
    }

    static let countries: [CountryNames] = [
        CountryNames(code: "TR", language: "tr", surnames: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk"],
                     male: ["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak"], female: ["Zeynep", "Elif", "Ayşe", "Merve"],
                     patronymic: false),
        CountryNames(code: "RU", language: "ru", surnames: ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov"],
                     male: ["Aleksandr", "Dmitriy", "Maksim", "Sergey"], female: ["Anna", "Mariya", "Yelena", "Olga"],
                     patronymic: true),
        CountryNames(code: "GE", language: "ka", surnames: ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze"],
                     male: ["Giorgi", "Davit", "Levan"], female: ["Nino", "Tamar", "Mariam"], patronymic: false),
        CountryNames(code: "IR", language: "fa", surnames: ["Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Karimi"],
                     male: ["Ali", "Reza", "Mohammad", "Amir"], female: ["Fatemeh", "Zahra", "Maryam"], patronymic: false),
        CountryNames(code: "IN", language: "en", surnames: ["Sharma", "Patel", "Singh", "Kumar", "Reddy", "Nair"],
                     male: ["Rahul", "Arjun", "Vikram", "Rohan"], female: ["Priya", "Ananya", "Divya"], patronymic: false),
        CountryNames(code: "PK", language: "ur", surnames: ["Khan", "Ahmed", "Malik", "Hussain", "Qureshi"],
                     male: ["Usman", "Bilal", "Hamza"], female: ["Ayesha", "Fatima", "Sana"], patronymic: false),
        CountryNames(code: "NG", language: "en", surnames: ["Okafor", "Adeyemi", "Eze", "Bello", "Okonkwo"],
                     male: ["Chinedu", "Emeka", "Tunde"], female: ["Ngozi", "Aisha", "Chiamaka"], patronymic: false),
        CountryNames(code: "EG", language: "ar", surnames: ["Hassan", "Mahmoud", "Ibrahim", "Mostafa"],
                     male: ["Omar", "Youssef", "Karim"], female: ["Nour", "Salma", "Mariam"], patronymic: false),
        CountryNames(code: "IQ", language: "ar", surnames: ["Al-Jabouri", "Al-Obaidi", "Al-Tamimi"],
                     male: ["Ahmed", "Haider", "Mustafa"], female: ["Zainab", "Noor", "Huda"], patronymic: false),
        CountryNames(code: "TM", language: "tk", surnames: ["Orazov", "Annayev", "Berdiyev", "Gurbanov"],
                     male: ["Merdan", "Serdar", "Batyr"], female: ["Aýna", "Gülşat", "Maral"], patronymic: true),
        CountryNames(code: "UZ", language: "uz", surnames: ["Karimov", "Rahimov", "Tursunov", "Yusupov"],
                     male: ["Jasur", "Bekzod", "Sardor"], female: ["Dilnoza", "Madina", "Gulnora"], patronymic: true),
        CountryNames(code: "KZ", language: "kk", surnames: ["Nurlanov", "Seitkali", "Abenov", "Zhaksylykov"],
                     male: ["Nursultan", "Yerlan", "Askar"], female: ["Aigerim", "Dana", "Aruzhan"], patronymic: true),
        CountryNames(code: "UA", language: "uk", surnames: ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko"],
                     male: ["Oleksandr", "Andriy", "Taras"], female: ["Olena", "Iryna", "Oksana"], patronymic: true),
        CountryNames(code: "AF", language: "ps", surnames: ["Ahmadzai", "Popal", "Stanikzai", "Sultani"],
                     male: ["Ahmad", "Farid", "Jawad"], female: ["Mariam", "Parwana", "Fereshta"], patronymic: false),
        CountryNames(code: "CN", language: "zh", surnames: ["Wang", "Li", "Zhang", "Liu", "Chen"],
                     male: ["Wei", "Hao", "Jun"], female: ["Fang", "Mei", "Xiu"], patronymic: false),
        CountryNames(code: "DE", language: "de", surnames: ["Müller", "Schmidt", "Schneider", "Fischer"],
                     male: ["Lukas", "Jonas", "Felix"], female: ["Lena", "Anna", "Sophie"], patronymic: false),
        CountryNames(code: "IL", language: "he", surnames: ["Cohen", "Levi", "Mizrahi"],
                     male: ["David", "Yosef", "Noam"], female: ["Noa", "Tamar", "Shira"], patronymic: false),
        CountryNames(code: "SY", language: "ar", surnames: ["Haddad", "Khoury", "Nasser"],
                     male: ["Khaled", "Samer", "Rami"], female: ["Lina", "Rana", "Hala"], patronymic: false),
    ]

    /// Adds `count` applicants. Returns how many were stored.
    @discardableResult
    public func populateApplicants(_ database: Database, count: Int, thisYear: Int = CivilDate.today().year,
                                   login: String = "demo") throws -> Int {
        var random = SeededRandom(seed: seed &+ 0xA11CE)
        let caller = Caller(login: login, role: .admin)
        let repository = SQLiteApplicantRepository(database: database)
        let universities = DemoNames.institutions.filter { !$0.levels.contains("secondary-specialised") }
        let first = try database.scalarInt("SELECT coalesce(max(id), 0) FROM applicant")
        let today = CivilDate(year: thisYear, month: 6, day: 1) ?? CivilDate(dayNumber: 0)
        var stored = 0
        var index = 0
        while index < count {
            let end = min(count, index + 5_000)
            try database.write {
                while index < end {
                    let country = Self.countries[random.skewed(Self.countries.count)]
                    let female = random.chance(0.45)
                    var surname = country.surnames[random.below(country.surnames.count)]
                    if female && country.patronymic && surname.hasSuffix("v") { surname += "a" }
                    let name = female ? country.female[random.below(country.female.count)]
                                      : country.male[random.below(country.male.count)]
                    let father = country.patronymic ? country.male[random.below(country.male.count)] : ""
                    let university = universities[random.skewed(universities.count)]
                    let levelRoll = random.below(100)
                    let level: EducationLevel = levelRoll < 62 ? .bachelor : levelRoll < 90 ? .master
                        : (university.levels.contains("residency") ? .residency : .doctorate)
                    let age = level == .bachelor ? 17 + random.below(4) : 21 + random.below(8)
                    let birth = CivilDate(year: thisYear - age, month: 1 + random.below(12), day: 1 + random.below(28))
                        ?? today
                    let languageRoll = random.below(100)
                    let programLanguage = languageRoll < 40 ? "az" : languageRoll < 75 ? "en" : languageRoll < 95 ? "ru" : "tr"
                    let studiedHere = random.chance(level == .bachelor ? 0.03 : 0.2)
                    let previousLevel: PriorLevel = level == .bachelor ? .generalSecondary : level == .master ? .bachelor : .master
                    let basisRoll = random.below(100)
                    let basis: AdmissionBasis = basisRoll < 15 ? .quota : basisRoll < 22 ? .internationalProgramme
                        : basisRoll < 28 ? .institutionContract : basisRoll < 35 ? .legalEntityContract
                        : basisRoll < 92 ? .individualContract : .centralisedCompetition
                    let passport = country.code + DemoGenerator.registrationNumber(Int64(first + index + 1))
                    let stateRoll = random.below(100)
                    let state: ApplicantState = stateRoll < 20 ? .new : stateRoll < 45 ? .documentsIncomplete
                        : stateRoll < 60 ? .ready : stateRoll < 90 ? .admitted : stateRoll < 96 ? .refused : .withdrawn
                    let applicant = Applicant(
                        surname: surname, name: name, fatherName: father, citizenship: country.code, birthDate: birth,
                        passportNumber: passport, passportExpiry: today.adding(years: 1 + random.below(9)),
                        institutionCode: university.code, majorCode: DemoNames.majors[random.skewed(DemoNames.majors.count)].code,
                        level: level, programLanguage: programLanguage, studyForm: random.chance(0.9) ? .fullTime : .partTime,
                        basis: basis,
                        previous: PreviousEducation(level: previousLevel, country: studiedHere ? "AZ" : country.code,
                                                    institution: "", language: studiedHere ? "az" : country.language,
                                                    completedInAzerbaijan: studiedHere, continuesToNextLevel: studiedHere),
                        contact: "+\(900_000_000 + random.below(99_999_999))", state: state)
                    index += 1
                    let added = try repository.add(applicant, by: caller)
                    stored += 1
                    try addRecords(for: added, database: database, repository: repository, caller: caller,
                                   today: today, random: &random)
                }
            }
        }
        return stored
    }

    private func addRecords(for applicant: Applicant, database: Database, repository: SQLiteApplicantRepository,
                            caller: Caller, today: CivilDate, random: inout SeededRandom) throws {
        guard applicant.state != .new else { return }
        let received = today.adding(days: -random.below(120))
        let paragraphs = applicant.state == .documentsIncomplete ? ["3.4.1", "3.4.4", "3.4.5"]
            : ["3.4.1", "3.4.2", "3.4.3", "3.4.4", "3.4.5"]
        for paragraph in paragraphs {
            var details: [String: String] = [:]
            switch paragraph {
            case "3.4.2":
                details = ["lists_subjects_and_marks": "yes", "authentication": random.chance(0.7) ? "apostille" : "legalised",
                           "translation": random.chance(0.9) ? "notarised" : "not-notarised"]
            case "3.4.3": details = ["hiv": "yes", "hepatitis_b": "yes", "hepatitis_c": random.chance(0.95) ? "yes" : "no"]
            case "3.4.4": details = ["kind": "passport", "number": applicant.passportNumber]
            case "3.4.5": details = ["count": random.chance(0.9) ? "6" : "4"]
            default: break
            }
            _ = try repository.add(DocumentRecord(applicantID: applicant.id, paragraph: paragraph,
                                                  receivedOn: received.adding(days: random.below(20)),
                                                  validUntil: paragraph == "3.4.4" ? applicant.passportExpiry : nil,
                                                  details: details),
                                   by: caller)
        }
        if applicant.programLanguage == "en" && random.chance(0.7) {
            let ielts = random.chance(0.7)
            let score = ielts ? Double(8 + random.below(8)) / 2 : Double(30 + random.below(80))
            _ = try repository.add(LanguageTestRecord(applicantID: applicant.id, result: LanguageTestResult(
                test: ielts ? .ielts : .toeflIBT, score: score, takenOn: received.adding(days: -random.below(500)))),
                by: caller)
        }
        guard applicant.state == .admitted else { return }
        let admitted = received.adding(days: 30 + random.below(30))
        let fee = [3_500_00, 4_000_00, 4_500_00, 5_000_00, 7_000_00][random.below(5)]
        let contract = try repository.save(ContractRecord(
            applicantID: applicant.id, number: "\(applicant.institutionCode)-\(today.year)-\(applicant.id)",
            signedOn: admitted.adding(days: -7), city: "Bakı", studentAddress: "Bakı, Nəsimi r-nu",
            annualFeeQepik: fee, paymentDueMonth: 9, paymentDueDay: 15), by: caller)
        _ = try repository.add(PaymentRecord(applicantID: applicant.id, contractID: contract.id,
                                             amountQepik: random.chance(0.7) ? fee : fee / 2,
                                             paidOn: admitted.adding(days: -5), academicYear: today.year,
                                             reference: "PAY\(applicant.id)"), by: caller)
        // 2.2.4: the residence document brings the student's FİN, so a residence date comes with a PIN
        // (the same sequence as the desk's years, keyed by the applicant's id so it is unique).
        let residenceOn = random.chance(0.6) ? admitted.adding(days: random.below(80)) : nil
        let followUp = AdmissionFollowUp(
            admittedOn: admitted, residenceDocumentOn: residenceOn,
            pin: residenceOn == nil ? nil : Self.pin(number: UInt64(applicant.id) &+ 900_000, seed: seed &+ 77),
            educationState: .studying)
        _ = try repository.saveFollowUp(followUp, applicantID: applicant.id, expectedVersion: applicant.version, by: caller)
    }
}
