import Domain
import Screens
import Storage
import TerminalUI

/// Keeps the open interface acting as the user the database says it is (issue 12): asked
/// before each key is acted on and on the idle tick, it rebuilds the areas for a changed
/// role or institution, and leaves a removed user with nothing but a notice and quitting.
enum SessionWatch {
    /// Returns the closure the run loop calls; true when the screen must be redrawn. On the
    /// idle tick only `PRAGMA data_version` is asked (a commit by another session); before a
    /// key also whether this session itself wrote (`CallerWatch.checkBeforeKey`), so that an
    /// administrator who demoted themselves in this very session loses the rights at their
    /// next key too — and the login's row is read only when either happened.
    static func make(app: App, database: Database, watch: CallerWatch) -> (Bool) -> Bool {
        return { beforeKey in
            let change: CallerWatch.Change?
            do {
                change = beforeKey ? try watch.checkBeforeKey() : try watch.check()
            } catch {
                // The question could not be asked (the database is busy or gone): keep the
                // session as it is; every action is still checked in Storage.
                return false
            }
            guard let change else { return false }
            apply(change, to: app, database: database)
            return true
        }
    }

    static func apply(_ change: CallerWatch.Change, to app: App, database: Database) {
        var context = app.context
        let language = context.language
        let ok = [Phrases.ok.text(language)]
        switch change {
        case .changed(let user):
            context.caller = Caller(user: user)
            context.role = user.role.phrase.text(language)
            let panes = (try? Areas.panes(context: context, database: database)) ?? []
            app.restart(context: context, panes: panes, notice: MessageDialog(
                title: Phrases.sessionChangedTitle.text(language),
                message: Phrases.sessionChanged(user.role.phrase, institution: user.institutionCode).text(language),
                role: .warning, buttons: ok))
        case .removed:
            context.caller = nil
            context.role = nil
            app.restart(context: context, panes: [], notice: MessageDialog(
                title: Phrases.sessionRemovedTitle.text(language),
                message: Phrases.sessionRemoved(context.login).text(language), role: .error, buttons: ok))
        }
    }
}
