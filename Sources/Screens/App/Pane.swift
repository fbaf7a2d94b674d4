import Domain
import Storage
import TerminalUI

/// Who is working and where: shown in the title bar and used by every screen.
public struct AppContext {
    public var language: Language
    public var login: String
    /// The role as shown in the title bar.
    public var role: String?
    public var databasePath: String
    /// On whose behalf screens call the repositories (permissions are checked there);
    /// nil for a login that is not a user of this database.
    public var caller: Caller?
    /// "Today" for deadlines and decisions; fixed in tests.
    public var today: CivilDate
    /// Where failures that are not the user's to act on are written for the administrator
    /// (`message(for:)`); nil in tests that do not look at it.
    public var errorLog: ErrorLog?

    public init(language: Language, login: String, role: String?, databasePath: String, caller: Caller? = nil,
                today: CivilDate = .today(), errorLog: ErrorLog? = nil) {
        self.language = language
        self.login = login
        self.role = role
        self.databasePath = databasePath
        self.caller = caller
        self.today = today
        self.errorLog = errorLog
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
    var statusMessage: StatusMessage? { get }
    func handle(_ key: Key) -> HandlerResult
    func render(into grid: inout Grid, rect: Rect)
    /// Called about once a second while idle; returns true when the pane must be redrawn
    /// because another session changed the data.
    func poll() -> Bool
    /// The session is ending without a normal quit (SSH dropped, SIGTERM): keep any unsaved
    /// form as a draft so the next session of this login can offer it back.
    func saveDraft()
}

extension Pane {
    public func saveDraft() {}
}
