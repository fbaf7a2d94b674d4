import Domain

/// Reads the theme format documented in `Themes/README.md`:
///
///     # comment
///     color = yes              (optional; `no` makes an attributes-only theme)
///     selection = black on cyan, bold
///     fieldInvalid = white on 124 underline
///
/// A role name, `=`, then an optional foreground colour, optionally `on` and a background,
/// then attributes (bold, underline, reverse, dim). Colours: default, the eight names,
/// `bright-` + a name, or a number 0–255.
public enum ThemeParser {
    /// A problem in a theme file, with the line it is on; the reason in both languages.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let reason: Phrase

        /// `file:line: reason`, for the interface's message.
        public var phrase: Phrase {
            Phrase(az: "\(file):\(line): \(reason.az)", en: "\(file):\(line): \(reason.en)")
        }
        public var description: String { phrase.en }
    }

    public static func parse(_ text: String, name: String, file: String, base: Theme) throws(ParseError) -> Theme {
        var styles = base.styles
        var usesColor = true
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmed
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw ParseError(file: file, line: lineNumber, reason: Phrases.themeExpectedRole(trimmed))
            }
            let key = parts[0].trimmed
            let value = parts[1].trimmed
            if key == "color" {
                switch value {
                case "yes": usesColor = true
                case "no": usesColor = false
                default: throw ParseError(file: file, line: lineNumber, reason: Phrases.themeColorYesNo(value))
                }
                continue
            }
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ParseError(file: file, line: lineNumber, reason: Phrases.themeUnknownRole(key, known: known))
            }
            do {
                styles[role] = try parseStyle(value)
            } catch let reason {
                throw ParseError(file: file, line: lineNumber, reason: reason.phrase)
            }
        }
        return Theme(name: name, styles: styles, usesColor: usesColor)
    }

    struct Reason: Error { let phrase: Phrase }

    static func parseStyle(_ text: String) throws(Reason) -> Style {
        var style = Style()
        let words = text.replacingComma().split(separator: " ").map(String.init)
        var index = 0
        var sawForeground = false
        while index < words.count {
            let word = words[index].lowercased()
            switch word {
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "dim": style.dim = true
            case "on":
                guard index + 1 < words.count else { throw Reason(phrase: Phrases.themeOnNeedsColour) }
                index += 1
                style.background = try color(words[index])
            default:
                guard !sawForeground else { throw Reason(phrase: Phrases.themeUnexpected(words[index])) }
                style.foreground = try color(words[index])
                sawForeground = true
            }
            index += 1
        }
        return style
    }

    static func color(_ word: String) throws(Reason) -> TerminalColor {
        let lowered = word.lowercased()
        if lowered == "default" { return .standard }
        if let n = Int(lowered) {
            guard (0...255).contains(n) else { throw Reason(phrase: Phrases.themeColourOutside(n)) }
            return .indexed(n)
        }
        if lowered.hasPrefix("bright-"), let i = TerminalColor.names.firstIndex(of: String(lowered.dropFirst(7))) {
            return .indexed(i + 8)
        }
        if let i = TerminalColor.names.firstIndex(of: lowered) { return .indexed(i) }
        throw Reason(phrase: Phrases.themeUnknownColour(word))
    }
}

extension StringProtocol {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func replacingComma() -> String { String(map { $0 == "," ? " " : $0 }) }
}
