/// One field of a form: a labelled text field, a choice among fixed options, or a yes/no.
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text(TextFieldState)
        /// Options shown by label; `selected` is an index into `options`.
        case choice(options: [String], selected: Int)
        case toggle(Bool)
    }

    /// A stable name the screen uses to read the value (not shown).
    public let id: String
    public var label: String
    public var kind: Kind
    /// Why the current value is refused, shown under the field in the error colour.
    public var error: String?
    /// A short hint shown after the field (format, example).
    public var hint: String?
    public var isRequired: Bool

    public init(id: String, label: String, kind: Kind, hint: String? = nil, isRequired: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.hint = hint
        self.isRequired = isRequired
    }

    public static func text(_ id: String, _ label: String, value: String = "", maxLength: Int = 120,
                            hint: String? = nil, required: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .text(TextFieldState(value, maxLength: maxLength)), hint: hint,
                  isRequired: required)
    }

    public static func choice(_ id: String, _ label: String, options: [String], selected: Int = 0,
                              hint: String? = nil) -> FormField {
        FormField(id: id, label: label, kind: .choice(options: options, selected: selected), hint: hint)
    }

    public static func toggle(_ id: String, _ label: String, value: Bool = false, hint: String? = nil) -> FormField {
        FormField(id: id, label: label, kind: .toggle(value), hint: hint)
    }

    /// The text of a text field, the label of the chosen option, or "yes"/"no".
    public var value: String {
        switch kind {
        case .text(let field): return field.text
        case .choice(let options, let selected): return options.indices.contains(selected) ? options[selected] : ""
        case .toggle(let on): return on ? "yes" : "no"
        }
    }

    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }
}

/// A vertical form: labels on the left, fields on the right, one focused field. Tab,
/// Shift-Tab, ↑ and ↓ move between fields; a text field takes the typing keys; a choice
/// changes with ← → or Space; a toggle with Space. Enter and Esc are left to the screen
/// (save, cancel). Long forms scroll to keep the focused field visible.
public struct FormState: Sendable, Equatable {
    public var fields: [FormField]
    public private(set) var focus: Int = 0
    private var scroll: Int = 0
    /// The values when the form was opened: what `isChanged` compares with.
    private var opened: [String]

    public init(_ fields: [FormField]) {
        self.fields = fields
        opened = fields.map(\.value)
    }

    /// True when a value differs from what the form held when it was opened (or last marked
    /// unchanged): then Esc asks before it drops the typing (issue 15).
    public var isChanged: Bool { fields.map(\.value) != opened }

    /// The values now shown are the saved ones (after a save that keeps the form open).
    public mutating func markUnchanged() { opened = fields.map(\.value) }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }
    /// True when the focused field takes letters (so q and ? are typed, not commands).
    public var capturesText: Bool { focusedField?.isText ?? false }

    public func value(_ id: String) -> String { fields.first { $0.id == id }?.value ?? "" }

    public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    public mutating func setValue(_ id: String, _ text: String) {
        guard let i = index(of: id) else { return }
        switch fields[i].kind {
        case .text(var field):
            field.text = text
            fields[i].kind = .text(field)
        case .choice(let options, _):
            if let selected = options.firstIndex(of: text) { fields[i].kind = .choice(options: options, selected: selected) }
        case .toggle:
            fields[i].kind = .toggle(text == "yes" || text == "true" || text == "1")
        }
    }

    public mutating func setError(_ id: String, _ message: String?) {
        guard let i = index(of: id) else { return }
        fields[i].error = message
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    /// Selects the whole text of a text field: the next typed character replaces it.
    public mutating func selectAll(_ id: String) {
        guard let i = index(of: id), case .text(var field) = fields[i].kind else { return }
        field.selectsAll = !field.text.isEmpty
        fields[i].kind = .text(field)
    }

    /// Moves the focus to a field (for example the first one a save refused).
    public mutating func focus(on id: String) {
        if let i = index(of: id) { focus = i }
    }

    public mutating func handle(_ key: Key) -> HandlerResult {
        guard !fields.isEmpty else { return .ignored }
        switch key {
        case .tab, .down:
            guard focus + 1 < fields.count else { return key == .tab ? wrap(to: 0) : .handled }
            focus += 1
            selectIfFull()
            return .redraw
        case .backTab, .up:
            guard focus > 0 else { return key == .backTab ? wrap(to: fields.count - 1) : .handled }
            focus -= 1
            selectIfFull()
            return .redraw
        default:
            break
        }
        switch fields[focus].kind {
        case .text(var field):
            let result = field.handle(key)
            if result == .redraw {
                fields[focus].kind = .text(field)
                fields[focus].error = nil
            }
            return result
        case .choice(let options, let selected):
            guard !options.isEmpty else { return .ignored }
            switch key {
            case .right, .character(" "):
                fields[focus].kind = .choice(options: options, selected: (selected + 1) % options.count)
            case .left:
                fields[focus].kind = .choice(options: options, selected: (selected + options.count - 1) % options.count)
            default:
                return .ignored
            }
            fields[focus].error = nil
            return .redraw
        case .toggle(let on):
            guard key == .character(" ") || key == .left || key == .right else { return .ignored }
            fields[focus].kind = .toggle(!on)
            fields[focus].error = nil
            return .redraw
        }
    }

    private mutating func wrap(to index: Int) -> HandlerResult {
        guard index != focus else { return .handled }
        focus = index
        selectIfFull()
        return .redraw
    }

    /// A text field reached with Tab or an arrow that is already full — a prefilled date, a FİN —
    /// is selected, so what is typed replaces it instead of being dropped at the length limit
    /// without a sign. A field with room keeps its text and the cursor at its end.
    private mutating func selectIfFull() {
        guard case .text(var field) = fields[focus].kind, !field.text.isEmpty,
              field.text.count >= field.maxLength else { return }
        field.selectsAll = true
        fields[focus].kind = .text(field)
    }

    /// Rows each field takes: one (a long choice more), plus one for an error.
    private func height(of field: FormField, room: Int) -> Int {
        Self.choiceLines(field, room: room).count + (field.error == nil ? 0 : 1)
    }

    /// A choice's whole value, "◂ value ▸", on as many rows of `room` columns as it needs
    /// (issue 15: never cut); one row for any other field.
    static func choiceLines(_ field: FormField, room: Int) -> [String] {
        guard case .choice(let options, let selected) = field.kind else { return [""] }
        let value = options.indices.contains(selected) ? options[selected] : ""
        let whole = "◂ " + value + " ▸"
        guard TextWidth.of(whole) > room, room > 6 else { return [whole] }
        let lines = Frame.wrap(value, width: room - 4)
        return lines.enumerated().map { i, line in
            (i == 0 ? "◂ " : "  ") + line + (i == lines.count - 1 ? " ▸" : "")
        }
    }

    /// Draws the form; `yes`/`no` are the words shown for toggles. A form taller than `rect`
    /// keeps its last row to say how many fields are below (or above, scrolled to the end;
    /// issue 15): `more(count, below)` words it, "▼ +3" / "▲ +3" when the screen gives none.
    public mutating func render(in rect: Rect, grid: inout Grid, focused: Bool = true, labelWidth: Int = 24,
                                yes: String = "yes", no: String = "no",
                                more: ((_ count: Int, _ below: Bool) -> String)? = nil) {
        guard !rect.isEmpty else { return }
        // Labels take the room they need up to a third of the width, so a long one (Azerbaijani
        // "Diplomun verilmə tarixi *") is not cut while there is room.
        let longestLabel = fields.map { TextWidth.of($0.label) + ($0.isRequired ? 2 : 0) }.max() ?? 0
        let labelW = min(max(labelWidth, longestLabel), max(labelWidth, rect.width / 3), max(8, rect.width / 3))
        let fieldX = rect.x + labelW + 2
        let wide = rect.maxX - fieldX - 1
        let overflows = rect.height > 1 && fields.reduce(0, { $0 + height(of: $1, room: wide) }) > rect.height
        let bottom = overflows ? rect.maxY - 1 : rect.maxY
        // Scroll so the focused field (and its error line) is visible.
        if focus < scroll { scroll = focus }
        while scroll < focus, fields[scroll...focus].reduce(0, { $0 + height(of: $1, room: wide) }) > bottom - rect.y {
            scroll += 1
        }
        // Fields give up width (down to 20) so their hints fit whole; a hint that still does
        // not fit is left out rather than cut mid-word.
        let longestHint = fields.compactMap(\.hint).map { TextWidth.of($0) }.max() ?? 0
        let room = rect.maxX - fieldX - 1
        let fieldW = max(4, min(48, longestHint > 0 ? max(20, room - longestHint - 1) : room, room))
        var y = rect.y
        var shown = scroll
        for index in scroll..<fields.count where y < bottom {
            shown = index + 1
            var field = fields[index]
            var skipHint = false
            let isFocused = focused && index == focus
            let label = field.label + (field.isRequired ? " *" : "")
            grid.put(label.fitted(to: labelW), x: rect.x, y: y, role: isFocused ? .header : .label)
            let invalid = field.error != nil
            switch field.kind {
            case .text(var state):
                state.render(in: Rect(x: fieldX, y: y, width: fieldW, height: 1), grid: &grid, focused: isFocused,
                             invalid: invalid)
                field.kind = .text(state)
                fields[index] = field
            case .choice:
                // Wider than the field: it takes the hint's place, then more rows.
                let role: StyleRole = invalid ? .fieldInvalid : (isFocused ? .fieldFocused : .field)
                let lines = Self.choiceLines(field, room: wide)
                let width = max(fieldW, lines.map { TextWidth.of($0) }.max() ?? 0)
                for (i, line) in lines.enumerated() where y + i < bottom {
                    grid.fill(Rect(x: fieldX, y: y + i, width: width, height: 1), role: role)
                    grid.put(line, x: fieldX, y: y + i, role: role, limit: width)
                }
                if width > fieldW { y += lines.count; skipHint = true }
            case .toggle(let on):
                let role: StyleRole = invalid ? .fieldInvalid : (isFocused ? .fieldFocused : .field)
                grid.put((on ? "[x] " + yes : "[ ] " + no).fitted(to: min(fieldW, 12)), x: fieldX, y: y, role: role)
            }
            if skipHint {
                y -= 1
            } else if let hint = field.hint, fieldX + fieldW + 1 + TextWidth.of(hint) <= rect.maxX {
                grid.put(hint, x: fieldX + fieldW + 1, y: y, role: .muted)
            }
            y += 1
            if let error = field.error, y < bottom {
                grid.put("↳ " + error, x: fieldX, y: y, role: .error, limit: rect.maxX - fieldX)
                y += 1
            }
        }
        guard overflows else { return }
        // A field cut by the bottom counts as below: its rest is not on screen.
        let below = fields.count - shown + (y > bottom ? 1 : 0)
        let count = below > 0 ? below : scroll
        guard count > 0 else { return }
        grid.fill(Rect(x: rect.x, y: bottom, width: rect.width, height: 1), role: .normal)
        let text = more?(count, below > 0) ?? ((below > 0 ? "▼ +" : "▲ +") + String(count))
        grid.put(text, x: rect.x, y: bottom, role: .muted, limit: rect.width)
    }
}
