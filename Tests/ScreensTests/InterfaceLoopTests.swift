import Domain
import Testing
import TerminalUI
@testable import Screens

/// The run loop driven through `TestBackend` (issue 14): no terminal needed, every answer of
/// `App.handle` checked by the frames the loop asks the backend to draw.
@Suite struct InterfaceLoopTests {
    /// A pane that counts: `+` changes what it shows, `.` is used but changes nothing, other
    /// keys are not its own; its poll reports a change when told to; it keeps drafts.
    final class CounterPane: Pane {
        var count = 0
        var changedByOthers = false
        var draftsSaved = 0
        var title: Phrase { Phrase(az: "Sayğac", en: "Counter") }
        var keyHelp: [KeyHint] { [] }
        var statusHints: [KeyHint] { [] }
        var capturesText: Bool { false }
        var statusMessage: StatusMessage? { nil }
        func handle(_ key: Key) -> HandlerResult {
            switch key {
            case .character("+"): count += 1; return .redraw
            case .character("."): return .handled
            default: return .ignored
            }
        }
        func render(into grid: inout Grid, rect: Rect) {
            _ = grid.put("count \(count)", x: rect.x, y: rect.y, role: .normal)
        }
        func poll() -> Bool {
            defer { changedByOthers = false }
            if changedByOthers { count += 100 }
            return changedByOthers
        }
        func saveDraft() { draftsSaved += 1 }
    }

    private func app(_ pane: CounterPane) -> App {
        App(context: AppContext(language: .en, login: "aygun", role: "ssac", databasePath: "/tmp/x.db"), panes: [pane])
    }

    @Test func aKeyThatChangesSomethingDrawsOneFrameAndOneThatChangesNothingDrawsNone() {
        let pane = CounterPane()
        let backend = TestBackend(width: 80, height: 24,
                                  events: [.key(.character(".")), .key(.character("x")), .key(.character("+")), .key(.character("q"))])
        var firstFrames = 0
        let status = InterfaceLoop.run(app: app(pane), terminal: backend, onFirstFrame: { firstFrames += 1 })
        #expect(status == 0, "q quits with 0")
        #expect(backend.frames.count == 2, "the first frame and the one after +; '.' (handled) and 'x' (ignored) draw nothing")
        #expect(backend.lastScreen.contains { $0.hasPrefix("count 1") })
        #expect(firstFrames == 1)
        #expect(backend.stopped, "the terminal is restored")
        #expect(pane.draftsSaved == 0, "a normal quit keeps no draft")
    }

    @Test func aResizeDrawsTheWholeScreenAtTheNewSize() {
        let pane = CounterPane()
        let backend = TestBackend(width: 100, height: 30, events: [.key(.resize), .key(.function(10))])
        let loopApp = app(pane)
        // The window shrinks before the resize key arrives, as SIGWINCH does.
        let shrinking = ShrinkingBackend(inner: backend, after: 0, to: (80, 24))
        #expect(InterfaceLoop.run(app: loopApp, terminal: shrinking) == 0)
        #expect(backend.frames.map { "\($0.width)x\($0.height)" } == ["100x30", "80x24"])
        let lines = backend.lastScreen
        #expect(lines.count == 24 && lines.allSatisfy { $0.count <= 80 })
        #expect(lines[0].hasPrefix(" STS — Student Tracking System"), "the title bar is redrawn at 80 columns")
    }

    @Test func aTickDrawsOnlyWhenAnotherSessionChangedTheData() {
        let pane = CounterPane()
        let backend = TestBackend(width: 80, height: 24, events: [.tick, .tick, .key(.character("q"))])
        let loopApp = app(pane)
        var ticks = 0
        let changing = EventHook(inner: backend) { event in
            if event == .tick { ticks += 1; pane.changedByOthers = ticks == 2 }
        }
        _ = InterfaceLoop.run(app: loopApp, terminal: changing)
        #expect(backend.frames.count == 2, "the first frame, and one after the tick that saw a change")
        #expect(backend.lastScreen.contains { $0.hasPrefix("count 100") })
    }

    @Test func aHangupOrASignalKeepsTheDraftsAndEndsWithTheSignalsStatus() {
        let pane = CounterPane()
        let hungUp = TestBackend(width: 80, height: 24, events: [.key(.character("+")), .hangup])
        #expect(InterfaceLoop.run(app: app(pane), terminal: hungUp) == 129)
        #expect(pane.draftsSaved == 1)
        #expect(hungUp.stopped)
        let terminated = TestBackend(width: 80, height: 24, events: [.signal(15)])
        #expect(InterfaceLoop.run(app: app(pane), terminal: terminated) == 143)
        #expect(pane.draftsSaved == 2)
    }

    @Test func controlLRepaintsFromScratch() {
        let pane = CounterPane()
        let backend = TestBackend(width: 80, height: 24, events: [.key(.control("l")), .key(.character("q"))])
        _ = InterfaceLoop.run(app: app(pane), terminal: backend)
        #expect(backend.invalidations == 1)
        #expect(backend.frames.count == 2)
    }

    /// Passes everything to `inner`, changing its size after `after` events.
    final class ShrinkingBackend: TerminalBackend {
        let inner: TestBackend
        var left: Int
        let newSize: (Int, Int)
        init(inner: TestBackend, after: Int, to size: (Int, Int)) {
            self.inner = inner
            left = after
            newSize = size
        }
        var size: (width: Int, height: Int) { inner.size }
        func draw(_ grid: Grid) { inner.draw(grid) }
        func invalidate() { inner.invalidate() }
        func stop() { inner.stop() }
        func nextEvent() -> TerminalEvent {
            if left == 0 { inner.resize(width: newSize.0, height: newSize.1) }
            left -= 1
            return inner.nextEvent()
        }
    }

    /// Passes everything to `inner` and shows each event to `hook` first.
    final class EventHook: TerminalBackend {
        let inner: TestBackend
        let hook: (TerminalEvent) -> Void
        init(inner: TestBackend, hook: @escaping (TerminalEvent) -> Void) {
            self.inner = inner
            self.hook = hook
        }
        var size: (width: Int, height: Int) { inner.size }
        func draw(_ grid: Grid) { inner.draw(grid) }
        func invalidate() { inner.invalidate() }
        func stop() { inner.stop() }
        func nextEvent() -> TerminalEvent {
            let event = inner.nextEvent()
            hook(event)
            return event
        }
    }
}
