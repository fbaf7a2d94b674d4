import Domain
import TerminalUI

extension PINLookupPane {
    public func render(into grid: inout Grid, rect: Rect) {
        grid.fill(rect, role: .normal)
        guard rect.height >= 4 else { return }
        let lang = context.language
        // Purpose line.
        let label = context.text(Phrases.purposeLabel) + " "
        let used = grid.put(label, x: rect.x + 1, y: rect.y, role: .label)
        grid.put(purpose.map { $0.phrase.text(lang) } ?? "—", x: rect.x + 1 + used, y: rect.y, role: .normal,
                 limit: rect.width - used - 2)
        // PIN field (and its error line).
        let pinRect = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: 2)
        if case .text(let field) = pinForm.fields[0].kind {
            pinForm.fields[0].hint = context.text(field.selectsAll && mode == .pin ? Phrases.pinReplaceHint : Phrases.pinHint)
        }
        pinForm.render(in: pinRect, grid: &grid, focused: mode == .pin, labelWidth: 6)
        var body = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3)
        if mode == .purpose {
            let box = Rect(x: body.x + 1, y: body.y, width: min(body.width - 2, 90), height: min(body.height, 6))
            let inner = Frame.box(box, title: context.text(Phrases.purposeTitle), grid: &grid)
            grid.put(context.text(Phrases.purposeChoose), x: inner.x + 1, y: inner.y, role: .muted, limit: inner.width - 1)
            purposeForm.render(in: Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 1),
                               grid: &grid, labelWidth: 22)
            if searchAfterPurpose, box.maxY < body.maxY {
                grid.put(context.text(Phrases.purposeThenSearch(pinForm.value("pin"))), x: box.x + 1, y: box.maxY,
                         role: .muted, limit: box.width - 1)
            }
            return
        }
        if mode == .export {
            let (rest, bottom) = body.splitBottom(min(body.height, 5))
            body = rest
            let inner = Frame.box(bottom, title: context.text(Phrases.exportTitle), grid: &grid)
            exportForm.render(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
                              grid: &grid, labelWidth: 10)
        }
        defer {
            if let confirmIssue {
                grid.cursor = nil
                confirmIssue.render(in: rect, grid: &grid)
            }
        }
        guard let pin, let first = records.first else { return }
        grid.put(context.text(Phrases.personHeader(first.name.full, born: first.birthDate.dotted, pin: pin.value,
                                                   count: records.count)),
                 x: body.x + 1, y: body.y, role: .header, limit: body.width - 2)
        let rest = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        if showingCertificate, let certificate {
            renderCertificate(certificate, in: rest, grid: &grid)
            return
        }
        let tableHeight = min(rest.height, records.count + 1)
        let (tableRect, detailRect) = rest.splitTop(tableHeight)
        TableView.render(records, list: &list, columns: columns(width: rect.width), in: tableRect, grid: &grid,
                         focused: mode == .results)
        if detailRect.height >= 3, records.indices.contains(selected),
           let single = Certificate(pin: pin, records: [records[selected]]) {
            let inner = Frame.box(detailRect, title: context.text(Phrases.details), grid: &grid)
            let lines = CertificateDocument.lines(single, language: lang).dropFirst(5)
            RegistryScreenSupport.renderLines(Array(lines), skip: 0, in: inner, grid: &grid,
                                              labelWidth: min(46, inner.width * 2 / 5))
        }
    }

    private func renderCertificate(_ certificate: Certificate, in rect: Rect, grid: inout Grid) {
        let lang = documentLanguage
        let title = issue.map { context.text(Phrases.certCode) + " " + $0.code } ?? context.text(Phrases.certPreview)
        let inner = Frame.box(rect, title: title, grid: &grid)
        var lines = CertificateDocument.lines(certificate, language: lang)
        if let issue {
            lines += [("", ""), (context.text(Phrases.certCode), issue.code), (context.text(Phrases.certIssued), LocalTime.shown(issue.issuedAt)),
                      (context.text(Phrases.certIssuedBy), issue.issuedBy)]
        }
        let labelWidth = min(46, inner.width * 2 / 5)
        let total = RegistryScreenSupport.renderLines(lines, skip: Int.max, in: inner, grid: &grid, labelWidth: labelWidth)
        let first = certificateScroll.lines(total: total, window: inner.height)
        RegistryScreenSupport.renderLines(lines, skip: first, in: inner, grid: &grid, labelWidth: labelWidth)
    }

    private func columns(width: Int) -> [TableColumn<StudentRecord>] {
        let lang = context.language
        let wide = width >= 100
        return [
            TableColumn(Phrases.colYear.text(lang), width: 8) { String($0.admissionYear) },
            TableColumn(Phrases.columnInstitution.text(lang), width: wide ? 30 : 18) { $0.institutionName },
            TableColumn(Phrases.colLevel.text(lang), width: 12) { $0.level.phrase.text(lang) },
            TableColumn(Phrases.colMajor.text(lang), width: wide ? 18 : 10) { $0.majorName },
            TableColumn(Phrases.columnState.text(lang), width: 12) { $0.educationState.phrase.text(lang) },
            TableColumn(Phrases.colDiploma.text(lang), width: 11) { r in
                r.diploma.map { $0.series + " " + $0.registrationNumber } ?? "—"
            },
        ]
    }
}
