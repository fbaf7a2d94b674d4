import Domain
import Testing

@Suite struct AzerbaijaniSearchKeyTests {
    func key(_ text: String) -> String { AzerbaijaniText.searchKey(text) }

    @Test func caseFollowsAzerbaijaniRules() {
        #expect(AzerbaijaniText.lowercased("İSMAYILOV") == "ismayılov")
        #expect(AzerbaijaniText.uppercased("ismayılov") == "İSMAYILOV")
    }

    @Test func spellingsPeopleTypeMeetTheRegistrySpelling() {
        let mammadov = key("Məmmədov")
        for spelling in ["Mammadov", "MAMMADOV", "Mamedov", "Мамедов", "Mämmädov"] { #expect(key(spelling) == mammadov, "\(spelling)") }
        #expect(mammadov.hasPrefix(key("məmməd")))
        for spelling in ["Huseynov", "Guseynov", "Гусейнов", "HÜSEYNOV"] { #expect(key(spelling) == key("Hüseynov"), "\(spelling)") }
        #expect(key("Aliyev") == key("Əliyev"))
        #expect(key("Aliev") == key("Əliyev"))
        #expect(key("Ismayilov") == key("İsmayılov"))
        #expect(key("Shahin") == key("Şahin"))
        #expect(key("Chingiz") == key("Çingiz"))
        #expect(key("Toghrul") == key("Toğrul"))
        #expect(key("Khalilov") == key("Xəlilov"))
        #expect(key("Guliyev") == key("Quliyev"))
        #expect(key("Hu\u{308}seynov") == key("Hüseynov"))
        #expect(key("Babaev") == key("Babayev"))
        #expect(key("Бабаев") == key("Babayeva").dropLast())
        #expect(key("Rzaev") == key("Rzayev"))
        #expect(key("Mustafaev") == key("Mustafayev"))
        #expect(key("Ismailov") == key("İsmayılov"))
        #expect(key("Haydarov") == key("Heydərov"))
    }

    @Test func aPrefixTypedHalfWayStillMatches() {
        for (typed, stored) in [("Baba", "Babayev"), ("Babay", "Babayev"), ("Husey", "Hüseynov"), ("Ali", "Əliyev"),
                                ("Aliy", "Əliyev"), ("Məmməd", "Məmmədov"), ("Ismay", "İsmayılov")] {
            #expect(key(stored).hasPrefix(key(typed)), "\(typed) → \(key(typed)), \(stored) → \(key(stored))")
        }
    }

    @Test func separatorsBecomeOneSpace() {
        #expect(key("  Hüseyn   oğlu ") == "gusain oglu")
        #expect(key("Al-Jabouri") == "al cabouri")
    }

    @Test func prefixUpperBoundIsJustAboveEveryExtension() throws {
        let bound = try #require(AzerbaijaniText.prefixUpperBound("mam"))
        #expect(bound == "man")
        #expect("mamadov" < bound && "mam" < bound && "man" >= bound)
    }

    @Test func sortKeyFollowsTheAlphabet() {
        let names = ["Zeynalov", "Əliyev", "Abbasov", "Çələbiyev", "Ismayılov", "İbrahimov", "Cavadov"]
        let sorted = names.sorted { AzerbaijaniText.sortKey($0) < AzerbaijaniText.sortKey($1) }
        #expect(sorted == ["Abbasov", "Cavadov", "Çələbiyev", "Əliyev", "Ismayılov", "İbrahimov", "Zeynalov"])
    }
}
