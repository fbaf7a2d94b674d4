import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    @Test func parsesColoursBackgroundsAndAttributes() throws {
        let theme = try ThemeParser.parse("""
            # comment
            selection = black on cyan, bold
            fieldInvalid = 15 on 124 underline   # trailing comment
            title = bright-white on default
            """, name: "t", file: "t.theme", base: BuiltinThemes.defaultTheme)
        #expect(theme.style(.selection) == Style(foreground: .indexed(0), background: .indexed(6), bold: true))
        #expect(theme.style(.fieldInvalid) == Style(foreground: .indexed(15), background: .indexed(124), underline: true))
        #expect(theme.style(.title) == Style(foreground: .indexed(15), background: .standard))
        #expect(theme.style(.warning) == BuiltinThemes.defaultTheme.style(.warning))
    }

    @Test func aBrokenLineIsReportedWithFileAndLine() {
        let error = #expect(throws: ThemeParser.ParseError.self) {
            try ThemeParser.parse("normal = default\n\nwarning = purple\n", name: "x", file: "x.theme",
                                  base: BuiltinThemes.defaultTheme)
        }
        #expect(error?.description == "x.theme:3: unknown colour \"purple\" (use default, black, red, green, yellow, blue, magenta, cyan, white, bright-NAME or 0–255)")
        // The interface shows it in the user's language (issue 14).
        #expect(error?.phrase.az == "x.theme:3: naməlum rəng \"purple\" (default, black, red, green, yellow, blue, magenta, cyan, white, bright-AD və ya 0–255 yazın)")
        #expect(throws: ThemeParser.ParseError.self) {
            try ThemeParser.parse("selction = red", name: "x", file: "x.theme", base: BuiltinThemes.defaultTheme)
        }
        #expect(throws: ThemeParser.ParseError.self) {
            try ThemeParser.parse("error = 300", name: "x", file: "x.theme", base: BuiltinThemes.defaultTheme)
        }
    }

    @Test func twoHundredFiftySixColoursFallBackToTheNearestOfEight() {
        #expect(TerminalColor.indexed(44).basic == .indexed(6))   // cyan
        #expect(TerminalColor.indexed(124).basic == .indexed(1))  // dark red
        #expect(TerminalColor.indexed(220).basic == .indexed(3))  // yellow
        #expect(TerminalColor.indexed(24).basic == .indexed(4))   // blue
        #expect(TerminalColor.indexed(12).basic == .indexed(4))   // bright blue
        #expect(TerminalColor.standard.basic == .standard)
    }

    @Test func everyRoleHasAStyleInTheBuiltinThemes() {
        for role in StyleRole.allCases {
            #expect(BuiltinThemes.defaultTheme.styles[role] != nil, "default theme lacks \(role)")
            #expect(BuiltinThemes.monochrome.styles[role] != nil, "monochrome theme lacks \(role)")
        }
    }
}
