import TerminalUI

/// The one loop that reads keys (htop's main loop, ratatui's `Terminal::draw` cycle): draw
/// when something changed, then block for the next event. It knows the terminal only as a
/// `TerminalBackend`, so tests drive it with `TestBackend`.
///
/// What each answer of `App.handle` does here: `.redraw` draws the next frame; `.handled` (a
/// layer used the key, nothing visible changed) and `.ignored` (no layer used it) draw
/// nothing, so a key that changes nothing costs neither a frame nor a byte to the terminal;
/// `.quit` ends the loop with 0. A tick draws only when the active pane noticed a change.
/// The active pane is asked on every tick while the data stays still; while others keep
/// changing it, less often (`RefreshPacer`: every 2, 4, then 8 ticks — issue 16, an idle
/// session must not re-query and redraw its list on every commit of a running import).
/// A signal or a hang-up keeps every unsaved form as a draft and ends with 128 + the signal
/// (129 for a hang-up, as SIGHUP).
///
/// `watch` is asked before each key is acted on (`beforeKey` true) and on each tick: it keeps
/// the session's rights those the database gives now (issue 12), and answers true when it
/// changed the screen. A key that arrives after the user lost a right therefore goes to the
/// rebuilt screen, never to the old one.
public enum InterfaceLoop {
    public static func run(app: App, terminal: TerminalBackend, onFirstFrame: () -> Void = {},
                           watch: (_ beforeKey: Bool) -> Bool = { _ in false }) -> Int32 {
        defer { terminal.stop() }
        var needsDraw = true
        var firstFrame = true
        var pacer = RefreshPacer()
        while true {
            if needsDraw {
                let size = terminal.size
                if app.takeFullRepaintRequest() { terminal.invalidate() }
                terminal.draw(app.render(width: size.width, height: size.height))
                needsDraw = false
                if firstFrame {
                    firstFrame = false
                    onFirstFrame()
                }
            }
            switch terminal.nextEvent() {
            case .key(let key):
                if watch(true) { needsDraw = true }
                switch app.handle(key) {
                case .quit: return 0
                case .redraw: needsDraw = true
                case .handled, .ignored: break
                }
            case .tick:
                if watch(false) { needsDraw = true }
                if pacer.tick() {
                    let changed = app.poll()
                    pacer.looked(foundChange: changed)
                    if changed { needsDraw = true }
                }
            case .signal(let number):
                app.saveDrafts()
                terminal.stop()
                return 128 + number
            case .hangup:
                app.saveDrafts()
                terminal.stop()
                return 129
            }
        }
    }
}
