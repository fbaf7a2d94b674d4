import Domain
import Storage
import TerminalUI

/// Screen 9: the yearly report of 4.8 — the institution's foreign students of a year, with
/// their FİN and state at the year's end, for the Ministry of Education and the State
/// Statistics Committee; its due day and each addressee's done-mark; on screen and as CSV.
public final class ReportPane: Pane {
    let services: DeskSession
    private var year: Int
    private var report: YearlyReport?
    private var scroll = ScrollState()
    private var message: StatusMessage?
    private var dialog: PaneDialog?
    /// The path question before the report file is written (issue 15).
    private var exporting: ExportQuestion?

    private let hasChanged: () -> Bool

    /// - Parameter hasChanged: asked on the idle tick and when the area is shown; true after a
    ///   save in another area or another session's commit (the report is read again).
    public init(services: DeskSession, hasChanged: @escaping () -> Bool = { false }) {
        self.services = services
        self.hasChanged = hasChanged
        year = services.today.year
    }

    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    public var title: Phrase { Phrases.areaReport }
    public var capturesText: Bool { exporting != nil }
    public var statusMessage: StatusMessage? { services.readProblem ?? message }
    public var keyHelp: [KeyHint] {
        [KeyHint("← →", Phrases.deskHelpYear), KeyHint("↑ ↓ PgUp PgDn Home End", Phrases.deskHelpScroll), KeyHint("e", Phrases.deskHelpCSV),
         KeyHint("m", Phrases.reportHelpMarkMinistry), KeyHint("t", Phrases.reportHelpMarkStatistics)]
    }
    public var statusHints: [KeyHint] {
        [KeyHint("← →", Phrases.deskYear), KeyHint("e", Phrases.deskCSV), KeyHint("m t", Phrases.deskMarkDone)]
    }

    func load() {
        do { report = try services.desk.yearlyReport(year: year) } catch {
            message = services.message(for: error)
        }
    }

    /// A status change, admission or mark saved anywhere shows in the report at once (issue 15).
    public func poll() -> Bool {
        guard hasChanged(), report != nil, dialog == nil, exporting == nil else { return false }
        load()
        return true
    }

    public func handle(_ key: Key) -> HandlerResult {
        var hadMessage = services.readProblem != nil
        services.readProblem = nil
        if report == nil { load() }
        if var open = dialog {
            if open.handle(key) { dialog = open } else if dialog?.dialog == open.dialog { dialog = nil }
            return .redraw
        }
        if var open = exporting {
            switch open.handle(key) {
            case .open: exporting = open
            case .cancelled: exporting = nil
            case .written(let path):
                exporting = nil
                message = StatusMessage(t(Phrases.deskExported(path)), .ok)
            }
            return .redraw
        }
        hadMessage = hadMessage || message != nil
        message = nil
        if let moved = scroll.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .left: year -= 1; scroll.reset(); load()
        case .right: year += 1; scroll.reset(); load()
        case .character("m"): askMark(.ministry)
        case .character("t"): askMark(.statistics)
        case .character("e"):
            guard let report else { return .handled }
            exporting = ExportQuestion(title: t(Phrases.exportReportTitle), name: "report-4.8-\(report.institutionCode)-\(year).csv",
                                       content: report.spreadsheet(services.language), language: services.language,
                                       directory: services.exportDirectory)
        default:
            return .ignored
        }
        return .redraw
    }

    private func askMark(_ addressee: YearlyReport.Addressee) {
        let year = self.year
        let what = t(addressee.phrase) + " (\(year))"
        dialog = PaneDialog(
            dialog: MessageDialog(title: t(Phrases.deskMarkDone), message: t(Phrases.deskMarkDoneQuestion(what, on: services.today)),
                                  buttons: [t(Phrases.deskMarkDone), t(Phrases.deskCancel)]),
            actions: [{ [weak self] in self?.mark(addressee, year: year) }, {}])
    }

    private func mark(_ addressee: YearlyReport.Addressee, year: Int) {
        do {
            try services.desk.markReportSent(year: year, to: addressee, on: services.today)
            message = StatusMessage(t(Phrases.deskMarkedDone(by: services.context.login, on: services.today)), .ok)
        } catch { message = services.message(for: error) }
        load()
    }

    /// "sent 2027-01-20 by aysel" or "not sent (due 2026-12-31)", per addressee.
    private func markText(_ report: YearlyReport, _ addressee: YearlyReport.Addressee) -> (String, StyleRole) {
        let name = t(addressee == .ministry ? Phrases.reportToMinistry : Phrases.reportToStatistics)
        if let event = report.sent[addressee], let done = event.doneOn {
            return (name + ": " + t(Phrases.reportSent(on: done, by: event.doneBy ?? "")), .ok)
        }
        let role: StyleRole
        switch report.deadline.status(on: services.today) {
        case .overdue: role = .error
        case .open(let days): role = days <= 7 ? .warning : .muted
        case .met, .metLate: role = .ok
        }
        return (name + ": " + t(Phrases.reportNotSent), role)
    }

    public func render(into grid: inout Grid, rect: Rect) {
        if report == nil { load() }
        grid.cursor = nil
        guard let report else { return }
        // The heading wraps rather than cutting the addressees at 80 columns (issue 15).
        let title = t(Phrases.deskReportTitle(year: year, count: report.lines.count))
        let width = max(1, rect.width - 2)
        let titleRows = grid.putWrapped(title, x: rect.x + 1, y: rect.y, role: .header, width: width, maxRows: 2)
        let segments = [(t(Phrases.reportDue(report.deadline.due)), StyleRole.label)]
            + YearlyReport.Addressee.allCases.map { markText(report, $0) }
        var x = rect.x + 1
        var y = rect.y + titleRows
        for (text, role) in segments {
            if x > rect.x + 1, x + TextWidth.of(text) > rect.x + 1 + width { x = rect.x + 1; y += 1 }
            x += grid.putFitted(text, x: x, y: y, role: role, width: rect.x + 1 + width - x) + 2
        }
        let (_, body) = rect.splitTop(y + 2 - rect.y)
        let header = "№".fitted(to: 4) + " " + t(Phrases.columnSurname).fitted(to: 14) + " " + t(Phrases.columnName).fitted(to: 10) + " "
            + t(Phrases.columnPIN).fitted(to: 7) + " " + t(Phrases.deskColumnCountry).fitted(to: 3) + " "
            + t(Phrases.deskLevel).fitted(to: 10) + " " + t(Phrases.deskColumnAdmitted).fitted(to: 10) + " " + t(Phrases.deskColumnStatus)
        grid.putFitted(header, x: body.x + 1, y: body.y, role: .label, width: body.width - 2)
        if report.lines.isEmpty { grid.put(t(Phrases.deskReportEmpty), x: body.x + 1, y: body.y + 1, role: .muted, limit: body.width - 2) }
        let first = scroll.lines(total: report.lines.count, window: max(0, body.height - 1))
        for (i, line) in report.lines.dropFirst(first).prefix(max(0, body.height - 1)).enumerated() {
            let a = line.applicant
            let text = String(line.number).fitted(to: 4) + " " + a.surname.fitted(to: 14) + " " + a.name.fitted(to: 10) + " "
                + (line.pin?.value ?? "—").fitted(to: 7) + " " + a.citizenship.fitted(to: 3) + " "
                + t(a.level.phrase).fitted(to: 10) + " " + line.admittedOn.dotted + " " + t(line.state.phrase)
            grid.putFitted(text, x: body.x + 1, y: body.y + 1 + i, role: .normal, width: body.width - 2)
        }
        if let dialog { dialog.dialog.render(in: rect, grid: &grid) }
        if var open = exporting {
            open.render(in: rect, grid: &grid)
            exporting = open
        }
    }
}
