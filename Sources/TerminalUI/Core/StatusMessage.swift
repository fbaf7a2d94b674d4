/// A message for the status line: what happened (a refusal, a saved record, a notice) and
/// how it reads (`error`, `warning`, `ok` …). Screens keep at most one, cleared by the next
/// key; the App draws it, wrapped over as many lines as it needs, never cut mid-word.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }

    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, .error) }
    public static func warning(_ text: String) -> StatusMessage { StatusMessage(text, .warning) }
    public static func ok(_ text: String) -> StatusMessage { StatusMessage(text, .ok) }
}
