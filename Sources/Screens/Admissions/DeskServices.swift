import Domain
import Foundation
import Storage
import TerminalUI

/// Everything the desk screens use: the repositories, on behalf of the caller, and "today".
public final class DeskServices {
    public let context: AppContext
    public let database: Database
    public let applicants: SQLiteApplicantRepository
    public let desk: DeskRepository
    /// The registry as the caller may read it (a clerk: their own institution's records).
    public var registry: SQLiteRegistryRepository {
        get throws { SQLiteRegistryRepository(database: database, browsingAs: try caller()) }
    }
    public let drafts: SQLiteDraftRepository
    public let settings: SQLiteSettingsRepository
    /// Where contracts and reports are written (the working directory by default).
    public var exportDirectory: String

    public init(context: AppContext, database: Database,
                exportDirectory: String = FileManager.default.currentDirectoryPath) {
        self.context = context
        self.database = database
        applicants = SQLiteApplicantRepository(database: database)
        desk = DeskRepository(database: database)
        drafts = SQLiteDraftRepository(database: database)
        settings = SQLiteSettingsRepository(database: database)
        self.exportDirectory = exportDirectory
    }

    /// Why the last read a desk screen made failed (a refusal, a database problem), shown on
    /// the status line until the next key, so that it does not pass for an empty list.
    public var readProblem: StatusMessage?

    /// A read for a screen: its result, or `fallback` with the reason kept in `readProblem`.
    public func read<T>(_ body: () throws -> T, else fallback: T) -> T {
        do { return try body() } catch {
            readProblem = message(for: error)
            return fallback
        }
    }

    /// Keeps a form as the caller's draft; when it cannot, the status line says so (the
    /// clerk would otherwise trust a draft that is not there). Returns whether it was kept.
    @discardableResult
    public func keepDraft(form: String, subject: String, fields: [String: String]) -> Bool {
        do {
            try drafts.save(form: form, subject: subject, fields: fields, by: caller())
            return true
        } catch {
            readProblem = StatusMessage(text(Phrases.deskDraftNotKept(describe(error))), .warning)
            return false
        }
    }

    public var today: CivilDate { context.today }
    public var language: Language { context.language }
    public func text(_ phrase: Phrase) -> String { phrase.text(context.language) }

    /// The caller, or a permission error for a login that is not a user.
    public func caller() throws -> Caller {
        guard let caller = context.caller else {
            throw PermissionError(login: context.login, action: "use the admissions desk")
        }
        return caller
    }

    public var institutionCode: String { context.caller?.institutionCode ?? "" }

    /// Counts this session's admissions: the Students list of the same session reloads when it
    /// changes (`ChangeNotice` tells only of other connections' commits).
    public private(set) var admissions = 0

    func noteAdmission() { admissions += 1 }

    /// The desk's writes (admission, residence, status, graduation, language decision), on
    /// behalf of the caller.
    public func deskService() throws -> DeskService { DeskService(database: database, caller: try caller()) }

    /// The holiday calendar for working-day deadlines (4.12), a year either side of today.
    public func calendar() -> WorkingDayCalendar {
        let entries = read({ try settings.holidays(from: today.adding(days: -366), to: today.adding(days: 366)) }, else: [])
        return WorkingDayCalendar(holidays: Set(entries.filter { $0.kind == .holiday }.map(\.day)),
                                  workingWeekendDays: Set(entries.filter { $0.kind == .workingDay }.map(\.day)))
    }

    public func checklist(for applicant: Applicant) throws -> DocumentChecklist {
        let records = try applicants.documents(applicantID: applicant.id, by: caller())
        return DocumentChecklist(applicant: applicant, documents: DocumentDetails.documents(records, applicant: applicant),
                                 on: today)
    }

    public func majors() -> [Major] { read({ try registry.majors() }, else: []) }

    /// The status line for an error (`AppContext.message(for:)`, the one mapping).
    public func message(for error: Error) -> StatusMessage { context.message(for: error) }

    /// The words of an error alone, for a message that wraps them.
    public func describe(_ error: Error) -> String { message(for: error).text }

    /// Writes an export file (mode 0600, never over an existing one) and returns its path.
    public func export(_ content: String, name: String) throws -> String {
        let path = (exportDirectory as NSString).appendingPathComponent(name)
        try PrivateFile.write(Data(content.utf8), to: path)
        return path
    }
}

/// Drawing helpers shared by the desk screens.
enum DeskDraw {
    /// Writes wrapped lines; returns the next free row.
    @discardableResult
    static func lines(_ text: String, x: Int, y: Int, width: Int, maxY: Int, role: StyleRole, hanging: Int = 0,
                      grid: inout Grid) -> Int {
        var row = y
        let parts = Frame.wrap(text, width: max(1, width))
        // Continuation lines are indented under the text, not under the mark or paragraph.
        let rest = parts.count > 1 ? Frame.wrap(parts.dropFirst().joined(separator: " "), width: max(1, width - hanging)) : []
        for (i, part) in ([parts.first ?? ""] + rest).enumerated() where row < maxY {
            let indent = i == 0 ? 0 : hanging
            grid.put(part, x: x + indent, y: row, role: role, limit: width - indent)
            row += 1
        }
        return row
    }

    /// The date accepted in either form the clerks write, or nil.
    static func date(_ raw: String) -> CivilDate? { CivilDate(parsing: raw) }
}
