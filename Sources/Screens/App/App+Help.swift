import Domain
import TerminalUI

extension App {
    /// The F1 overlay: this screen's keys, the keys everywhere, the areas. A key's meaning
    /// wraps under itself, never cut (issue 15: the lines were cut at 80×24); a help longer
    /// than the window scrolls with ↑ ↓ PgUp PgDn Home End, and its bottom edge says so.
    func renderHelp(into grid: inout Grid, area: Rect) {
        let global: [KeyHint] = [
            KeyHint("F1  ?", Phrases.helpKeyHelp),
            KeyHint("F10  q", Phrases.helpKeyQuit),
            KeyHint(panes.count >= 10 ? "1…9 0" : "1…\(max(1, panes.count))", Phrases.helpKeyAreas),
            KeyHint("Tab  Shift-Tab", Phrases.helpKeyFocus),
            KeyHint("Ctrl-L", Phrases.helpKeyRedraw),
        ]
        let local = activePane?.keyHelp ?? []
        let keyWidth = (global + local).map { TextWidth.of($0.key) }.max() ?? 8
        let width = max(20, min(area.width - 2, 76))
        let textWidth = width - 4
        let meaningWidth = max(10, textWidth - keyWidth - 2)
        func keyLines(_ hints: [KeyHint]) -> [(String, StyleRole)] {
            hints.flatMap { hint -> [(String, StyleRole)] in
                Frame.wrap(context.text(hint.action), width: meaningWidth).enumerated().map { i, part in
                    ((i == 0 ? hint.key.fitted(to: keyWidth) : String(repeating: " ", count: keyWidth)) + "  " + part, .dialog)
                }
            }
        }
        var lines: [(String, StyleRole)] = [(context.text(Phrases.keysThisScreen), .header)]
        lines += keyLines(local)
        lines.append(("", .dialog))
        lines.append((context.text(Phrases.keysEverywhere), .header))
        lines += keyLines(global)
        if panes.count > 1 {
            let areas = panes.enumerated().map { "\(($0.offset + 1) % 10)\u{00A0}" + context.text($0.element.title) }
            lines.append(("", .dialog))
            lines.append((context.text(Phrases.areasTitle), .header))
            lines += Frame.wrap(areas.joined(separator: "   "), width: textWidth).map { ($0, .dialog) }
        }
        lines.append(("", .dialog))
        lines += Frame.wrap(context.text(Phrases.helpFooter), width: textWidth).map { ($0, .muted) }
        let height = min(area.height, lines.count + 2)
        let box = area.centered(width: width, height: height)
        grid.fill(box, role: .dialog)
        Frame.box(box, title: context.text(Phrases.helpTitle), grid: &grid, role: .dialog, titleRole: .dialogTitle)
        let rows = max(0, height - 2)
        let first = helpScroll.lines(total: lines.count, window: rows)
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            grid.put(line.0, x: box.x + 2, y: box.y + 1 + i, role: line.1 == .header ? .dialogTitle : line.1,
                     limit: box.width - 4)
        }
        if lines.count > rows {
            let more = " " + context.text(first + rows < lines.count ? Phrases.helpMoreBelow : Phrases.helpMoreAbove) + " "
            if TextWidth.of(more) <= box.width - 4 {
                grid.put(more, x: box.maxX - 2 - TextWidth.of(more), y: box.maxY - 1, role: .dialogTitle)
            }
        }
    }
}
