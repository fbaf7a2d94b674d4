import Domain
import Storage
import TerminalUI

/// Screen 6: the contract of the appendix filled from the applicant, the programme and the
/// fee, previewed on screen and exported as text or printable HTML in either language.
final class ContractSection: DeskSection {
    unowned let workspace: ApplicantWorkspace
    private var documentLanguage: Language
    private var scroll = ScrollState()
    private(set) var statusMessage: StatusMessage?
    /// The path question before a contract is written (issue 15).
    private(set) var exporting: ExportQuestion?

    init(workspace: ApplicantWorkspace) {
        self.workspace = workspace
        documentLanguage = workspace.services.language
    }

    private var services: DeskSession { workspace.services }
    private func t(_ phrase: Phrase) -> String { phrase.text(services.language) }

    var capturesText: Bool { exporting != nil }
    var statusHints: [KeyHint] {
        [KeyHint("l", Phrases.deskContractLanguage), KeyHint("t", Phrases.deskExportText), KeyHint("h", Phrases.deskExportHTML)]
    }
    var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ PgUp PgDn Home End", Phrases.deskHelpScroll), KeyHint("l", Phrases.deskHelpContractLanguage),
         KeyHint("t", Phrases.deskHelpExportText), KeyHint("h", Phrases.deskHelpExportHTML)]
    }

    func reload() {}

    /// The contract, or nil (with the reason) when the fee has not been set.
    func contract() -> Contract? {
        guard let applicant = workspace.applicant, !applicant.isOutsideRegulations,
              let record = Admission(services: services, applicant: applicant).contract() else { return nil }
        let institution = services.read({ try services.desk.institution(code: applicant.institutionCode) }, else: nil)
        let major = services.read({ try services.desk.major(code: applicant.majorCode) }, else: nil)
        let due = DayOfYear(month: record.paymentDueMonth ?? 9, day: record.paymentDueDay ?? 15)
            ?? DayOfYear(unchecked: 9, day: 15)
        var contract = Contract(applicant: applicant, specialty: major.map { $0.code + " " + $0.name } ?? applicant.majorCode,
                                institutionName: institution?.name ?? applicant.institutionCode,
                                institutionAddress: institution?.address ?? "", rectorName: institution?.rector ?? "",
                                city: record.city, annualFee: Money(qepik: record.annualFeeQepik), annualPaymentDue: due,
                                contractDate: record.signedOn, studentAddress: record.studentAddress)
        contract.payer = record.payer
        contract.number = record.number
        contract.institutionNameEnglish = institution?.nameEnglish ?? ""
        return contract
    }

    /// Why there is no contract to show: 1.2 (none is made) or no fee yet.
    private var noContractReason: Phrase {
        workspace.applicant?.isOutsideRegulations == true ? Phrases.contractNotUnder12 : Phrases.deskContractNeedsFee
    }

    func handle(_ key: Key) -> HandlerResult {
        if var open = exporting {
            switch open.handle(key) {
            case .open: exporting = open
            case .cancelled: exporting = nil
            case .written(let path):
                exporting = nil
                statusMessage = StatusMessage(t(Phrases.deskExported(path)), .ok)
            }
            return .redraw
        }
        let hadMessage = statusMessage != nil
        statusMessage = nil
        if let moved = scroll.handle(key) { return hadMessage ? .redraw : moved }
        switch key {
        case .character("l"):
            documentLanguage = documentLanguage == .az ? .en : .az
        case .character("t"), .character("h"):
            guard let contract = contract(), let id = workspace.applicant?.id else {
                statusMessage = StatusMessage(t(noContractReason), .warning)
                return .redraw
            }
            let html = key == .character("h")
            let name = "contract-\(id)-\(documentLanguage.rawValue).\(html ? "html" : "txt")"
            exporting = ExportQuestion(title: t(Phrases.exportContractTitle), name: name,
                                       content: html ? contract.html(documentLanguage) : contract.plainText(documentLanguage),
                                       language: services.language, directory: services.exportDirectory)
        default:
            return .ignored
        }
        return .redraw
    }

    func render(into grid: inout Grid, rect: Rect) {
        grid.cursor = nil
        guard let contract = contract() else {
            DeskDraw.lines(t(noContractReason), x: rect.x + 1, y: rect.y, width: rect.width - 2, maxY: rect.maxY,
                           role: .warning, grid: &grid)
            return
        }
        let (top, body) = rect.splitTop(1)
        grid.put(t(Phrases.deskContractPreview(documentLanguage)), x: top.x + 1, y: top.y, role: .muted, limit: top.width - 2)
        let lines = contract.plainText(documentLanguage, width: max(20, body.width - 2)).components(separatedBy: "\n")
        let first = scroll.lines(total: lines.count, window: body.height)
        for (i, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            grid.put(line, x: body.x + 1, y: body.y + i, role: .normal, limit: body.width - 2)
        }
        if var open = exporting {
            open.render(in: rect, grid: &grid)
            exporting = open
        }
    }
}
