/// Text that must not be cut mid-word (issue 15): a line shortened with "…" when it does not
/// fit, or wrapped onto as many rows as it needs.
extension Grid {
    /// Draws `text` in at most `width` columns; text that does not fit ends in "…", so a cut
    /// is never mistaken for a whole word. Returns the columns used.
    @discardableResult
    public mutating func putFitted(_ text: String, x: Int, y: Int, role: StyleRole, width: Int) -> Int {
        guard width > 0 else { return 0 }
        let shown = TextWidth.of(text) <= width ? text : String(text.fitted(to: width).reversed().drop { $0 == " " }.reversed())
        return put(shown, x: x, y: y, role: role, limit: width)
    }

    /// Draws `text` word-wrapped from row `y` down, at most `maxRows` rows (the last one
    /// ending in "…" if more was left); returns the rows used.
    @discardableResult
    public mutating func putWrapped(_ text: String, x: Int, y: Int, role: StyleRole, width: Int, maxRows: Int = .max) -> Int {
        guard width > 0, maxRows > 0 else { return 0 }
        var lines = Frame.wrap(text, width: width)
        if lines.count > maxRows {
            let rest = lines[(maxRows - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(maxRows - 1)) + [rest]
        }
        for (i, line) in lines.enumerated() {
            putFitted(line, x: x, y: y + i, role: role, width: width)
        }
        return lines.count
    }

    /// How many rows `putWrapped` would take.
    public static func wrappedRows(_ text: String, width: Int) -> Int {
        width > 0 ? Frame.wrap(text, width: width).count : 0
    }
}
