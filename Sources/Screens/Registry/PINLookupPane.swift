import Domain
import Foundation
import Storage
import TerminalUI

/// Search by PIN (seed 000): the purpose of the lookup (asked before the first search and
/// whenever the user changes it), the PIN field that says why it refuses a value, the
/// person's records newest first, and the e-certificate — preview, issue, export.
public final class PINLookupPane: Pane {
    enum Mode { case purpose, pin, results, export }

    let context: AppContext
    let service: RegistryService
    var mode: Mode = .purpose
    var purpose: LookupPurpose?
    var purposeForm: FormState
    var pinForm: FormState
    var exportForm = FormState([])
    var pin: PIN?
    public private(set) var records: [StudentRecord] = []
    var selected = 0
    var showingCertificate = false
    var certificateScroll = 0
    /// The certificate shown: a preview, or the issued one with its code.
    var certificate: Certificate?
    public private(set) var issue: CertificateIssue?
    var message: (text: String, role: StyleRole)?
    /// Where export writes when the user gives a bare file name.
    let directory: String

    public init(context: AppContext, service: RegistryService,
                directory: String = FileManager.default.currentDirectoryPath) {
        self.context = context
        self.service = service
        self.directory = directory
        purposeForm = FormState([
            .choice("purpose", Phrases.purposeTitle.text(context.language),
                    options: LookupPurpose.choices.map { $0.phrase.text(context.language) }),
            .text("other", Phrases.purposeOtherText.text(context.language), maxLength: 120),
        ])
        pinForm = FormState([.text("pin", Phrases.pinPrompt.text(context.language), maxLength: 20,
                                   hint: Phrases.pinHint.text(context.language))])
    }

    public var title: Phrase { Phrases.areaPIN }
    public var statusMessage: (text: String, role: StyleRole)? { message }

    public var capturesText: Bool {
        switch mode {
        case .purpose: return purposeForm.capturesText
        case .pin: return true
        case .export: return exportForm.capturesText
        case .results: return false
        }
    }

    public var keyHelp: [KeyHint] {
        [KeyHint("Enter", Phrases.helpEnterSearch), KeyHint("Esc", Phrases.helpEscField),
         KeyHint("↑ ↓", Phrases.helpKeyListMove), KeyHint("p", Phrases.helpPurpose), KeyHint("/", Phrases.helpNewPIN),
         KeyHint("c", Phrases.helpPreview), KeyHint("i", Phrases.helpIssue), KeyHint("e", Phrases.helpExport)]
    }

    public var statusHints: [KeyHint] {
        switch mode {
        case .purpose, .export: return [KeyHint("Enter", Phrases.ok), KeyHint("Esc", Phrases.keyCancel)]
        case .pin: return [KeyHint("Enter", Phrases.keySearch), KeyHint("Esc", Phrases.keyLeaveField)]
        case .results:
            return [KeyHint("/", Phrases.keyNewPIN), KeyHint("p", Phrases.keyPurpose), KeyHint("c", Phrases.keyPreview),
                    KeyHint("i", Phrases.keyIssue), KeyHint("e", Phrases.keyExport)]
        }
    }

    public func poll() -> Bool { false }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        let hadMessage = message != nil
        switch mode {
        case .purpose: return handlePurpose(key)
        case .pin: return handlePIN(key)
        case .export: return handleExport(key)
        case .results:
            message = nil
            let result = handleResults(key)
            return result == .ignored && hadMessage ? .redraw : result
        }
    }

    private func handlePurpose(_ key: Key) -> HandlerResult {
        switch key {
        case .enter:
            let index: Int
            if case .choice(_, let selected) = purposeForm.fields[0].kind { index = selected } else { index = 0 }
            var chosen = LookupPurpose.choices[min(index, LookupPurpose.choices.count - 1)]
            if case .other = chosen {
                let text = purposeForm.value("other").trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else {
                    purposeForm.setError("other", context.text(Phrases.purposeOtherRequired))
                    purposeForm.focus(on: "other")
                    return .redraw
                }
                chosen = .other(text)
            }
            purpose = chosen
            message = (context.text(Phrases.purposeChanged), .ok)
            mode = records.isEmpty ? .pin : .results
            return .redraw
        case .escape:
            guard purpose != nil else { return .ignored }
            mode = records.isEmpty ? .pin : .results
            return .redraw
        default:
            return purposeForm.handle(key)
        }
    }

    private func handlePIN(_ key: Key) -> HandlerResult {
        switch key {
        case .enter:
            search()
            return .redraw
        case .escape:
            mode = .results
            return .redraw
        default:
            return pinForm.handle(key)
        }
    }

    private func handleResults(_ key: Key) -> HandlerResult {
        switch key {
        case .character("p"):
            mode = .purpose
            return .redraw
        case .character("/"), .character("n"):
            mode = .pin
            return .redraw
        case .enter where records.isEmpty:
            mode = .pin
            return .redraw
        case .up, .character("k"):
            if showingCertificate { guard certificateScroll > 0 else { return .handled }; certificateScroll -= 1; return .redraw }
            guard selected > 0 else { return .handled }
            selected -= 1
            return .redraw
        case .down, .character("j"):
            if showingCertificate { certificateScroll += 1; return .redraw }
            guard selected + 1 < records.count else { return .handled }
            selected += 1
            return .redraw
        case .character("c"):
            guard let pin, !records.isEmpty else { return .ignored }
            if showingCertificate { showingCertificate = false; return .redraw }
            do {
                if issue == nil { certificate = try service.certificatePreview(pin: pin, purpose: purpose ?? .citizenRequest) }
                showingCertificate = true
                certificateScroll = 0
            } catch {
                message = RegistryScreenSupport.message(for: error, context)
            }
            return .redraw
        case .character("i"):
            issueCertificate()
            return .redraw
        case .character("e"):
            guard let pin, !records.isEmpty else { return .ignored }
            if issue == nil { issueCertificate() }
            guard let issue else { return .redraw }
            let lang = context.language
            exportForm = FormState([
                .choice("format", Phrases.exportFormat.text(lang),
                        options: [Phrases.exportFormatHTML.text(lang), Phrases.exportFormatText.text(lang)]),
                .text("file", Phrases.exportFile.text(lang), value: "certificate-\(pin.value)-\(issue.code).html",
                      maxLength: 400),
            ])
            exportForm.focus(on: "file")
            mode = .export
            return .redraw
        default:
            return .ignored
        }
    }

    private func handleExport(_ key: Key) -> HandlerResult {
        switch key {
        case .escape:
            mode = .results
            return .redraw
        case .enter:
            exportCertificate()
            return .redraw
        default:
            let before = exportForm.value("format")
            let result = exportForm.handle(key)
            if exportForm.value("format") != before {
                // The default name follows the format.
                let isHTML = exportForm.value("format") == Phrases.exportFormatHTML.text(context.language)
                var file = exportForm.value("file")
                for ext in [".html", ".txt"] where file.hasSuffix(ext) { file = String(file.dropLast(ext.count)) }
                exportForm.setValue("file", file + (isHTML ? ".html" : ".txt"))
            }
            return result
        }
    }

    // MARK: - Actions

    private func search() {
        pinForm.clearErrors()
        switch PIN.parse(pinForm.value("pin")) {
        case .failure(let why):
            pinForm.setError("pin", context.text(why.phrase))
        case .success(let parsed):
            pinForm.setValue("pin", parsed.value)
            do {
                records = try service.records(pin: parsed, purpose: purpose ?? .citizenRequest)
                pin = parsed
                selected = 0
                certificate = nil
                issue = nil
                showingCertificate = false
                mode = .results
                message = records.isEmpty ? (context.text(Phrases.noRecordsForPIN(parsed.value)), .warning) : nil
            } catch {
                message = RegistryScreenSupport.message(for: error, context)
            }
        }
    }

    private func issueCertificate() {
        guard let pin, !records.isEmpty else { return }
        do {
            guard let issued = try service.issueCertificate(pin: pin, purpose: purpose ?? .citizenRequest) else { return }
            certificate = issued.0
            issue = issued.1
            showingCertificate = true
            certificateScroll = 0
            message = (context.text(Phrases.certificateIssued) + " " + issued.1.code, .ok)
        } catch {
            message = RegistryScreenSupport.message(for: error, context)
        }
    }

    private func exportCertificate() {
        guard let certificate, let issue else { return }
        let name = exportForm.value("file").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            exportForm.setError("file", context.text(Phrases.exportFailed("?")))
            return
        }
        let path = name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name)
        let isHTML = exportForm.value("format") == Phrases.exportFormatHTML.text(context.language)
        let text = isHTML ? CertificateDocument.html(certificate, issue: issue, language: context.language)
                          : CertificateDocument.text(certificate, issue: issue, language: context.language)
        do {
            try PrivateFile.write(Data(text.utf8), to: path)
            message = (context.text(Phrases.exportWritten(path)), .ok)
            mode = .results
        } catch {
            exportForm.setError("file", context.text(error.phrase))
        }
    }
}
