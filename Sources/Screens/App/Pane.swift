import Domain
import TerminalUI

/// Who is working and where: shown in the title bar and used by every screen.
public struct AppContext: Sendable {
    public var language: Language
    public var login: String
    public var role: String?
    public var databasePath: String

    public init(language: Language, login: String, role: String?, databasePath: String) {
        self.language = language
        self.login = login
        self.role = role
        self.databasePath = databasePath
    }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }
}

/// One line of the help overlay or the status bar: a key and what it does.
public struct KeyHint: Sendable {
    public let key: String
    public let action: Phrase

    public init(_ key: String, _ action: Phrase) {
        self.key = key
        self.action = action
    }
}

/// An area of the interface (a tab): it handles keys and draws itself into its rectangle.
/// Panes never talk to the terminal; they are tested by rendering into a grid.
public protocol Pane: AnyObject {
    var title: Phrase { get }
    /// The keys of this screen, for the help overlay.
    var keyHelp: [KeyHint] { get }
    /// The most useful keys, for the status bar.
    var statusHints: [KeyHint] { get }
    /// True while a text field has focus: then q and ? are letters, not commands.
    var capturesText: Bool { get }
    /// A one-line message for the status bar (an error, a notice), or nil.
    var statusMessage: (text: String, role: StyleRole)? { get }
    func handle(_ key: Key) -> HandlerResult
    func render(into grid: inout Grid, rect: Rect)
    /// Called about once a second while idle; returns true when the pane must be redrawn
    /// because another session changed the data.
    func poll() -> Bool
}
