import Domain
import Storage
import TerminalUI

/// What the registry screens share: labelled lines of details.
enum RegistryScreenSupport {
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
