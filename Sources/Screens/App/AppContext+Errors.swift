import Domain
import Storage
import TerminalUI

extension AppContext {
    /// The status line for an error: the words of `UserFacing.message(for:log:)` (the one
    /// mapping, shared with the command line) in the interface language, red for an error and
    /// yellow for a warning (a conflicting save). Failures of the store go to the error log.
    public func message(for error: Error) -> StatusMessage {
        let message = UserFacing.message(for: error, log: errorLog)
        return StatusMessage(text(message.phrase), message.severity == .warning ? .warning : .error)
    }

    /// A read for a screen: its result, or `fallback` with the reason put in `problem` (the
    /// status line), so that a failed read never passes for an empty list or no draft.
    public func read<T>(_ body: () throws -> T, else fallback: T, problem: inout StatusMessage?) -> T {
        do { return try body() } catch {
            problem = message(for: error)
            return fallback
        }
    }
}
