/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or one of 256.
public enum TerminalColor: Sendable, Hashable {
    case standard
    case indexed(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The nearest of the 8 basic colours, for terminals (screen, linux) that have only 8:
    /// a channel counts when it is near the strongest one, so dark blue stays blue and
    /// orange-yellow stays yellow; greys become black or white.
    public var basic: TerminalColor {
        guard case .indexed(let n) = self else { return self }
        if n < 8 { return self }
        if n < 16 { return .indexed(n - 8) }
        if n >= 232 { return .indexed((n - 232) * 10 + 8 < 90 ? 0 : 7) }
        let levels = [0, 95, 135, 175, 215, 255]
        let c = n - 16
        let rgb = [levels[c / 36], levels[(c / 6) % 6], levels[c % 6]]
        let strongest = rgb.max() ?? 0
        if strongest < 90 { return .indexed(0) }
        var bits = 0
        for (channel, value) in rgb.enumerated() where Double(value) >= Double(strongest) * 0.75 {
            bits |= 1 << channel
        }
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
