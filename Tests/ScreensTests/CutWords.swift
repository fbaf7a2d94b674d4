import TerminalUI

/// Finds text that a screen cut mid-word (issue 15 "nothing is cut mid-word at any size from
/// 80×24 up"): a word that runs into the right edge of the screen or of a box, or a word
/// shortened with "…" on a line that had room for the rest of it.
enum CutWords {
    /// Box edges a word may run into.
    static let edges: Set<Character> = ["│", "┐", "┘", "┤", "║"]

    /// One finding per cut, as "row N: …the line…".
    /// `wider` is the same screen drawn wider: a line that is the start of its wider
    /// self and stops inside a word there was cut by the edge (or a margin) it met.
    static func find(in lines: [String], wider: [String] = []) -> [String] {
        var found: [String] = []
        for (row, line) in lines.enumerated() {
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            if wider.indices.contains(row), let last = trimmed.last, last.isLetter || last.isNumber {
                let full = wider[row]
                if full.hasPrefix(trimmed), full.count > trimmed.count {
                    let next = full[full.index(full.startIndex, offsetBy: trimmed.count)]
                    if next.isLetter || next.isNumber {
                        found.append("row \(row) stops inside a word that goes on when wider: \(trimmed)")
                    }
                }
            }
            let cells = Array(line)
            guard !cells.isEmpty else { continue }
            func isWordy(_ i: Int) -> Bool { cells.indices.contains(i) && (cells[i].isLetter || cells[i].isNumber) }
            // Letters up to the last column (a date may end there whole; a word rarely does).
            if cells.count >= 2, cells[cells.count - 1].isLetter, cells[cells.count - 2].isLetter {
                found.append("row \(row) runs into the right edge: \(line)")
            }
            // A choice field "◂ value ▸" whose value was cut before its closing mark (a long
            // one may go on over the next rows, indented under its value).
            if let open = cells.firstIndex(of: "◂"), !cells[open...].contains("▸") {
                let closes = lines.dropFirst(row + 1).prefix(4).contains { next in
                    let rest = Array(next).dropFirst(open)
                    return rest.first == " " && rest.contains("▸")
                }
                if !closes { found.append("row \(row) cuts a choice: \(line)") }
            }
            for i in cells.indices {
                // A word that runs into a box's right edge.
                if edges.contains(cells[i]), isWordy(i - 1), isWordy(i - 2) {
                    found.append("row \(row) runs into a box edge at column \(i): \(line)")
                }
                // "Wor…" followed by a long stretch of nothing: the rest would have fitted.
                if cells[i] == "…", isWordy(i - 1) {
                    var blank = 0
                    var j = i + 1
                    while j < cells.count, cells[j] == " " { blank += 1; j += 1 }
                    let endsSegment = j == cells.count || edges.contains(cells[j])
                    if endsSegment, blank >= 12 {
                        found.append("row \(row) shortens a word at column \(i) with room to spare: \(line)")
                    }
                }
            }
        }
        return found
    }
}
