/// Name and institution lists for synthetic data: common Azerbaijani names (listed roughly
/// from the most to the least frequent) and real-sounding institutions and majors.
enum DemoNames {
    static let maleNames = [
        "Əli", "Məmməd", "Hüseyn", "Rəşad", "Elçin", "Orxan", "Tural", "Kamran", "Nicat", "Ramil",
        "Elvin", "Fərid", "Cavid", "Samir", "Vüsal", "İlqar", "Rüstəm", "Şahin", "Emin", "Anar",
        "Ülvi", "Tofiq", "Namiq", "Zaur", "Əziz", "Rauf", "İsmayıl", "Həsən", "Səbuhi", "Murad",
        "Ceyhun", "Toğrul", "Nurlan", "Elnur", "Aqil", "Qəşəm", "Xəyyam", "Yusif", "İlkin", "Fuad",
        "Cəlil", "Vaqif", "Mübariz", "Şamil", "Əkbər", "Ağasəf", "Çingiz", "Ülfət", "Oqtay", "Bəhruz",
    ]
    static let femaleNames = [
        "Aysel", "Günel", "Leyla", "Nərmin", "Səbinə", "Aynur", "Lalə", "Şəbnəm", "Türkan", "Gülnar",
        "Könül", "Ülkər", "Nigar", "Sevinc", "Aytən", "Fidan", "Xədicə", "Zəhra", "Günay", "Aygün",
        "Məleykə", "İlahə", "Nərgiz", "Rəna", "Çiçək", "Səidə", "Ləman", "Dilarə", "Əminə", "Şəhla",
        "Gülşən", "Arzu", "Pərvanə", "Samirə", "Vüsalə", "Həcər", "Ofelya", "Qumru", "Jalə", "Mehriban",
    ]
    /// Male forms; the female form adds "a" (Məmmədova, Əliyeva).
    static let surnames = [
        "Məmmədov", "Əliyev", "Hüseynov", "Həsənov", "Quliyev", "İsmayılov", "Abdullayev", "Rəhimov",
        "Nəsirov", "Cəfərov", "Qasımov", "Kərimov", "Şükürov", "Bağırov", "Vəliyev", "Mustafayev",
        "Süleymanov", "Əhmədov", "Rzayev", "Səfərov", "Orucov", "Nəbiyev", "Babayev", "Qurbanov",
        "Hacıyev", "Zeynalov", "İbrahimov", "Xəlilov", "Musayev", "Məlikov", "Sadıqov", "Hümbətov",
        "Ağayev", "Qəhrəmanov", "Tağıyev", "Paşayev", "Şirinov", "Əsgərov", "Novruzov", "Çələbiyev",
        "Yusifov", "Ələkbərov", "Cavadov", "Fərzəliyev", "Ömərov", "Əzizov", "Bayramov", "Allahverdiyev",
        "Eyvazov", "Talıbov", "Göyüşov", "Şıxəliyev", "Dadaşov", "Heydərov", "Mirzəyev", "Sultanov",
        "Vəzirov", "Xudiyev", "Salmanov", "Ölməzov",
    ]

    struct InstitutionSeed {
        let code: String
        let name: String
        let city: String
        let levels: [String]
    }

    static let institutions: [InstitutionSeed] = [
        InstitutionSeed(code: "BDU", name: "Bakı Dövlət Universiteti", city: "Bakı", levels: ["bachelor", "master", "doctorate"]),
        InstitutionSeed(code: "ADNSU", name: "Azərbaycan Dövlət Neft və Sənaye Universiteti", city: "Bakı", levels: ["bachelor", "master", "doctorate"]),
        InstitutionSeed(code: "ATU", name: "Azərbaycan Tibb Universiteti", city: "Bakı", levels: ["bachelor", "master", "residency"]),
        InstitutionSeed(code: "UNEC", name: "Azərbaycan Dövlət İqtisad Universiteti", city: "Bakı", levels: ["bachelor", "master"]),
        InstitutionSeed(code: "ADPU", name: "Azərbaycan Dövlət Pedaqoji Universiteti", city: "Bakı", levels: ["bachelor", "master"]),
        InstitutionSeed(code: "AZTU", name: "Azərbaycan Texniki Universiteti", city: "Bakı", levels: ["bachelor", "master"]),
        InstitutionSeed(code: "GDU", name: "Gəncə Dövlət Universiteti", city: "Gəncə", levels: ["bachelor", "master"]),
        InstitutionSeed(code: "SDU", name: "Sumqayıt Dövlət Universiteti", city: "Sumqayıt", levels: ["bachelor", "master"]),
        InstitutionSeed(code: "BTK", name: "Bakı Tibb Kolleci", city: "Bakı", levels: ["secondary-specialised"]),
        InstitutionSeed(code: "BDRNK", name: "Bakı Dövlət Rabitə və Nəqliyyat Kolleci", city: "Bakı", levels: ["secondary-specialised"]),
        InstitutionSeed(code: "ŞDPK", name: "Şəki Dövlət Pedaqoji Kolleci", city: "Şəki", levels: ["secondary-specialised"]),
    ]

    static func englishName(_ code: String) -> String {
        [
            "BDU": "Baku State University", "ADNSU": "Azerbaijan State Oil and Industry University",
            "ATU": "Azerbaijan Medical University", "UNEC": "Azerbaijan State University of Economics",
            "ADPU": "Azerbaijan State Pedagogical University", "AZTU": "Azerbaijan Technical University",
            "GDU": "Ganja State University", "SDU": "Sumgait State University", "BTK": "Baku Medical College",
            "BDRNK": "Baku State College of Communication and Transport", "ŞDPK": "Shaki State Pedagogical College",
        ][code] ?? ""
    }

    static let majors: [(code: String, name: String)] = [
        ("050509", "Kompüter elmləri"), ("050407", "Maliyyə"), ("050403", "Biznesin idarə edilməsi"),
        ("050201", "Hüquqşünaslıq"), ("050101", "Riyaziyyat"), ("050301", "Tarix"),
        ("050624", "Neft-qaz mühəndisliyi"), ("050913", "Müalicə işi"), ("050114", "Filologiya"),
        ("050610", "İnşaat mühəndisliyi"), ("050405", "İqtisadiyyat"), ("050118", "Beynəlxalq münasibətlər"),
        ("050104", "Fizika"), ("050111", "İbtidai sinif müəllimliyi"), ("050633", "Energetika mühəndisliyi"),
        ("050920", "Əczaçılıq"), ("050615", "Kimya mühəndisliyi"), ("050305", "Jurnalistika"),
    ]
}
