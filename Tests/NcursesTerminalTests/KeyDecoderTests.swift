import Testing
import TerminalUI
@testable import NcursesTerminal

@Suite struct KeyDecoderTests {
    @Test func textKeysIncludingAzerbaijaniLetters() {
        #expect(KeyDecoder.decode(character: 0x259) == .character("ə"))
        #expect(KeyDecoder.decode(character: 0x130) == .character("İ"))
        #expect(KeyDecoder.decode(character: UInt32(UnicodeScalar("q").value)) == .character("q"))
    }

    @Test func controlKeys() {
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 12) == .control("l"))
    }

    @Test func functionAndCursorKeys() {
        #expect(KeyDecoder.decode(keyCode: Int32(0o403)) == .up)      // KEY_UP
        #expect(KeyDecoder.decode(keyCode: Int32(0o402)) == .down)    // KEY_DOWN
        #expect(KeyDecoder.decode(keyCode: Int32(0o522)) == .pageDown) // KEY_NPAGE
        #expect(KeyDecoder.decode(keyCode: Int32(0o541)) == .backTab) // KEY_BTAB
        #expect(KeyDecoder.decode(keyCode: Int32(0o410 + 1)) == .function(1))
        #expect(KeyDecoder.decode(keyCode: Int32(0o410 + 10)) == .function(10))
        #expect(KeyDecoder.decode(keyCode: Int32(0o632)) == .resize)  // KEY_RESIZE
    }

    @Test func utf8CodesetNamesAreRecognised() {
        #expect(LocaleSetup.isUTF8("UTF-8"))
        #expect(LocaleSetup.isUTF8("utf8"))
        #expect(!LocaleSetup.isUTF8("ANSI_X3.4-1968"))
        #expect(!LocaleSetup.isUTF8("ISO-8859-1"))
    }
}
