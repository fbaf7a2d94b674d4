import Domain
import TerminalUI

/// A modal question inside a pane: a message dialog and what each button does.
struct PaneDialog {
    var dialog: MessageDialog
    var actions: [() -> Void]

    /// Handles a key; returns false when the dialog closed.
    mutating func handle(_ key: Key) -> Bool {
        switch dialog.handle(key) {
        case .open: return true
        case .chose(let index):
            if actions.indices.contains(index) { actions[index]() }
            return false
        case .dismissed: return false
        }
    }

    /// Esc on an open form: closes it at once when nothing was changed (nil), else the
    /// question whether to drop the typing, with `close` as its Discard.
    static func escape(from form: FormState, _ language: Language, close: @escaping () -> Void) -> PaneDialog? {
        guard form.isChanged else {
            close()
            return nil
        }
        return discardChanges(language, discard: close)
    }

    /// The keys of an open sub-form, one way everywhere: Esc closes it (asking first when it
    /// changed; `ask` gets the question), Enter or Ctrl-S saves, any other key edits it
    /// (`edit` gets the edited form back).
    static func formKeys(_ key: Key, _ form: FormState, _ language: Language, ask: (PaneDialog?) -> Void,
                         close: @escaping () -> Void, save: () -> Void, edit: (FormState) -> Void) -> HandlerResult {
        switch key {
        case .escape: ask(escape(from: form, language, close: close))
        case .enter, .control("s"): save()
        default:
            var edited = form
            let result = edited.handle(key)
            edit(edited)
            return result == .ignored ? .handled : result
        }
        return .redraw
    }

    /// Asked when Esc would close a changed form (issue 15: Esc used to drop the typing
    /// silently). "Keep editing" is first, so Enter or Esc on the question loses nothing.
    static func discardChanges(_ language: Language, discard: @escaping () -> Void) -> PaneDialog {
        PaneDialog(dialog: MessageDialog(title: Phrases.deskUnsavedTitle.text(language),
                                         message: Phrases.deskUnsavedQuestion.text(language),
                                         role: .warning,
                                         buttons: [Phrases.deskKeepEditing.text(language), Phrases.deskDiscard.text(language)]),
                   actions: [{}, discard])
    }
}
