import Domain
import Storage
import TerminalUI

/// What the registry screens share: errors as one status line a user can act on.
enum RegistryScreenSupport {
    static func message(for error: Error, _ context: AppContext) -> (text: String, role: StyleRole) {
        switch error {
        case let e as PermissionError: return (context.text(e.phrase), .error)
        case let e as ConflictError: return (context.text(e.phrase), .warning)
        case let e as ValidationError: return (e.field + ": " + context.text(e.reason), .error)
        default: return (context.text(Phrases.databaseProblem(String(describing: error))), .error)
        }
    }

    /// Draws labelled lines (label in the label role, value wrapped), from line `skip`;
    /// returns the number of lines there were in all.
    @discardableResult
    static func renderLines(_ lines: [(label: String, value: String)], skip: Int, in rect: Rect, grid: inout Grid,
                            labelWidth: Int) -> Int {
        var rows: [(String, String, Bool)] = []
        let valueWidth = max(4, rect.width - labelWidth - 3)
        for line in lines {
            if line.value.isEmpty {
                rows.append((line.label, "", true))
                continue
            }
            for (i, part) in Frame.wrap(line.value, width: valueWidth).enumerated() {
                rows.append((i == 0 ? line.label : "", part, false))
            }
        }
        for (i, row) in rows.dropFirst(skip).prefix(rect.height).enumerated() {
            let y = rect.y + i
            if row.2 {
                grid.put(row.0, x: rect.x + 1, y: y, role: .header, limit: rect.width - 1)
            } else {
                grid.put(row.0.fitted(to: labelWidth), x: rect.x + 1, y: y, role: .label)
                grid.put(row.1, x: rect.x + 2 + labelWidth, y: y, role: .normal, limit: valueWidth)
            }
        }
        return rows.count
    }
}
