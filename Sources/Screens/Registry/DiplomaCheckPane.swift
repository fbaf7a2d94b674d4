import Domain
import Foundation
import Storage
import TerminalUI

/// The diploma check against fakes (seed 000): series and registration number, optionally
/// the holder's initials; answers valid, mismatch (saying which initials differ) or not
/// found. A certificate's verification code can be checked here too (as `sts verify`).
/// Every check is audited by the registry service.
public final class DiplomaCheckPane: Pane {
    let context: AppContext
    let service: RegistryService
    var form: FormState
    var editing = true
    public private(set) var result: DiplomaCheckResult?
    /// The last certificate-code check: what it said when issued and what differs now;
    /// `.some(nil)` when no certificate has the code.
    var verification: RegistryService.Verification??
    var message: StatusMessage?

    public init(context: AppContext, service: RegistryService) {
        self.context = context
        self.service = service
        let lang = context.language
        form = FormState([
            .text("series", Phrases.diplomaSeries.text(lang), maxLength: 10, required: true),
            .text("number", Phrases.diplomaNumber.text(lang), maxLength: 20, required: true),
            .text("initials", Phrases.diplomaInitials.text(lang), maxLength: 10, hint: Phrases.initialsHint.text(lang)),
            .text("code", Phrases.verifyCode.text(lang), maxLength: 20, hint: Phrases.verifyCodeHint.text(lang)),
        ])
    }

    public var title: Phrase { Phrases.areaDiploma }
    public var capturesText: Bool { editing && form.capturesText }
    public var statusMessage: StatusMessage? { message }

    public var keyHelp: [KeyHint] {
        [KeyHint("Enter", Phrases.keyCheck), KeyHint("Enter", Phrases.verifyCodeHint), KeyHint("Tab ↑ ↓", Phrases.helpKeyFocus),
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
        if form.focusedField?.id == "code" { return verify() }
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
            verification = nil
            message = StatusMessage(context.text(Phrases.diplomaAudited), .muted)
        } catch {
            message = context.message(for: error)
        }
    }

    private func verify() {
        let code = form.value("code")
        guard VerificationCode.normalized(code) != nil else {
            form.setError("code", context.text(Phrases.notACode))
            return
        }
        do {
            verification = .some(try service.verify(code: code))
            result = nil
            message = StatusMessage(context.text(Phrases.diplomaAudited), .muted)
        } catch {
            message = context.message(for: error)
        }
    }

    public func render(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .normal)
        let formHeight = 4 + form.fields.filter { $0.error != nil }.count
        form.render(in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: formHeight), grid: &grid,
                    focused: editing, labelWidth: 26)
        if let verification {
            renderVerification(verification, in: Rect(x: rect.x, y: rect.y + formHeight + 1, width: rect.width,
                                                        height: rect.height - formHeight - 1), grid: &grid)
            return
        }
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
                (Phrases.fieldBirthDate.text(lang), r.birthDate.dotted),
                (Phrases.fieldInstitution.text(lang), r.institutionName),
                (Phrases.fieldMajor.text(lang), r.majorCode + " " + r.majorName),
            ]
            if let d = r.diploma {
                lines.append((Phrases.fieldDiplomaDate.text(lang), d.issueDate.dotted))
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

    private func renderVerification(_ found: RegistryService.Verification?, in rect: Rect, grid: inout Grid) {
        let inner = Frame.box(rect, grid: &grid)
        guard !inner.isEmpty else { return }
        let lang = context.language
        guard let found else {
            grid.put("✘ " + context.text(Phrases.codeNotFound), x: inner.x + 1, y: inner.y, role: .error, limit: inner.width - 1)
            return
        }
        var y = inner.y
        let head = context.text(Phrases.codeIssued(found.issue.code, at: found.issue.issuedAt, by: found.issue.issuedBy))
        grid.put(head, x: inner.x + 1, y: y, role: .header, limit: inner.width - 1)
        y += 1
        if found.differences.isEmpty {
            grid.put("✔ " + context.text(Phrases.codeUnchanged), x: inner.x + 1, y: y, role: .ok, limit: inner.width - 1)
            y += 1
        } else {
            grid.put("✘ " + context.text(Phrases.codeChanged), x: inner.x + 1, y: y, role: .warning, limit: inner.width - 1)
            y += 1
            for difference in found.differences where y < inner.maxY {
                for line in Frame.wrap("• " + difference.text(lang), width: inner.width - 4) where y < inner.maxY {
                    grid.put(line, x: inner.x + 2, y: y, role: .warning)
                    y += 1
                }
            }
        }
        let lines = CertificateDocument.lines(found.certificate, language: lang)
        RegistryScreenSupport.renderLines(lines, skip: 0, in: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y),
                                          grid: &grid, labelWidth: min(46, inner.width * 2 / 5))
    }
}
