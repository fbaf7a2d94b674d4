import Domain

/// A rectangle on the grid, in cells.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func inset(by n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }

    /// Splits off the top `n` rows: (top, rest).
    public func splitTop(_ n: Int) -> (Rect, Rect) {
        let h = min(n, height)
        return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Splits off the bottom `n` rows: (rest, bottom).
    public func splitBottom(_ n: Int) -> (Rect, Rect) {
        let h = min(n, height)
        return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
    }

    /// Splits off the left `n` columns: (left, rest).
    public func splitLeft(_ n: Int) -> (Rect, Rect) {
        let w = min(n, width)
        return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// A rectangle of the given size centred in this one (clipped to it).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

/// One terminal cell: a grapheme (base character and its combining marks) and its role.
/// The cell right of a wide character is a continuation and holds no text.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var role: StyleRole
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// The in-memory screen every widget draws into. Only the terminal backend copies it out.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a focused text field), or nil to hide it.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    /// Fills a rectangle with blanks of one role.
    public mutating func fill(_ rect: Rect, role: StyleRole, character: Character = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x] = Cell(character, role: role) }
        }
    }

    /// Writes text at (x, y), clipped to `limit` columns (default: to the grid's edge) and
    /// showing hidden characters as visible escapes (`ShownText`, issue 12). A wide character that does not fit whole is not drawn
    /// in half. Returns the number of columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let maxX = min(width, x + (limit ?? width))
        var column = x
        for character in ShownText.escaped(text) {
            let w = TextWidth.of(character)
            if w == 0 {
                // A lone combining mark with no base in this cell run: attach to the previous cell.
                if column > x, column - 1 < width, column - 1 >= 0 {
                    var previous = self[column - 1, y]
                    if !previous.isContinuation {
                        previous.character = Character(String(previous.character) + String(character))
                        self[column - 1, y] = previous
                    }
                }
                continue
            }
            if column + w > maxX { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(character, role: role)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell(" ", role: role, isContinuation: true)
                }
            }
            column += w
        }
        return column - x
    }

    /// Overwriting half of a wide character blanks its other half, so no stale half remains.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", role: self[x - 1, y].role)
        } else if TextWidth.of(cell.character) == 2, x + 1 < width {
            self[x + 1, y] = Cell(" ", role: cell.role)
        }
    }

    /// The text of one row (continuation cells skipped, trailing blanks kept), for tests.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<width where !self[x, y].isContinuation { out.append(self[x, y].character) }
        return out
    }

    /// Every row, trailing blanks trimmed: what a test compares with expected lines.
    public var lines: [String] {
        (0..<height).map { y in
            var text = line(y)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The role of every cell of a row, for tests that check colour.
    public func roles(_ y: Int) -> [StyleRole] { (0..<width).map { self[$0, y].role } }
}

extension String {
    /// Pads with spaces or cuts (with an ellipsis) to exactly `width` columns.
    public func fitted(to width: Int) -> String {
        guard width > 0 else { return "" }
        let w = TextWidth.of(self)
        if w <= width { return self + String(repeating: " ", count: width - w) }
        var out = ""
        var used = 0
        for character in self {
            let cw = TextWidth.of(character)
            if used + cw > width - 1 { break }
            out.append(character)
            used += cw
        }
        return out + "…" + String(repeating: " ", count: max(0, width - used - 1))
    }
}
