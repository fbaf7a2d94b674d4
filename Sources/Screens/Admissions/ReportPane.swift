import Domain
import Storage
import TerminalUI

/// Screen 9: the yearly report of 4.8 — the institution's foreign students of a year, for
/// the Ministry of Education and the State Statistics Committee, on screen and as CSV.
public final class ReportPane: Pane {
    let services: DeskServices
    private var year: Int
    private var report: YearlyReport?
    private var top = 0
    private var message: (text: String, role: StyleRole)?

    public init(services: DeskServices) {
        self.services = services
        year = services.today.year
    }

    private var lang: Language { services.language }
    private func t(_ phrase: Phrase) -> String { phrase.text(lang) }

    public var title: Phrase { Phrases.areaReport }
    public var capturesText: Bool { false }
    public var statusMessage: (text: String, role: StyleRole)? { services.readProblem ?? message }
    public var keyHelp: [KeyHint] {
        [KeyHint("← →", Phrases.deskHelpYear), KeyHint("↑ ↓ PgUp PgDn", Phrases.deskHelpScroll), KeyHint("e", Phrases.deskHelpCSV)]
    }
    public var statusHints: [KeyHint] { [KeyHint("← →", Phrases.deskYear), KeyHint("e", Phrases.deskCSV)] }

    func load() {
        do { report = try YearlyReport(year: year, by: services.caller(), database: services.database) } catch {
            message = (services.describe(error), .error)
        }
    }

    public func poll() -> Bool { false }

    public func handle(_ key: Key) -> HandlerResult {
        services.readProblem = nil
        if report == nil { load() }
        message = nil
        switch key {
        case .left: year -= 1; top = 0; load()
        case .right: year += 1; top = 0; load()
        case .down, .character("j"): top = min(top + 1, max(0, (report?.lines.count ?? 0) - 1))
        case .up, .character("k"): top = max(0, top - 1)
        case .pageDown: top = min(top + 10, max(0, (report?.lines.count ?? 0) - 1))
        case .pageUp: top = max(0, top - 10)
        case .character("e"):
            guard let report else { return .handled }
            do {
                let path = try services.export(report.csv, name: "report-4.8-\(report.institutionCode)-\(year).csv")
                message = (t(Phrases.deskExported(path)), .ok)
            } catch { message = (t(Phrases.deskExportFailed(String(describing: error))), .error) }
        default:
            return .ignored
        }
        return .redraw
    }

    public func render(into grid: inout Grid, rect: Rect) {
        if report == nil { load() }
        grid.cursor = nil
        guard let report else { return }
        let (head, body) = rect.splitTop(2)
        grid.put(t(Phrases.deskReportTitle(year: year, count: report.lines.count)), x: head.x + 1, y: head.y, role: .header,
                 limit: head.width - 2)
        let header = "№".fitted(to: 4) + " " + t(Phrases.columnSurname).fitted(to: 14) + " " + t(Phrases.columnName).fitted(to: 10) + " "
            + t(Phrases.deskColumnCountry).fitted(to: 3) + " " + t(Phrases.deskLevel).fitted(to: 10) + " "
            + t(Phrases.deskColumnAdmitted).fitted(to: 10) + " " + t(Phrases.deskColumnStatus)
        grid.put(header, x: body.x + 1, y: body.y, role: .label, limit: body.width - 2)
        if report.lines.isEmpty { grid.put(t(Phrases.deskReportEmpty), x: body.x + 1, y: body.y + 1, role: .muted, limit: body.width - 2) }
        for (i, line) in report.lines.dropFirst(top).prefix(max(0, body.height - 1)).enumerated() {
            let a = line.applicant
            let text = String(line.number).fitted(to: 4) + " " + a.surname.fitted(to: 14) + " " + a.name.fitted(to: 10) + " "
                + a.citizenship.fitted(to: 3) + " " + t(a.level.phrase).fitted(to: 10) + " " + line.admittedOn.description + " "
                + t(line.state.phrase)
            grid.put(text, x: body.x + 1, y: body.y + 1 + i, role: .normal, limit: body.width - 2)
        }
    }
}
