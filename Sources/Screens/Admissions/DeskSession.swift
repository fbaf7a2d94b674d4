import Domain
import Foundation
import Storage
import TerminalUI

/// The desk screens' session: who works and "today" (`AppContext`), the `DeskService` that
/// does every read and write on their behalf (Storage: permission-checked, one transaction
/// each with its audit row), the status line's report of a failed read, and where exports go.
/// It holds no database and no repository: the screens reach Storage only through the service.
public final class DeskSession {
    public let context: AppContext
    /// Everything the desk does, on behalf of the session's caller.
    public let desk: DeskService
    /// The directory the export question offers for contracts and reports (`ExportQuestion`;
    /// the user's home by default).
    public var exportDirectory: String

    public init(context: AppContext, service: DeskService,
                exportDirectory: String = ExportPlace.home) {
        self.context = context
        self.desk = service
        self.exportDirectory = exportDirectory
    }

    /// Why the last read a desk screen made failed (a refusal, a database problem), shown on
    /// the status line until the next key, so that it does not pass for an empty list.
    public var readProblem: StatusMessage?

    /// A read for a screen: its result, or `fallback` with the reason kept in `readProblem`.
    public func read<T>(_ body: () throws -> T, else fallback: T) -> T {
        context.read(body, else: fallback, problem: &readProblem)
    }

    // MARK: - Drafts

    /// Keeps a form as the caller's draft; when it cannot, the status line says so (the
    /// clerk would otherwise trust a draft that is not there). Returns whether it was kept.
    @discardableResult
    public func keepDraft(form: String, subject: String, fields: [String: String]) -> Bool {
        do {
            try desk.keepDraft(form: form, subject: subject, fields: fields)
            return true
        } catch {
            readProblem = StatusMessage(text(Phrases.deskDraftNotKept(describe(error))), .warning)
            return false
        }
    }

    /// The caller's drafts of these forms; when they cannot be read the status line says so.
    public func drafts(of forms: String...) -> [Draft] {
        read({ try desk.drafts() }, else: []).filter { forms.contains($0.form) }
    }

    /// Forgets a draft that was saved, restored or declined; when that fails the status line
    /// says so (the draft would be offered again).
    public func discardDraft(form: String, subject: String) {
        do { try desk.discardDraft(form: form, subject: subject) } catch {
            readProblem = StatusMessage(text(Phrases.deskDraftNotDiscarded(describe(error))), .warning)
        }
    }

    // MARK: - Who, when, words

    public var today: CivilDate { context.today }
    public var language: Language { context.language }
    public func text(_ phrase: Phrase) -> String { phrase.text(context.language) }

    public var institutionCode: String { desk.caller.institutionCode ?? "" }

    /// Counts this session's admissions: the Students list of the same session reloads when it
    /// changes (`ChangeNotice` tells only of other connections' commits).
    public private(set) var admissions = 0

    func noteAdmission() { admissions += 1 }

    /// The holiday calendar for working-day deadlines (4.12), a year either side of today.
    public func calendar() -> WorkingDayCalendar {
        read({ try desk.workingDayCalendar(from: today.adding(days: -366), to: today.adding(days: 366)) },
             else: WorkingDayCalendar(holidays: [], workingWeekendDays: []))
    }

    /// The 3.4 checklist of an applicant today.
    public func checklist(for applicant: Applicant) throws -> DocumentChecklist {
        try desk.checklist(for: applicant, on: today)
    }

    public func majors() -> [Major] { read({ try desk.majors() }, else: []) }

    /// The status line for an error (`AppContext.message(for:)`, the one mapping).
    public func message(for error: Error) -> StatusMessage { context.message(for: error) }

    /// The words of an error alone, for a message that wraps them.
    public func describe(_ error: Error) -> String { message(for: error).text }
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
