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

/// A part of the interface that answers keys and draws itself into its rectangle, and never
/// talks to the terminal (it is tested by rendering into a grid). One shape for every screen
/// (issue 14): an area of the tab line is a `Pane` (a component with a title); a section of the
/// applicant workspace is a `DeskSection` (a component whose open sub-form can be a draft).
public protocol Component: AnyObject {
    /// The keys of this screen, for the help overlay.
    var keyHelp: [KeyHint] { get }
    /// The most useful keys, for the status bar.
    var statusHints: [KeyHint] { get }
    /// True while a text field has focus: then q and ? are letters, not commands.
    var capturesText: Bool { get }
    /// The message for the status line (an error, a notice), or nil; cleared by the next key.
    var statusMessage: StatusMessage? { get }
    /// True while a form holds typing that is not saved: then q asks before quitting (and
    /// keeps it as a draft), as Esc asks before it drops the form (issue 15).
    var hasUnsavedChanges: Bool { get }
    func handle(_ key: Key) -> HandlerResult
    func render(into grid: inout Grid, rect: Rect)
    /// Called about once a second while idle, and when the screen is shown again: reads what
    /// changed (another session's commit, a save in another area); true when it must be
    /// redrawn.
    func poll() -> Bool
    /// The session is ending without a normal quit (SSH dropped, SIGTERM): keep any unsaved
    /// form as a draft so the next session of this login can offer it back.
    func saveDraft()
}

extension Component {
    public var hasUnsavedChanges: Bool { false }
    public func saveDraft() {}
}

/// An area of the interface: a component with its name on the tab line.
public protocol Pane: Component {
    var title: Phrase { get }
}
