import Testing
@testable import Domain

private func key(_ text: String) -> String { AzerbaijaniText.searchKey(text) }

@Suite struct AzerbaijaniTextTests {
    @Test("Məmmədov is found from Mammadov, MAMMADOV, Mamedov", arguments: ["Mammadov", "MAMMADOV", "Mamedov",
                                                                          "məmmədov", "MƏMMƏDOV"])
    func mammadov(query: String) {
        #expect(key(query) == key("Məmmədov"))
    }

    @Test("məmməd is a prefix of the key of Məmmədov")
    func mammadPrefix() {
        #expect(key("Məmmədov").hasPrefix(key("məmməd")))
        #expect(key("Məmmədova").hasPrefix(key("Mammad")))
    }

    @Test("Hüseynov is found from Huseynov and Guseynov", arguments: ["Huseynov", "Guseynov", "HÜSEYNOV"])
    func huseynov(query: String) {
        #expect(key(query) == key("Hüseynov"))
    }

    @Test("Əliyev is found from Aliyev (and Aliev)", arguments: ["Aliyev", "Aliev", "ƏLİYEV"])
    func aliyev(query: String) {
        #expect(key(query) == key("Əliyev"))
    }

    @Test("İsmayılov is found from Ismayilov", arguments: ["Ismayilov", "ISMAYILOV", "İSMAYILOV", "ismayılov"])
    func ismayilov(query: String) {
        #expect(key(query) == key("İsmayılov"))
    }

    @Test("different names keep different keys")
    func distinct() {
        #expect(key("Məmmədov") != key("Əliyev"))
        #expect(key("Həsənov") != key("Hüseynov"))
    }

    @Test("Azerbaijani case rules: I ↔ ı, İ ↔ i")
    func caseRules() {
        #expect(AzerbaijaniText.lowercased("İSMAYILOV") == "ismayılov")
        #expect(AzerbaijaniText.uppercased("ismayılov") == "İSMAYILOV")
    }

    @Test("separators fold to one space")
    func separators() {
        #expect(key("Məmmədov  Əli--Vəli") == key("Mammadov Ali Vali"))
        #expect(!key(" Əli ").hasPrefix(" "))
    }

    @Test("a whole name's sort key joined from its parts' keys is the key of the whole name")
    func joinedSortKeys() {
        let names = [("Məmmədova", "İlahə", "Qılınc qızı"), ("Işıqlı", "Çingiz", ""), ("O'Brien-Əliyev", "Ülviyyə", "Şükür oğlu")]
        for (surname, name, father) in names {
            var joined: [UInt8] = []
            AzerbaijaniText.joinSortKeys(Array(AzerbaijaniText.sortKey(surname).utf8), Array(AzerbaijaniText.sortKey(name).utf8),
                                         Array(AzerbaijaniText.sortKey(father).utf8), into: &joined)
            #expect(String(decoding: joined, as: UTF8.self) == AzerbaijaniText.sortKey(surname + " " + name + " " + father))
        }
    }
}
