import Domain
import Foundation
import Storage
import TerminalUI

/// The diploma check against fakes (seed 000): series and registration number, optionally
/// the holder's initials; answers valid, mismatch (saying which initials differ) or not
/// found. Every check is audited by the registry service.
public final class DiplomaCheckPane: Pane {
    let context: AppContext
    let service: RegistryService
    var form: FormState
    var editing = true
    public private(set) var result: DiplomaCheckResult?
    var message: (text: String, role: StyleRole)?

    public init(context: AppContext, service: RegistryService) {
        self.context = context
        self.service = service
        let lang = context.language
        form = FormState([
            .text("series", Phrases.diplomaSeries.text(lang), maxLength: 10, required: true),
            .text("number", Phrases.diplomaNumber.text(lang), maxLength: 20, required: true),
            .text("initials", Phrases.diplomaInitials.text(lang), maxLength: 10, hint: Phrases.initialsHint.text(lang)),
        ])
    }

    public var title: Phrase { Phrases.areaDiploma }
    public var capturesText: Bool { editing && form.capturesText }
    public var statusMessage: (text: String, role: StyleRole)? { message }

    public var keyHelp: [KeyHint] {
        [KeyHint("Enter", Phrases.keyCheck), KeyHint("Tab ↑ ↓", Phrases.helpKeyFocus),
         KeyHint("Esc", Phrases.helpEscField), KeyHint("/", Phrases.keyEditForm)]
    }

    public var statusHints: [KeyHint] {
        editing ? [KeyHint("Enter", Phrases.keyCheck), KeyHint("Esc", Phrases.keyLeaveField)]
                : [KeyHint("/", Phrases.keyEditForm)]
    }

    public func poll() -> Bool { false }

    public func handle(_ key: Key) -> HandlerResult {
        guard editing else {
            switch key {
            case .character("/"), .enter, .tab: editing = true; return .redraw
            default: return .ignored
            }
        }
        switch key {
        case .enter:
            check()
            return .redraw
        case .escape:
            editing = false
            return .redraw
        default:
            return form.handle(key)
        }
    }

    private func check() {
        form.clearErrors()
        let series = form.value("series").trimmingCharacters(in: .whitespaces)
        let number = form.value("number").trimmingCharacters(in: .whitespaces)
        if series.isEmpty { form.setError("series", context.text(Phrases.seriesRequired)) }
        if number.isEmpty { form.setError("number", context.text(Phrases.numberRequired)) }
        guard !series.isEmpty, !number.isEmpty else {
            form.focus(on: series.isEmpty ? "series" : "number")
            return
        }
        let initials = form.value("initials").trimmingCharacters(in: .whitespaces)
        do {
            result = try service.checkDiploma(series: series, number: number, initials: initials.isEmpty ? nil : initials)
            message = (context.text(Phrases.diplomaAudited), .muted)
        } catch {
            message = RegistryScreenSupport.message(for: error, context)
        }
    }

    public func render(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .normal)
        let formHeight = 3 + form.fields.filter { $0.error != nil }.count
        form.render(in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: formHeight), grid: &grid,
                    focused: editing, labelWidth: 26)
        guard let result else { return }
        let lang = context.language
        let box = Rect(x: rect.x, y: rect.y + formHeight + 1, width: rect.width, height: min(10, rect.height - formHeight - 1))
        let inner = Frame.box(box, grid: &grid)
        guard !inner.isEmpty else { return }
        switch result {
        case .valid(let r):
            grid.put("✔ " + Phrases.diplomaValid.text(lang), x: inner.x + 1, y: inner.y, role: .ok, limit: inner.width - 1)
            var lines: [(label: String, value: String)] = [
                (Phrases.fieldFullName.text(lang), r.name.full),
                (Phrases.fieldBirthDate.text(lang), r.birthDate.description),
                (Phrases.fieldInstitution.text(lang), r.institutionName),
                (Phrases.fieldMajor.text(lang), r.majorCode + " " + r.majorName),
            ]
            if let d = r.diploma {
                lines.append((Phrases.fieldDiplomaDate.text(lang), d.issueDate.description))
                lines.append((Phrases.fieldDiplomaLevel.text(lang), d.level.phrase.text(lang)))
            }
            RegistryScreenSupport.renderLines(lines, skip: 0, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width,
                                                                       height: inner.height - 1),
                                              grid: &grid, labelWidth: 20)
        case .mismatch(_, let parts):
            for (i, line) in Frame.wrap("✘ " + Phrases.diplomaMismatch(parts).text(lang), width: inner.width - 2)
                .prefix(inner.height).enumerated() {
                grid.put(line, x: inner.x + 1, y: inner.y + i, role: .warning)
            }
        case .notFound:
            for (i, line) in Frame.wrap("✘ " + Phrases.diplomaNotFound.text(lang), width: inner.width - 2)
                .prefix(inner.height).enumerated() {
                grid.put(line, x: inner.x + 1, y: inner.y + i, role: .error)
            }
        }
    }
}
