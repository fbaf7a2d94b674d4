import Domain
import Testing
import TerminalUI
@testable import Screens

/// Issue 12: when the session's user changes, the loop asks its watch before acting on a key,
/// and the app restarts as the new caller — unsaved forms kept first, the key that arrived
/// going to the notice, not to the old screen.
@Suite struct SessionRestartTests {
    typealias CounterPane = InterfaceLoopTests.CounterPane

    @Test func aKeyAfterTheUserChangedGoesToTheRebuiltScreenNotTheOldOne() {
        let old = CounterPane()
        let new = CounterPane()
        let app = App(context: AppContext(language: .en, login: "aysel", role: "administrator", databasePath: "/tmp/x.db"),
                      panes: [old])
        // "+" works on the old screen; then an administrator demotes aysel; the next "+" must not.
        let backend = TestBackend(width: 80, height: 24, events: [.key(.character("+")), .key(.character("+")),
                                                                  .key(.enter), .key(.character("+")), .key(.character("q"))])
        var asked: [Bool] = []
        var demoted = false
        let status = InterfaceLoop.run(app: app, terminal: backend, watch: { beforeKey in
            asked.append(beforeKey)
            guard beforeKey, asked.count == 2, !demoted else { return false }
            demoted = true
            var context = app.context
            context.role = "clerk"
            app.restart(context: context, panes: [new], notice: MessageDialog(title: "Your role changed", message: "clerk",
                                                                              buttons: ["OK"]))
            return true
        })
        #expect(status == 0)
        #expect(asked == [true, true, true, true, true], "asked before every key")
        #expect(old.count == 1, "the key that came after the change did not reach the old screen")
        #expect(old.draftsSaved == 1, "its unsaved form was kept as a draft")
        #expect(new.count == 1, "after the notice was closed, keys go to the new screen")
        #expect(backend.lastScreen.first?.contains("aysel (clerk)") == true)
    }
}
