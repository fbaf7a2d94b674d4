import Testing
@testable import Domain

/// The one rule that picks the language of the interface and of every command (issue 14).
@Suite struct LanguageTests {
    @Test("--lang, else STS_LANG, else LC_ALL, LC_MESSAGES, LANG starting with az, else English")
    func resolutionOrder() {
        #expect(Language.resolve(flag: nil, environment: [:]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "az_AZ.UTF-8"]) == .az)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8", "STS_LANG": "az"]) == .az)
        #expect(Language.resolve(flag: "en", environment: ["LANG": "az_AZ.UTF-8", "STS_LANG": "az"]) == .en)
        #expect(Language.resolve(flag: "az", environment: [:]) == .az)
        // A flag that is no language falls through to the environment (the command says it is wrong).
        #expect(Language.resolve(flag: "fr", environment: ["STS_LANG": "az"]) == .az)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "az_AZ.UTF-8", "LANG": "en_US.UTF-8"]) == .az)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "az_AZ.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LC_MESSAGES": "az_AZ.UTF-8", "LANG": "en_US.UTF-8"]) == .az)
    }

    @Test("An empty LC_ALL or LC_MESSAGES does not hide LANG (POSIX: empty means unset)")
    func emptyLocaleVariables() {
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "", "LANG": "az_AZ.UTF-8"]) == .az)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "az_AZ.UTF-8"]) == .az)
        #expect(Language.resolve(flag: nil, environment: ["STS_LANG": "", "LANG": "az_AZ.UTF-8"]) == .az)
    }
}
