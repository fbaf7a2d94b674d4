/// What waiting for input produced.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// Nothing happened within the timeout: the one cheap wake-up a second.
    case tick
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
    /// The terminal went away (an SSH connection dropped).
    case hangup
}

/// The seam between the interface and a terminal (ratatui's `Backend`): the size, drawing a
/// whole grid (the backend sends only what changed), and the next event. `NcursesTerminal`
/// is the real one; `TestBackend` records frames and plays events for tests of the run loop.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows `grid`; a backend sends only the cells that differ from the last frame.
    func draw(_ grid: Grid)
    /// Forgets what is on screen so the next draw repaints everything.
    func invalidate()
    /// Blocks until a key arrives, a second passes, a signal comes or the terminal hangs up.
    func nextEvent() -> TerminalEvent
    /// Restores the terminal; safe to call more than once.
    func stop()
}

/// A terminal in memory: plays a list of events, records every frame it is asked to draw.
/// When the events run out it reports a hang-up, so a loop under test always ends.
public final class TestBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public private(set) var frames: [Grid] = []
    public private(set) var invalidations = 0
    public private(set) var stopped = false
    private var events: [TerminalEvent]

    public init(width: Int, height: Int, events: [TerminalEvent]) {
        size = (width, height)
        self.events = events
    }

    /// The last frame drawn, as lines of text.
    public var lastScreen: [String] { frames.last.map { grid in (0..<grid.height).map { grid.line($0) } } ?? [] }

    public func draw(_ grid: Grid) { frames.append(grid) }
    public func invalidate() { invalidations += 1 }
    public func stop() { stopped = true }

    public func nextEvent() -> TerminalEvent {
        guard !events.isEmpty else { return .hangup }
        return events.removeFirst()
    }

    /// Changes the size before the next event, as a resized window would.
    public func resize(width: Int, height: Int) { size = (width, height) }
}
