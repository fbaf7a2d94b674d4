import Domain

/// A single-line text field's content and cursor. The cursor moves by whole characters
/// (ə, ğ, İ are one step each, however many bytes they take).
public struct TextFieldState: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Cursor position, 0...characters.count.
    public private(set) var cursor: Int
    /// First character shown when the text is wider than the field.
    public private(set) var scroll: Int = 0
    public var maxLength: Int
    /// The whole text is selected (the PIN field after a search): the next typed character
    /// replaces it, Backspace or Delete clears it, a movement key just drops the selection.
    public var selectsAll = false

    public init(_ text: String = "", maxLength: Int = 200) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue); cursor = characters.count; scroll = 0; selectsAll = false }
    }

    /// Applies an editing key; `.ignored` for keys a field does not use (Tab, Enter, F-keys),
    /// so the form can use them.
    public mutating func handle(_ key: Key) -> HandlerResult {
        if selectsAll {
            switch key {
            case .character(let c) where !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }):
                text = ""
            case .backspace, .delete:
                text = ""
                return .redraw
            case .left, .right, .home, .end, .control:
                selectsAll = false
                if key == .left || key == .right { return .redraw }
            default:
                break
            }
        }
        switch key {
        case .character(let c):
            guard characters.count < maxLength, !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                return .handled
            }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return .handled }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return .handled }
            characters.remove(at: cursor)
        case .left:
            guard cursor > 0 else { return .handled }
            cursor -= 1
        case .right:
            guard cursor < characters.count else { return .handled }
            cursor += 1
        case .home, .control("a"):
            guard cursor != 0 else { return .handled }
            cursor = 0
        case .end, .control("e"):
            guard cursor != characters.count else { return .handled }
            cursor = characters.count
        case .control("u"):
            guard !characters.isEmpty else { return .handled }
            characters.removeAll()
            cursor = 0
        case .control("k"):
            guard cursor < characters.count else { return .handled }
            characters.removeSubrange(cursor...)
        default:
            return .ignored
        }
        return .redraw
    }

    /// The columns a character takes as the grid shows it: a hidden character (a pasted
    /// right-to-left override) is drawn as its visible escape `\u{202E}` (`ShownText`).
    static func shownWidth(_ character: Character) -> Int {
        let shown = ShownText.escaped(String(character))
        return shown.count == 1 ? TextWidth.of(character) : TextWidth.of(shown)
    }

    /// Draws the field in `rect` (one row) and places the grid's cursor when focused.
    public mutating func render(in rect: Rect, grid: inout Grid, focused: Bool, invalid: Bool = false) {
        guard rect.width > 0, rect.height > 0 else { return }
        let role: StyleRole = invalid ? .fieldInvalid : (focused ? .fieldFocused : .field)
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        // Keep the cursor visible: scroll so the text left of it fits in the width.
        if cursor < scroll { scroll = cursor }
        while scroll < cursor, characters[scroll..<cursor].reduce(0, { $0 + Self.shownWidth($1) }) > rect.width - 1 { scroll += 1 }
        var x = rect.x
        var cursorX = rect.x
        for index in scroll..<characters.count {
            if index == cursor { cursorX = x }
            let w = Self.shownWidth(characters[index])
            if x + w > rect.maxX { break }
            grid.put(String(characters[index]), x: x, y: rect.y, role: focused && selectsAll ? .selection : role,
                     limit: rect.maxX - x)
            x += w
        }
        if cursor == characters.count { cursorX = x }
        if focused { grid.cursor = (min(cursorX, rect.maxX - 1), rect.y) }
    }
}
