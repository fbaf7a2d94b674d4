import Testing
@testable import Domain

@Suite struct PINTests {
    @Test("a FİN is trimmed and upper-cased", arguments: [("5ABC12D", "5ABC12D"), (" 5abc12d ", "5ABC12D"),
                                                         ("7zz9x2b", "7ZZ9X2B")])
    func accepted(raw: String, value: String) throws {
        #expect(try PIN.parse(raw).get().value == value)
    }

    @Test("refused with the reason")
    func refused() {
        #expect(PIN.parse("") == .failure(.empty))
        #expect(PIN.parse("   ") == .failure(.empty))
        #expect(PIN.parse("5ABC12") == .failure(.length(6)))
        #expect(PIN.parse("5ABC12DE") == .failure(.length(8)))
        #expect(PIN.parse("5ABC1O2") == .failure(.letterIorO("O")))
        #expect(PIN.parse("5ABC1I2") == .failure(.letterIorO("I")))
        #expect(PIN.parse("5abc1i2") == .failure(.letterIorO("I")))
        #expect(PIN.parse("5ABC1İ2") == .failure(.letterIorO("İ")))
        #expect(PIN.parse("5AB-12D") == .failure(.character("-")))
        #expect(PIN.parse("5ABÇ12D") == .failure(.character("Ç")))
    }

    @Test("messages say why")
    func messages() {
        #expect(PIN.Invalid.length(6).phrase.en == "a PIN has 7 characters, this one has 6")
        #expect(PIN.Invalid.character("\u{1B}").phrase.en.contains("U+001B"))
    }

    @Test("the throwing initialiser")
    func throwing() throws {
        #expect(try PIN("5abc12d").description == "5ABC12D")
        #expect(throws: PIN.Invalid.self) { try PIN("O000000") }
    }
}
