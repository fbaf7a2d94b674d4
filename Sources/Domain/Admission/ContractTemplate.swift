/// The text of the appendix contract ("Contract on getting paid education between the
/// education institution and a foreign student"), in Azerbaijani and English. The
/// functions take already-formatted values; `Contract` fills them in.
enum ContractTemplate {
    static let appendixNote = Phrase(
        az: "«Azərbaycan Respublikası vətəndaşlarının xarici ölkələrdə və əcnəbilərin Azərbaycan Respublikasında təhsili haqqında Qaydalar»a Əlavə",
        en: "Appendix to the Regulations of education of the citizens of the Republic of Azerbaijan in foreign countries and of foreigners in the Republic of Azerbaijan")

    static let title = Phrase(az: "MÜQAVİLƏ", en: "CONTRACT")

    static func subtitle(institution: String) -> Phrase {
        Phrase(az: "\(institution) ilə əcnəbi tələbə arasında ödənişli əsaslarla təhsil alınması haqqında",
               en: "on getting paid education between \(institution) and a foreign student")
    }

    static let translationNote = Phrase(
        az: "", en: "(English translation; the Contract is signed in two identical copies in Azerbaijani, clause 3.4)")

    static func city(_ city: String) -> Phrase { Phrase(az: "\(city) şəhəri", en: "\(city) city") }

    static func parties(institution: String, student: String) -> Phrase {
        Phrase(az: "\(institution) (bundan sonra «təhsil müəssisəsi») bir tərəfdən, \(student) (bundan sonra «əcnəbi tələbə») digər tərəfdən, aşağıdakı məzmunda Müqavilə bağladılar:",
               en: "\(institution), hereinafter referred to as “the education institution”, on the one hand, and \(student), hereinafter referred to as “the foreign student”, on the other hand, have concluded the Contract on the following content:")
    }

    static let section1 = Phrase(az: "1. Müqavilənin predmeti", en: "1. Subject matter of the Contract")

    static func subject(specialty: String, level: EducationLevel, fee: String) -> Phrase {
        Phrase(az: "Təhsil müəssisəsi əcnəbi tələbəni Azərbaycan Respublikasının dövlət standartlarına uyğun təhsil proqramları əsasında \(specialty) ixtisası üzrə \(level.phrase.az) təhsil səviyyəsində ödənişli əsaslarla təhsil almasını, əcnəbi tələbə isə seçdiyi ixtisas üzrə dövlət standartlarına uyğun təhsil almağı və təhsil müəssisəsinə hər tədris ili üçün \(fee) Azərbaycan manatı məbləğində təhsil haqqı ödəməyi öhdəsinə götürür.",
               en: "The education institution undertakes to teach, on a paid basis, the foreign student on the specialty of \(specialty) at the \(level.phrase.en) education level based on educational programmes that meet the state standards of the Republic of Azerbaijan, and the foreign student undertakes to study on the specialty chosen according to the state standards and to pay the tuition fee in the amount of \(fee) Azerbaijani manat for each academic year at the education institution.")
    }

    static let section2 = Phrase(az: "2. Tərəflərin öhdəlikləri", en: "2. Responsibilities of the Parties")
    static let institutionUndertakes = Phrase(az: "Təhsil müəssisəsi:", en: "The education institution:")

    static let clause211 = Phrase(
        az: "əcnəbi tələbə illik təhsil haqqının ən azı 50 faizini tədris ili başlanana qədər təhsil müəssisəsinə köçürdükdən sonra onun təhsil müəssisəsinə qəbulu haqqında əmr verir;",
        en: "issues a decree on the admission of the foreign student to the education institution after he/she transfers at least 50% of his/her annual tuition fee to the education institution prior to the beginning of the academic year;")
    static let clause212 = Phrase(
        az: "müxtəlif ixtisasların təhsil proqramları ilə müəyyən edilmiş dövlət təhsil standartlarına və səriştələrə uyğun olaraq mütəxəssis hazırlığını təmin edir;",
        en: "provides specialist training in accordance with the state educational standards and competences defined by the education programmes of various specialties;")
    static let clause213 = Phrase(
        az: "əcnəbi tələbəyə Azərbaycan Respublikasında ödənişli əsaslarla təhsil alan vətəndaşlar üçün müəyyən edilmiş hüquq və təminatlardan istifadə imkanı yaradır;",
        en: "provides an opportunity for the foreign student to use the rights and guarantees established for the citizens of the Republic of Azerbaijan studying on a paid basis;")
    static let clause214 = Phrase(
        az: "əcnəbi tələbəni təhsil prosesi və daxili intizam qaydaları ilə tanış edir, onun hüquq və vəzifələrini izah edir;",
        en: "introduces the foreign student to the educational process and internal discipline, and explains his/her rights and responsibilities;")
    static let clause215 = Phrase(
        az: "təhsili uğurla başa vurduqdan sonra əcnəbi tələbəyə dövlət nümunəli təhsil sənədi (diplom) verir.",
        en: "gives a document of state example (diploma) to the foreign student after he/she successfully completes the education.")

    static let studentUndertakes = Phrase(az: "Əcnəbi tələbə:", en: "The foreign student:")

    static let clause221 = Phrase(
        az: "seçdiyi ixtisas üzrə tədris planı əsasında təhsil alaraq tələb olunan kreditləri toplayır;",
        en: "collects the required credits by studying under the curriculum on the specialty chosen;")

    static func clause222(due: Phrase) -> Phrase {
        Phrase(az: "təhsil haqqını hər il \(due.az) tarixinədək ödəyir;",
               en: "pays the tuition fee on an annual basis until \(due.en);")
    }

    static let clause223 = Phrase(
        az: "təhsil müəssisəsinin daxili qaydalarına əməl edir;",
        en: "complies with the internal rules of the education institution;")
    static let clause224 = Phrase(
        az: "Azərbaycan Respublikasının təhsil müəssisəsinə qəbulu rəsmiləşdirildiyi tarixdən 90 (doxsan) gün ərzində Azərbaycan Respublikasının ərazisində yaşamasını təsdiq edən sənədin surətini təhsil müəssisəsinə təqdim edir.",
        en: "within 90 (ninety) days from the date of the formalisation of admission to education institutions of the Republic of Azerbaijan, submits a copy of the document confirming his/her residence in the territory of the Republic of Azerbaijan to the education institution.")

    static let section3 = Phrase(az: "3. Müqavilənin əlavə şərtləri", en: "3. Additional terms and conditions of the Contract")

    static let clause31 = Phrase(
        az: "Təhsil müəssisəsi aşağıdakı hallarda tələbə ilə bağlanmış bu Müqaviləni ləğv etmək hüququna malikdir:",
        en: "The education institution is entitled to terminate this Contract concluded with a student in the following cases:")
    static let clause311 = Phrase(
        az: "əcnəbi tələbə daxili intizam qaydaları ilə qadağan edilmiş hərəkətlər etdikdə;",
        en: "in case the foreign student commits acts that are prohibited by the internal disciplinary rules;")
    static let clause312 = Phrase(
        az: "təhsil haqqı Müqavilədə göstərilən müddətdə ödənilmədikdə;",
        en: "in case the tuition fee is not paid within the period specified in the Contract;")
    static let clause313 = Phrase(
        az: "əcnəbi tələbənin azadlıqdan məhrum edilməsi və ya Azərbaycan Respublikasının hüdudlarından kənara çıxarılması barədə məhkəmə qərarı olduqda;",
        en: "in case of a court decision on imprisonment or exclusion of the foreign student out of the borders of the Republic of Azerbaijan;")
    static let clause314 = Phrase(
        az: "tələbə Azərbaycan Respublikasının ərazisində yaşamasını təsdiq edən sənədin surətini bu Müqavilənin 2.2.4-cü yarımbəndində göstərilən müddətdə təhsil müəssisəsinə təqdim etmədikdə.",
        en: "in case the student fails to submit a copy of the document confirming their residence in the territory of the Republic of Azerbaijan to the education institution within the period specified in sub-clause 2.2.4 of this Contract.")
    static let clause32 = Phrase(
        az: "Əcnəbi tələbə hər hansı səbəbdən təhsilini davam etdirə bilmədikdə və ya davam etdirmək istəmədikdə, habelə yuxarıda göstərilən əsaslarla təhsil müəssisəsindən xaric edildikdə ödənilmiş təhsil haqqı geri qaytarılmır.",
        en: "The paid tuition fee is non-refundable if the foreign student is unable or unwilling to continue his/her education for any reason, and is expelled from the education institution on the grounds mentioned above.")
    static let clause33 = Phrase(
        az: "Müqavilənin şərtlərinin pozulması nəticəsində tərəflər arasında yaranan mübahisələrə Azərbaycan Respublikasının məhkəmələrində baxılır.",
        en: "Disputes arising between the parties as a result of breach of the terms and conditions of the contract are considered at the courts of the Republic of Azerbaijan.")
    static let clause34 = Phrase(
        az: "Bu Müqavilə Azərbaycan dilində 2 eyni nüsxədə tərtib edilmişdir, bir nüsxəsi təhsil müəssisəsində əcnəbi tələbənin şəxsi işində, digəri isə əcnəbi tələbənin özündə saxlanılır.",
        en: "This Contract was compiled in 2 identical copies in Azerbaijani, one copy is kept in the personal folder of the foreign student at the education institution, and the other one is kept by the foreign student himself/herself.")

    static let rector = Phrase(az: "Rektor:", en: "Rector:")
    static let institutionAddress = Phrase(az: "Universitetin ünvanı:", en: "Address of the University:")
    static let foreignStudent = Phrase(az: "Əcnəbi tələbə:", en: "The foreign student:")
    static let studentAddress = Phrase(az: "Tələbənin ünvanı:", en: "Address of the Student:")

    /// "23 noyabr 2026-cı il" / "23 November 2026".
    static func date(_ date: CivilDate) -> Phrase {
        let month = Phrases.monthNames[date.month - 1]
        return Phrase(az: "\(date.day) \(month.az) \(date.year)-\(ordinalSuffix(date.year)) il",
                      en: "\(date.day) \(month.en) \(date.year)")
    }

    /// The suffix Azerbaijani writes after an ordinal in figures (2010-cu, 2023-cü, 2026-cı):
    /// vowel harmony with the last vowel of the number's last word.
    static func ordinalSuffix(_ number: Int) -> String {
        let n = abs(number)
        let units = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"] // bir iki üç dörd beş altı yeddi səkkiz doqquz
        let tens = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"]  // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
        if n % 10 != 0 { return units[n % 10] }
        if n % 100 != 0 { return tens[(n / 10) % 10] }
        if n % 1000 != 0 { return "cü" } // yüz
        return n == 0 ? "cı" : "ci"      // sıfır, min
    }
}
