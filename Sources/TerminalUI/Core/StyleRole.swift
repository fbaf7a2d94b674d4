/// What a piece of the screen *is*; a theme decides how it looks. No widget names a colour.
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
    case normal
    case title
    case tab
    case tabActive
    case header
    case selection
    case field
    case fieldFocused
    case fieldInvalid
    case label
    case warning
    case error
    case ok
    case hotkey
    case border
    case muted
    case statusBar
    case dialog
    case dialogTitle
}
