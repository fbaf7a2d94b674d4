import CNcursesw
import Foundation
import TerminalUI

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    case unknownTerminal(String)
    case notATerminal
    /// The terminal cannot move the cursor (TERM=dumb, a printing terminal): a full screen
    /// cannot be drawn on it.
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term):
            return term.isEmpty
                ? "TERM is not set; set it to your terminal's type (for example TERM=xterm-256color)"
                : "unknown terminal type \"\(term)\"; set TERM to your terminal's type (e.g. xterm-256color)"
        case .notATerminal:
            return "standard input and output must be a terminal for the full-screen interface"
        case .cannotAddressCursor(let term):
            return "TERM=\(term) cannot move the cursor, which the full screen needs; "
                + "set TERM to your terminal's type (e.g. xterm-256color)"
        }
    }
}

/// The only code that talks to ncurses: copies a `Grid` to the screen (only the cells that
/// changed, then one `doupdate`, so ncurses sends the least it can over SSH) and reads keys.
public final class NcursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var previous: Grid?
    private var cursorVisible = false
    private var stopped = false
    private var pairs: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]
    private var quickErrors = 0
    public let colorCount: Int

    /// Sets the locale, opens the terminal with `newterm` (an unknown TERM is an error, not
    /// an exit), and installs the signal handlers that let every exit path restore it.
    public init(theme: Theme) throws(TerminalError) {
        try Self.checkUsable()
        LocaleSetup.apply()
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        // newterm writes its own complaint to stderr for an unknown TERM; check first.
        guard let screen = sts_newterm() else { throw TerminalError.unknownTerminal(term) }
        self.screen = screen
        sts_install_signal_handlers()
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        intrflush(sts_stdscr(), false)
        keypad(sts_stdscr(), true)
        curs_set(0)
        wtimeout(sts_stdscr(), 1000)
        var colors = 0
        if has_colors() && theme.usesColor {
            start_color()
            use_default_colors()
            colors = Int(sts_colors())
        }
        colorCount = colors
        configure(theme: theme)
    }

    deinit { stop() }

    /// Whether the full screen can be drawn here, asked before anything else is done (before
    /// a demo database is made): standard input and output a terminal, TERM set, known, and
    /// able to address the cursor (`cup`). Nothing is written to the terminal.
    public static func checkUsable() throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalError.unknownTerminal(term) }
        switch sts_terminal_addresses_cursor(term) {
        case 1: return
        case 0: throw TerminalError.cannotAddressCursor(term)
        default: throw TerminalError.unknownTerminal(term)
        }
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(sts_cols()), Int(sts_lines()))
    }

    /// Maps each role of the theme to attributes and a colour pair. With 8 colours the
    /// 256-colour choices fall back to the nearest basic colour; without colour, attributes.
    public func configure(theme: Theme) {
        pairs.removeAll()
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role)
            var attrs = sts_attr_normal()
            if style.bold { attrs |= sts_attr_bold() }
            if style.underline { attrs |= sts_attr_underline() }
            if style.reverse { attrs |= sts_attr_reverse() }
            if style.dim { attrs |= sts_attr_dim() }
            var pair: Int16 = 0
            if colorCount >= 8, Int(sts_color_pairs()) > index + 1 {
                pair = Int16(index + 1)
                init_pair(pair, color(style.foreground), color(style.background))
            } else if colorCount < 8, style.background != .standard, !style.reverse {
                // No colours: a coloured background (selection, title bar) becomes reverse video.
                attrs |= sts_attr_reverse()
            }
            pairs[role] = (attrs, pair)
        }
        previous = nil
    }

    private func color(_ color: TerminalColor) -> Int16 {
        switch color {
        case .standard: return -1
        case .indexed(let n):
            if colorCount >= 256 { return Int16(n) }
            if colorCount >= 16, n < 16 { return Int16(n) }
            if case .indexed(let basic) = color.basic { return Int16(basic) }
            return -1
        }
    }

    /// Copies the grid to the screen. Cells equal to the last frame are not touched, and a
    /// frame equal to the last one sends nothing at all.
    public func draw(_ grid: Grid) {
        guard !stopped else { return }
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if let previous, !full, previous == grid { return }
        if full { werase(sts_stdscr()) }
        var text = [wchar_t](repeating: 0, count: 8)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell,
                   x + 1 >= grid.width || previous[x + 1, y] == grid[x + 1, y] { continue }
                var count = 0
                for scalar in cell.character.unicodeScalars where count < 5 {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                text[count] = 0
                let style = pairs[cell.role] ?? (sts_attr_normal(), 0)
                // The last cell of the screen cannot be written without scrolling on some
                // terminals; ncurses reports ERR there but draws it — ignore the result.
                _ = sts_put_cell(Int32(y), Int32(x), text, style.attrs, style.pair)
            }
        }
        if let cursor = grid.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(sts_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wrefresh(sts_stdscr())
        previous = grid
    }

    /// Forgets what is on screen so the next draw repaints everything (after a resize).
    public func invalidate() {
        previous = nil
        clearok(sts_stdscr(), true)
    }

    /// Blocks until a key arrives, a second passes, a signal comes or the terminal hangs up.
    /// Never spins: an idle session sleeps in the kernel.
    public func nextEvent() -> TerminalEvent {
        let signal = sts_take_signal()
        if signal != 0 { return .signal(signal) }
        var character: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let status = wget_wch(sts_stdscr(), &character)
        let pending = sts_take_signal()
        if pending != 0 { return .signal(pending) }
        if status == sts_err() {
            // A read that fails at once, before its timeout, may be a terminal that is gone;
            // a normal timeout needs no further system call (an idle wake-up stays cheap).
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            guard elapsed < 500_000_000 else {
                quickErrors = 0
                return .tick
            }
            if sts_input_hung_up(0) != 0 { return .hangup }
            quickErrors += 1
            return quickErrors >= 5 ? .hangup : .tick
        }
        quickErrors = 0
        if status == sts_key_code_yes() {
            if let key = KeyDecoder.decode(keyCode: Int32(character)) {
                if key == .resize { invalidate() }
                return .key(key)
            }
            return .tick
        }
        return KeyDecoder.decode(character: UInt32(character)).map(TerminalEvent.key) ?? .tick
    }

    /// Restores the terminal. Safe to call more than once and from every exit path.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        sts_flush_stdout()
    }
}
