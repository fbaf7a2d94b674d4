import Domain
import Storage
import TerminalUI

extension AppContext {
    /// The status line for an error: the words of `UserFacing.message(for:log:)` (the one
    /// mapping, shared with the command line) in the interface language, red for an error and
    /// yellow for a warning (a conflicting save). Database failures go to the error log.
    public func message(for error: Error) -> StatusMessage {
        let message = UserFacing.message(for: error, log: errorLog)
        return StatusMessage(text(message.phrase), message.severity == .warning ? .warning : .error)
    }
}
