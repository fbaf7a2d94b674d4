/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or one of 256.
public enum TerminalColor: Sendable, Hashable {
    case standard
    case indexed(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The nearest of the 8 basic colours, for terminals (screen, linux) that have only 8.
    public var basic: TerminalColor {
        guard case .indexed(let n) = self else { return self }
        if n < 8 { return self }
        if n < 16 { return .indexed(n - 8) }
        let rgb: (Int, Int, Int)
        if n >= 232 {
            let level = (n - 232) * 10 + 8
            return .indexed(level < 60 ? 0 : level < 180 ? 7 : 7)
        } else {
            let c = n - 16
            rgb = (c / 36, (c / 6) % 6, c % 6) // each 0...5
        }
        let bits = (rgb.0 >= 3 ? 1 : 0) | (rgb.1 >= 3 ? 2 : 0) | (rgb.2 >= 3 ? 4 : 0)
        if bits == 0 && (rgb.0 + rgb.1 + rgb.2) >= 6 { return .indexed(7) }
        return .indexed(bits)
    }
}

/// How one role looks.
public struct Style: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: TerminalColor = .standard, background: TerminalColor = .standard,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// Maps every role to a style. Roles a theme file does not mention keep the default's look.
public struct Theme: Sendable {
    public let name: String
    public private(set) var styles: [StyleRole: Style]
    /// True for a theme that uses attributes only (monochrome, NO_COLOR).
    public let usesColor: Bool

    public init(name: String, styles: [StyleRole: Style], usesColor: Bool = true) {
        self.name = name
        self.styles = styles
        self.usesColor = usesColor
    }

    public func style(_ role: StyleRole) -> Style { styles[role] ?? Style() }

    public mutating func set(_ role: StyleRole, _ style: Style) { styles[role] = style }
}
