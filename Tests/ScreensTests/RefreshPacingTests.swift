import Domain
import Testing
import TerminalUI
@testable import Screens

/// The idle wake-up under a stream of others' commits (issue 16), driven through
/// `TestBackend` ticks: no clock, each `.tick` stands for the second the terminal waited.
/// Uses `InterfaceLoopTests.CounterPane`, whose poll adds 100 to what it shows when another
/// session changed the data since it was last asked (changes made meanwhile are kept until
/// then, as `PRAGMA data_version` keeps them).
@Suite struct RefreshPacingTests {
    private func app(_ pane: InterfaceLoopTests.CounterPane) -> App {
        App(context: AppContext(language: .en, login: "aygun", role: "ssac", databasePath: "/tmp/x.db"), panes: [pane])
    }

    /// Runs `ticks` ticks then `q`; `changes(tick)` says whether another session committed
    /// during that second. Returns the frames drawn and the screen's count at the end.
    private func run(ticks: Int, changes: @escaping (Int) -> Bool) -> (frames: [Int], shown: Int) {
        let pane = InterfaceLoopTests.CounterPane()
        let backend = TestBackend(width: 80, height: 24,
                                  events: Array(repeating: TerminalEvent.tick, count: ticks) + [.key(.character("q"))])
        var tick = 0
        var drawnAt: [Int] = []
        var framesBefore = 0
        let hooked = InterfaceLoopTests.EventHook(inner: backend) { event in
            // The frame drawn after the previous tick belongs to that tick.
            if backend.frames.count > framesBefore { drawnAt.append(tick); framesBefore = backend.frames.count }
            guard event == .tick else { return }
            tick += 1
            if changes(tick) { pane.changedByOthers = true }
        }
        #expect(InterfaceLoop.run(app: app(pane), terminal: hooked) == 0)
        if backend.frames.count > framesBefore { drawnAt.append(tick) }
        return (drawnAt, pane.count)
    }

    @Test func aListThatKeepsChangingIsRedrawnEvery2Then4Then8TicksNotOnEveryTick() {
        // An import commits during every one of 40 seconds.
        let (frames, shown) = run(ticks: 40) { _ in true }
        // The first frame (tick 0), then looks at ticks 1, 3, 7, 15, 23, 31, 39.
        #expect(frames == [0, 1, 3, 7, 15, 23, 31, 39], "redrawn 7 times in 40 s instead of 40")
        #expect(shown == 700)
        #expect(RefreshPacer.longestWait == 8)
    }

    @Test func aSingleChangeAfterQuietIsShownAtTheNextTick() {
        // Nothing for 5 s, one save at second 6, nothing after.
        let (frames, shown) = run(ticks: 10) { $0 == 6 }
        #expect(frames == [0, 6], "shown the same second, as before pacing")
        #expect(shown == 100)
    }

    @Test func whenTheChangesStopTheLastOnesAreShownAndThenEveryTickIsLookedAtAgain() {
        // An import commits during the first 10 s; one clerk saves at second 27.
        let (frames, shown) = run(ticks: 30) { $0 <= 10 || $0 == 27 }
        // Looks at 1, 3 and 7 find changes; the one at 15 shows those of seconds 8–10 in one
        // redraw; the one at 23 finds nothing, so from then on every tick looks again and
        // the save at 27 is shown at 27.
        #expect(frames == [0, 1, 3, 7, 15, 27])
        #expect(shown == 500)
    }
}
