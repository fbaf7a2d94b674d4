import Testing
@testable import Domain

/// Names beside codes (issue 15): every ISO code the forms accept has a name in both
/// languages, and the type-ahead finds a country or language by its code or either name.
@Suite struct ISONamesTests {
    @Test func everyAcceptedCodeHasANameInBothLanguages() {
        for code in ISOCodes.countries {
            let name = ISONames.country(code)
            #expect(name != nil && name?.az.isEmpty == false && name?.en.isEmpty == false, "\(code)")
        }
        for code in LanguageCode.all {
            #expect(ISONames.language(code) != nil, "\(code)")
        }
    }

    @Test func namesReadAsPeopleSayThem() {
        #expect(ISONames.countryLabel("ru", .az) == "RU Rusiya")
        #expect(ISONames.countryLabel("RU", .en) == "RU Russia")
        #expect(ISONames.countryLabel("CN", .en) == "CN China")
        #expect(ISONames.languageLabel("ru", .az) == "ru rus dili")
        #expect(ISONames.languageLabel("kk", .en) == "kk Kazakh")
        #expect(ISONames.languageStem("kk").az == "qazax")
        #expect(ISONames.countryLabel("QQ", .en) == "QQ", "an unknown code stays itself")
    }

    @Test func typeAheadFindsByCodeOrEitherName() {
        #expect(ISONames.matching("tr", .country, .az).first?.code == "TR")
        #expect(ISONames.matching("Türk", .country, .az).first?.code == "TR")
        #expect(ISONames.matching("turk", .country, .en).first?.code == "TR")
        #expect(ISONames.matching("Rusiya", .country, .en).first?.code == "RU", "the Azerbaijani name works in English too")
        #expect(ISONames.matching("rus", .language, .az).first?.code == "ru")
        #expect(ISONames.matching("", .language, .az).count == LanguageCode.all.count)
    }
}
