/// How often an idle screen asks its live list whether others changed the data (issue 16).
///
/// A single change by another session is shown at the next tick (about a second), as
/// before. While others keep changing the data tick after tick — an import commits many
/// times a second for minutes — every idle session re-querying and redrawing its list on
/// every tick made the idle sessions' CPU grow with sessions × ticks: 41 % of a core at 400
/// sessions, both cores full at 1 600 (BENCHMARKS.md, the 16:18 run). So after a tick that
/// found a change the next look waits twice as many ticks as the last one did, up to
/// `longestWait`; the first look that finds nothing new goes back to every tick. Changes
/// made meanwhile are not lost: the pane's `data_version` question answers for every commit
/// since it last asked, so the skipped ticks are coalesced into the next look.
///
/// Counted in ticks, not seconds, so the loop tests drive it with `TestBackend` events.
public struct RefreshPacer: Sendable, Equatable {
    /// The most ticks between two looks while changes keep coming (about 8 s).
    public static let longestWait = 8

    /// Ticks from one look to the next, now.
    public private(set) var wait = 1
    private var ticksSinceLook = 0

    public init() {}

    /// Called on each tick: true when the live list should be asked now.
    public mutating func tick() -> Bool {
        ticksSinceLook += 1
        guard ticksSinceLook >= wait else { return false }
        ticksSinceLook = 0
        return true
    }

    /// What the look found: a change waits longer before the next look, none looks every tick.
    public mutating func looked(foundChange: Bool) {
        wait = foundChange ? min(wait * 2, Self.longestWait) : 1
    }
}
