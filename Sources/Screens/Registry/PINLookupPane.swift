import Domain
import Foundation
import Storage
import TerminalUI

/// Search by PIN (seed 000): the purpose of the lookup (asked before the first search and
/// whenever the user changes it), the PIN field that says why it refuses a value, the
/// person's records newest first, and the e-certificate — preview, issue, export.
///
/// The loop an SSAC officer repeats all day (issue 15): after a search the PIN field keeps
/// the focus with the PIN selected, so the next typed character starts the next PIN (a `5`
/// does not switch areas, an `i` does not issue anything). Esc leaves the field; then letters
/// are commands. Issuing a certificate, an official act, says what will happen and waits for
/// Enter.
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
    public private(set) var records: [StudentRecord] = [] { didSet { list.setCount(records.count) } }
    var list = ListState()
    var selected: Int { list.selected }
    var showingCertificate = false
    var certificateScroll = ScrollState()
    /// The certificate shown: a preview, or the issued one with its code.
    public internal(set) var certificate: Certificate?
    public internal(set) var issue: CertificateIssue?
    var message: StatusMessage?
    /// The question asked before a certificate is issued; Enter issues, Esc cancels.
    var confirmIssue: MessageDialog?
    /// The export form opens once the certificate asked for by `e` has been issued.
    var exportAfterIssue = false
    /// The language the certificate was issued in, chosen at the issue question (issue 15: a
    /// citizen may need it in English); nil until then, when the session's language is used.
    var certificateLanguage: Language?
    var documentLanguage: Language { certificateLanguage ?? context.language }
    /// The PIN in the field is searched as soon as a purpose is chosen (Names → PIN).
    var searchAfterPurpose = false
    /// Where export writes when the user gives a bare file name.
    let directory: String

    public init(context: AppContext, service: RegistryService,
                directory: String = ExportPlace.home) {
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
    public var statusMessage: StatusMessage? { message }

    /// The purpose dialog and the issue question are modal: digits and q are theirs, never
    /// an area switch or a quit behind the user's back.
    public var capturesText: Bool {
        if confirmIssue != nil { return true }
        switch mode {
        case .purpose, .pin: return true
        case .export: return exportForm.capturesText
        case .results: return false
        }
    }

    public var keyHelp: [KeyHint] {
        [KeyHint("Enter", Phrases.helpEnterSearch), KeyHint("A…Z 0…9", Phrases.helpNextPIN),
         KeyHint("Esc", Phrases.helpEscField), KeyHint("↑ ↓", Phrases.helpKeyListMove), KeyHint("p", Phrases.helpPurpose), KeyHint("/", Phrases.helpNewPIN),
         KeyHint("c", Phrases.helpPreview), KeyHint("i", Phrases.helpIssue), KeyHint("e", Phrases.helpExport)]
    }

    public var statusHints: [KeyHint] {
        if confirmIssue != nil { return [KeyHint("Enter", Phrases.keyIssue), KeyHint("Esc", Phrases.keyCancel)] }
        switch mode {
        case .purpose, .export: return [KeyHint("Enter", Phrases.ok), KeyHint("Esc", Phrases.keyCancel)]
        case .pin:
            return [KeyHint("Enter", Phrases.keySearch),
                    KeyHint("Esc", records.isEmpty ? Phrases.keyLeaveField : Phrases.keyCommands)]
        case .results:
            return [KeyHint("/", Phrases.keyNewPIN), KeyHint("p", Phrases.keyPurpose), KeyHint("c", Phrases.keyPreview),
                    KeyHint("i", Phrases.keyIssue), KeyHint("e", Phrases.keyExport)]
        }
    }

    public func poll() -> Bool { false }

    /// Names → PIN: the person's PIN goes into the field and is searched once the purpose is
    /// confirmed (the dialog opens on the current purpose, so one Enter does it).
    public func open(pin: PIN) {
        confirmIssue = nil
        pinForm.setValue("pin", pin.value)
        pinForm.clearErrors()
        searchAfterPurpose = true
        openPurposeDialog()
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        if confirmIssue != nil { return handleConfirm(key) }
        let hadMessage = message != nil
        switch mode {
        case .purpose: return handlePurpose(key)
        case .pin:
            // The message about the last search stays until the next PIN is typed.
            if case .character = key { message = nil }
            return handlePIN(key)
        case .export: return handleExport(key)
        case .results:
            message = nil
            let result = handleResults(key)
            return result == .ignored && hadMessage ? .redraw : result
        }
    }

    /// The purpose dialog on the current purpose (or the first one).
    func openPurposeDialog() {
        purposeForm = FormState([
            .choice("purpose", Phrases.purposeTitle.text(context.language),
                    options: LookupPurpose.choices.map { $0.phrase.text(context.language) },
                    selected: purpose.flatMap { current in
                        if case .other = current { return LookupPurpose.choices.count - 1 }
                        return LookupPurpose.choices.firstIndex(of: current)
                    } ?? 0),
            .text("other", Phrases.purposeOtherText.text(context.language),
                  value: { if case .other(let text) = purpose { return text } else { return "" } }(), maxLength: 120),
        ])
        mode = .purpose
    }

    /// Into the PIN field, the PIN there selected (typing replaces it); the purpose first.
    func focusPIN() {
        guard purpose != nil else { openPurposeDialog(); return }
        pinForm.selectAll("pin")
        mode = .pin
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
            message = StatusMessage(context.text(Phrases.purposeChanged), .ok)
            if searchAfterPurpose {
                searchAfterPurpose = false
                search()
            } else {
                focusPIN()
            }
            return .redraw
        case .escape:
            // Cancel, as the footer says: the purpose stays what it was. Without one there is
            // nothing to search with; the screen says how to choose it.
            searchAfterPurpose = false
            if purpose == nil {
                mode = .results
                message = StatusMessage(context.text(Phrases.purposeFirst), .warning)
            } else {
                focusPIN()
            }
            return .redraw
        default:
            let result = purposeForm.handle(key)
            return result == .ignored ? .handled : result
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
        case .up, .down, .pageUp, .pageDown:
            // The field has one line: ↑ ↓ PgUp PgDn move among the person's records (or scroll
            // the certificate) without leaving it.
            return records.isEmpty ? .handled : handleResults(key)
        default:
            return pinForm.handle(key)
        }
    }

    private func handleResults(_ key: Key) -> HandlerResult {
        let scrollBefore = certificateScroll.offset
        let selectedBefore = list.selected
        switch key {
        case .character("p"):
            openPurposeDialog()
            return .redraw
        case .character("/"), .character("n"):
            focusPIN()
            return .redraw
        case .enter where records.isEmpty:
            focusPIN()
            return .redraw
        case _ where showingCertificate && certificateScroll.handle(key) != nil:
            return certificateScroll.offset == scrollBefore ? .handled : .redraw
        case _ where !showingCertificate && list.handle(key) != nil:
            return list.selected == selectedBefore ? .handled : .redraw
        case .character("c"):
            guard let pin, !records.isEmpty else { return .ignored }
            if showingCertificate { showingCertificate = false; return .redraw }
            do {
                if issue == nil { certificate = try service.certificatePreview(pin: pin, purpose: purpose ?? .citizenRequest) }
                showingCertificate = true
                certificateScroll.reset()
            } catch {
                message = context.message(for: error)
            }
            return .redraw
        case .character("i"):
            askToIssue(thenExport: false)
            return .redraw
        case .character("e"):
            guard pin != nil, !records.isEmpty else { return .ignored }
            if issue == nil {
                askToIssue(thenExport: true)
            } else {
                openExport()
            }
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

    func openExport() {
        guard let pin, let issue else { return }
        let lang = context.language
        exportForm = FormState([
            .choice("format", Phrases.exportFormat.text(lang),
                    options: [Phrases.exportFormatHTML.text(lang), Phrases.exportFormatText.text(lang)]),
            // The whole path, in the home directory unless changed, shown before writing (issue 15).
            .text("file", Phrases.exportFile.text(lang),
                  value: (directory as NSString).appendingPathComponent("certificate-\(pin.value)-\(issue.code).html"),
                  maxLength: 400),
        ])
        exportForm.focus(on: "file")
        mode = .export
    }

    // MARK: - Actions

    private func search() {
        pinForm.clearErrors()
        guard let purpose else { searchAfterPurpose = true; openPurposeDialog(); return }
        switch PIN.parse(pinForm.value("pin")) {
        case .failure(let why):
            pinForm.setError("pin", context.text(why.phrase))
        case .success(let parsed):
            pinForm.setValue("pin", parsed.value)
            do {
                records = try service.records(pin: parsed, purpose: purpose)
                pin = parsed
                list = ListState(count: records.count)
                certificate = nil
                issue = nil
                certificateLanguage = nil
                showingCertificate = false
                // The field keeps the focus with this PIN selected: the next one is typed over it.
                pinForm.selectAll("pin")
                mode = .pin
                message = records.isEmpty ? StatusMessage(context.text(Phrases.noRecordsForPIN(parsed.value)), .warning) : nil
            } catch {
                message = context.message(for: error)
            }
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
        let text = isHTML ? CertificateDocument.html(certificate, issue: issue, language: documentLanguage)
                          : CertificateDocument.text(certificate, issue: issue, language: documentLanguage)
        do {
            try PrivateFile.write(Data(text.utf8), to: path)
            message = StatusMessage(context.text(Phrases.exportWritten(path)), .ok)
            focusPIN()
        } catch {
            exportForm.setError("file", context.text(error.phrase))
        }
    }
}
