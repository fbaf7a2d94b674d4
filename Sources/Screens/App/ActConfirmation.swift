import Domain
import TerminalUI

/// An official act that asks first (issue 15, "Official acts ask first"): the same
/// `MessageDialog` the certificate's `i` asks with (`PINLookupPane+Issue.swift`) says who, what
/// and on which paragraph; Enter on the act's button does it, Esc (or the cancel button)
/// cancels and nothing is written. Dismissal (4.10, 4.12), the Feedback inquiry's approval
/// and rejection (seed 000), the admission order (contract 2.1.1, 4.11) and a deadline marked
/// done or undone use it.
struct ActConfirmation {
    private(set) var dialog: MessageDialog
    private let act: () -> Void
    private let cancelled: () -> Void

    init(title: String, question: String, button: String, cancel: String, act: @escaping () -> Void,
         cancelled: @escaping () -> Void) {
        dialog = MessageDialog(title: title, message: question, buttons: [button, cancel])
        self.act = act
        self.cancelled = cancelled
    }

    /// Handles a key; false when the dialog closed (after doing the act, or cancelling).
    mutating func handle(_ key: Key) -> Bool {
        switch dialog.handle(key) {
        case .open: return true
        case .chose(0): act()
        case .chose, .dismissed: cancelled()
        }
        return false
    }

    func render(in area: Rect, grid: inout Grid) {
        grid.cursor = nil
        dialog.render(in: area, grid: &grid)
    }

    /// The footer while the question is open.
    static func hints(_ act: Phrase) -> [KeyHint] {
        [KeyHint("Enter", act), KeyHint("Esc", Phrases.actCancelKey)]
    }
}
