/// The themes compiled in, so the program looks right even without its `Themes/` folder.
/// The files in `Themes/` use the same values and can be edited or copied.
public enum BuiltinThemes {
    public static let defaultTheme = Theme(name: "default", styles: [
        .normal: Style(),
        .title: Style(foreground: .indexed(15), background: .indexed(24), bold: true),
        .tab: Style(foreground: .indexed(250), background: .indexed(236)),
        .tabActive: Style(foreground: .indexed(16), background: .indexed(44), bold: true),
        .header: Style(foreground: .indexed(44), bold: true, underline: false),
        .selection: Style(foreground: .indexed(16), background: .indexed(44), bold: true),
        .field: Style(foreground: .indexed(252), background: .indexed(238)),
        .fieldFocused: Style(foreground: .indexed(16), background: .indexed(252)),
        .fieldInvalid: Style(foreground: .indexed(15), background: .indexed(124)),
        .label: Style(foreground: .indexed(110)),
        .warning: Style(foreground: .indexed(220), bold: true),
        .error: Style(foreground: .indexed(203), bold: true),
        .ok: Style(foreground: .indexed(114)),
        .hotkey: Style(foreground: .indexed(16), background: .indexed(44), bold: true),
        .border: Style(foreground: .indexed(242)),
        .muted: Style(foreground: .indexed(244)),
        .statusBar: Style(foreground: .indexed(252), background: .indexed(236)),
        .dialog: Style(foreground: .indexed(16), background: .indexed(252)),
        .dialogTitle: Style(foreground: .indexed(15), background: .indexed(24), bold: true),
    ])

    /// Attributes only: for NO_COLOR, terminals without colour, and the `monochrome` theme.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: Style(),
        .title: Style(reverse: true),
        .tab: Style(),
        .tabActive: Style(bold: true, reverse: true),
        .header: Style(bold: true, underline: true),
        .selection: Style(reverse: true),
        .field: Style(underline: true),
        .fieldFocused: Style(bold: true, underline: true),
        .fieldInvalid: Style(bold: true, reverse: true),
        .label: Style(),
        .warning: Style(bold: true),
        .error: Style(bold: true, underline: true),
        .ok: Style(),
        .hotkey: Style(bold: true, reverse: true),
        .border: Style(dim: true),
        .muted: Style(dim: true),
        .statusBar: Style(reverse: true),
        .dialog: Style(),
        .dialogTitle: Style(bold: true, reverse: true),
    ], usesColor: false)

    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default": return defaultTheme
        case "monochrome": return monochrome
        default: return nil
        }
    }
}
