import Domain
import TerminalUI

extension InquiriesPane {
    public func render(into grid: inout Grid, rect: Rect) {
        if !loaded { reload() }
        grid.fill(rect, role: .normal)
        guard rect.height >= 4 else { return }
        let lang = context.language
        // Filter line: every state, the chosen one highlighted.
        var x = rect.x + 1
        x += grid.put(context.text(Phrases.inquiryFilter) + " ", x: x, y: rect.y, role: .label)
        let names = [context.text(Phrases.inquiryAll)] + InquiryState.allCases.map { $0.phrase.text(lang) }
        for (i, name) in names.enumerated() where x < rect.maxX {
            x += grid.put(" " + name + " ", x: x, y: rect.y, role: i == filter ? .tabActive : .muted, limit: rect.maxX - x) + 1
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        if mode != .list {
            renderForm(in: body, grid: &grid)
            if let discarding {
                grid.cursor = nil
                discarding.dialog.render(in: body, grid: &grid)
            }
            confirm?.render(in: body, grid: &grid)
            return
        }
        let listHeight = min(max(3, body.height / 3), inquiries.count + 1)
        let (listRect, detailRect) = body.splitTop(max(2, listHeight))
        let columns: [TableColumn<Inquiry>] = [
            TableColumn("#", width: 4) { String($0.id) },
            TableColumn(Phrases.columnState.text(lang), width: 12) { $0.state.phrase.text(lang) },
            TableColumn(Phrases.columnPIN.text(lang), width: 7) { $0.pin?.value ?? "—" },
            TableColumn(Phrases.fieldFullName.text(lang), width: 28) { $0.name.full },
            TableColumn(Phrases.columnInstitution.text(lang), width: 8) { $0.institutionCode },
            TableColumn(Phrases.inquiryMessage.text(lang), width: 30) { $0.message },
        ]
        TableView.render(inquiries, list: &list, columns: columns, in: listRect, grid: &grid,
                         highlightColumns: 2, emptyText: context.text(Phrases.inquiryEmpty))
        guard let inquiry = selectedInquiry, detailRect.height >= 3 else { return }
        let inner = Frame.box(detailRect, title: "#\(inquiry.id) — " + inquiry.state.phrase.text(lang), grid: &grid)
        var lines: [(label: String, value: String)] = [
            (Phrases.fieldPIN.text(lang), inquiry.pin?.value ?? Phrases.none.text(lang)),
            (Phrases.fieldFullName.text(lang), inquiry.name.full),
            (Phrases.fieldBirthDate.text(lang), inquiry.birthDate.dotted),
            (Phrases.inquiryInstitution.text(lang), inquiry.institutionCode),
            (Phrases.inquiryMessage.text(lang), inquiry.message.isEmpty ? "—" : inquiry.message),
        ]
        if let r = inquiry.proposedRecord {
            lines.append((Phrases.inquirySuppliedRecord.text(lang),
                          "\(r.admissionYear) · \(r.level.phrase.text(lang)) · \(r.majorCode) \(r.majorName) · "
                          + r.educationState.phrase.text(lang)
                          + (r.diploma.map { " · \($0.series) \($0.registrationNumber) \($0.issueDate.dotted)" } ?? "")))
        }
        lines.append((Phrases.inquiryHistory.text(lang), ""))
        for event in history {
            let when = LocalTime.shown(event.at)
            lines.append((when + " " + event.login, Phrases.inquiryEventKind(event.kind).text(lang)
                          + (event.detail.isEmpty ? "" : ": " + event.detail)))
        }
        RegistryScreenSupport.renderLines(lines, skip: 0, in: inner, grid: &grid, labelWidth: min(28, inner.width / 3))
    }

    private func renderForm(in rect: Rect, grid: inout Grid) {
        let title: Phrase
        switch mode {
        case .new: title = Phrases.inquiryNewTitle
        case .supply: title = Phrases.inquirySupplyTitle
        case .approve: title = Phrases.inquiryApproveTitle
        default: title = Phrases.inquiryRejectTitle
        }
        var heading = context.text(title)
        if mode != .new, let inquiry = selectedInquiry { heading += " — #\(inquiry.id) " + inquiry.name.full }
        let inner = Frame.box(rect, title: heading, grid: &grid)
        form.render(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), grid: &grid,
                    labelWidth: 24,
                    more: { [context] in context.text(Phrases.formMore($0, below: $1)) })
    }
}
