import Domain
import Foundation
import Storage
import TerminalUI

/// The "Feedback" inquiries (seed 000): a queue filtered by state, each inquiry with its
/// history; SSAC staff or a clerk file one, the institution's clerk supplies the record, an
/// administrator approves it into the registry or rejects it with a reason. A clerk sees the
/// inquiries addressed to their institution (the repository enforces it).
public final class InquiriesPane: Pane {
    enum Mode: Equatable { case list, new, supply, reject, approve }

    static let queueLimit = 500

    let context: AppContext
    let service: RegistryService
    let hasChanged: () -> Bool
    var mode: Mode = .list
    var filter = 1 // 0 all, then InquiryState.allCases (open first)
    public private(set) var inquiries: [Inquiry] = [] { didSet { list.setCount(inquiries.count) } }
    var list = ListState()
    var selected: Int {
        get { list.selected }
        set { list.select(newValue) }
    }
    var history: [InquiryEvent] = []
    var form = FormState([])
    var institutions: [Institution] = []
    var loaded = false
    var message: StatusMessage?
    /// Approval and rejection ask first (issue 15): what goes into the registry, or why not.
    var confirm: ActConfirmation?

    public init(context: AppContext, service: RegistryService, hasChanged: @escaping () -> Bool) {
        self.context = context
        self.service = service
        self.hasChanged = hasChanged
    }

    public var title: Phrase { Phrases.areaInquiries }
    /// The question before a changed form is dropped.
    var discarding: PaneDialog?
    public var hasUnsavedChanges: Bool { mode != .list && form.isChanged }
    public var capturesText: Bool { confirm != nil || (mode != .list && form.capturesText) }
    public var statusMessage: StatusMessage? { message }
    public var selectedInquiry: Inquiry? { inquiries.indices.contains(selected) ? inquiries[selected] : nil }
    var stateFilter: InquiryState? { filter == 0 ? nil : InquiryState.allCases[filter - 1] }

    public var keyHelp: [KeyHint] {
        [KeyHint("↑ ↓ PgUp PgDn", Phrases.helpKeyListMove), KeyHint("Home End", Phrases.helpKeyListEnds),
         KeyHint("f", Phrases.helpFilter), KeyHint("n", Phrases.helpNewInquiry),
         KeyHint("s", Phrases.helpSupply), KeyHint("a", Phrases.helpApprove), KeyHint("r", Phrases.helpReject),
         KeyHint("Enter", Phrases.keySave), KeyHint("Esc", Phrases.keyCancel)]
    }

    public var statusHints: [KeyHint] {
        if confirm != nil { return ActConfirmation.hints(mode == .approve ? Phrases.approveButton : Phrases.rejectButton) }
        guard mode == .list else { return [KeyHint("Enter", Phrases.keySave), KeyHint("Esc", Phrases.keyCancel)] }
        return [KeyHint("f", Phrases.keyFilter), KeyHint("n", Phrases.keyNew), KeyHint("s", Phrases.keySupply),
                KeyHint("a", Phrases.keyApprove), KeyHint("r", Phrases.keyReject)]
    }

    /// A change noticed while a form is open is kept and read once the queue shows again
    /// (it used to be dropped until the next change).
    public func poll() -> Bool {
        if hasChanged() { stale = true }
        guard stale, mode == .list else { return false }
        stale = false
        reload()
        return true
    }

    /// Others changed the queue while a form was open.
    private var stale = false

    // MARK: - Drafts

    static let draftForm = InquiryFormDraft.form

    public func saveDraft() {
        guard mode == .new || mode == .supply else { return }
        var fields: [String: String] = [:]
        for field in form.fields { fields[field.id] = field.value }
        let subject = mode == .new ? "" : String(selectedInquiry?.id ?? 0)
        do {
            if mode == .new {
                try service.saveDraft(form: InquiryFormDraft.form, subject: subject, fields: InquiryFormDraft(fields: fields).stored)
            } else {
                try service.saveDraft(form: SupplyFormDraft.form, subject: subject, fields: SupplyFormDraft(fields: fields).stored)
            }
        } catch {
            message = StatusMessage(context.text(Phrases.deskDraftNotKept(context.message(for: error).text)), .warning)
        }
    }

    /// A new-inquiry form left unsaved by an ended session comes back, as it was typed.
    private func offerDraft() {
        guard let draft = context.read({ try service.takeDraft(form: InquiryFormDraft.form, subject: "") }, else: nil,
                                       problem: &message), let typed = InquiryFormDraft(draft) else { return }
        openNewForm()
        for (id, value) in typed.fields { form.setValue(id, value) }
        message = StatusMessage(context.text(Phrases.draftRestored(String(draft.savedAt.prefix(16)).replacingOccurrences(of: "T", with: " "))), .warning)
    }

    func reload() {
        if !loaded {
            loaded = true
            offerDraft()
        }
        let keep = selectedInquiry?.id
        do {
            inquiries = try service.inquiries(state: stateFilter, institutionCode: nil, before: nil, limit: Self.queueLimit)
            selected = keep.flatMap { id in inquiries.firstIndex { $0.id == id } } ?? min(selected, max(0, inquiries.count - 1))
            history = try selectedInquiry.map { try service.history(inquiryID: $0.id) } ?? []
            loaded = true
        } catch {
            message = context.message(for: error)
        }
    }

    // MARK: - Keys

    public func handle(_ key: Key) -> HandlerResult {
        if !loaded { reload() }
        if var open = confirm {
            confirm = nil
            if open.handle(key) { confirm = open }
            return .redraw
        }
        if var question = discarding {
            discarding = nil
            if question.handle(key) { discarding = question }
            return .redraw
        }
        if mode != .list { return handleForm(key) }
        let hadMessage = message != nil
        message = nil
        if let moved = list.handle(key) {
            if moved == .redraw {
                history = context.read({ try service.history(inquiryID: inquiries[selected].id) }, else: [], problem: &message)
            }
            return hadMessage ? .redraw : moved
        }
        switch key {
        case .character("f"), .right, .left:
            let count = InquiryState.allCases.count + 1
            filter = (filter + (key == .left ? count - 1 : 1)) % count
            selected = 0
            reload()
            return .redraw
        case .character("n"):
            openNewForm()
            return .redraw
        case .character("s"):
            guard let inquiry = selectedInquiry else { return .ignored }
            openSupplyForm(inquiry)
            return .redraw
        case .character("r"):
            guard selectedInquiry != nil else { return .ignored }
            form = FormState([.text("reason", context.text(Phrases.inquiryReason), maxLength: 300, required: true)])
            mode = .reject
            return .redraw
        case .character("a"):
            guard let inquiry = selectedInquiry else { return .ignored }
            openApproveForm(inquiry)
            return .redraw
        default:
            return hadMessage ? .redraw : .ignored
        }
    }

    private func handleForm(_ key: Key) -> HandlerResult {
        switch key {
        case .escape:
            discarding = .escape(from: form, context.language) { [weak self] in self?.mode = .list }
            return .redraw
        case .enter:
            switch mode {
            case .new: saveNew()
            case .supply: saveSupply()
            case .reject: saveReject()
            case .approve: saveApprove()
            case .list: break
            }
            return .redraw
        default:
            return form.handle(key)
        }
    }

    /// Runs one inquiry step; on success reloads and says so, else shows why.
    func act(_ step: () throws -> Inquiry, success: (Inquiry) -> Phrase) {
        do {
            let done = try step()
            mode = .list
            reload()
            if !inquiries.contains(where: { $0.id == done.id }) {
                // Keep the inquiry just acted on in view, whatever its new state.
                filter = 0
                reload()
            }
            if let index = inquiries.firstIndex(where: { $0.id == done.id }) {
                selected = index
                history = context.read({ try service.history(inquiryID: done.id) }, else: [], problem: &message)
            }
            message = StatusMessage(context.text(success(done)), .ok)
        } catch {
            message = context.message(for: error)
        }
    }

    func choice(_ id: String) -> Int {
        guard let field = form.fields.first(where: { $0.id == id }), case .choice(_, let selected) = field.kind else { return 0 }
        return selected
    }

    // MARK: - New inquiry

    private func openNewForm() {
        let lang = context.language
        if institutions.isEmpty { institutions = context.read({ try service.institutions() }, else: [], problem: &message) }
        let own = context.caller?.institutionCode
        let start = institutions.firstIndex { $0.code == own } ?? 0
        form = FormState([
            .text("pin", Phrases.fieldPIN.text(lang), maxLength: 20, hint: Phrases.pinHint.text(lang)),
            .text("surname", Phrases.nameSurname.text(lang), maxLength: 60, required: true),
            .text("name", Phrases.nameName.text(lang), maxLength: 60, required: true),
            .text("father", Phrases.nameFather.text(lang), maxLength: 60),
            .text("born", Phrases.nameBorn.text(lang), maxLength: 10, hint: Phrases.dateHint.text(lang), required: true),
            .choice("institution", Phrases.inquiryInstitution.text(lang),
                    options: institutions.map { $0.code + " " + $0.name }, selected: start),
            .text("year", Phrases.inquiryYear.text(lang), maxLength: 4),
            .text("message", Phrases.inquiryMessage.text(lang), maxLength: 300, required: true),
        ])
        mode = .new
    }

    private func saveNew() {
        form.clearErrors()
        let lang = context.language
        var pin: PIN?
        let pinText = form.value("pin")
        if !pinText.trimmingCharacters(in: .whitespaces).isEmpty {
            switch PIN.parse(pinText) {
            case .success(let p): pin = p
            case .failure(let why): form.setError("pin", why.phrase.text(lang))
            }
        }
        for id in ["surname", "name", "message"] where form.value(id).trimmingCharacters(in: .whitespaces).isEmpty {
            form.setError(id, context.text(Phrases.fieldRequired))
        }
        let born = CivilDate(parsing: form.value("born").trimmingCharacters(in: .whitespaces))
        if born == nil { form.setError("born", context.text(Phrases.notADate)) }
        var year: Int?
        let yearText = form.value("year").trimmingCharacters(in: .whitespaces)
        if !yearText.isEmpty {
            year = Int(yearText).flatMap { (1992...context.today.year).contains($0) ? $0 : nil }
            if year == nil { form.setError("year", "1992–\(context.today.year)") }
        }
        form.markHiddenCharacters(context.text)
        if let bad = form.fields.first(where: { $0.error != nil }) {
            form.focus(on: bad.id)
            return
        }
        guard let born, institutions.indices.contains(choice("institution")) else { return }
        let inquiry = Inquiry(pin: pin, name: PersonName(surname: form.value("surname").trimmingCharacters(in: .whitespaces),
                                                         name: form.value("name").trimmingCharacters(in: .whitespaces),
                                                         fatherName: form.value("father").trimmingCharacters(in: .whitespaces)),
                              birthDate: born, institutionCode: institutions[choice("institution")].code,
                              admissionYear: year, message: form.value("message"))
        filter = 0
        act { try self.service.openInquiry(inquiry) } success: { Phrases.inquiryFiled($0.id, $0.institutionCode) }
    }

    // MARK: - Supply and reject

    static let fundings = Funding.allCases
    static let levels = EducationLevel.allCases
    static let enrollments = EnrollmentStatus.allCases
    static let states = EducationState.allCases
    static let diplomaLevels = DiplomaLevel.allCases

    private func openSupplyForm(_ inquiry: Inquiry) {
        let lang = context.language
        form = FormState([
            .text("admission_year", Phrases.inquiryYear.text(lang), value: inquiry.admissionYear.map(String.init) ?? "",
                  maxLength: 4, required: true),
            .choice("funding", Phrases.fieldFunding.text(lang), options: Self.fundings.map { $0.phrase.text(lang) }),
            .choice("level", Phrases.fieldLevel2.text(lang), options: Self.levels.map { $0.phrase.text(lang) }, selected: 1),
            .text("years_of_study", Phrases.fieldYears2.text(lang), value: "4", maxLength: 1, required: true),
            .text("major_code", Phrases.fieldMajorCode.text(lang), maxLength: 10, required: true),
            .choice("enrollment", Phrases.fieldEnrollment2.text(lang), options: Self.enrollments.map { $0.phrase.text(lang) }),
            .choice("state", Phrases.fieldState2.text(lang), options: Self.states.map { $0.phrase.text(lang) }, selected: 2),
            .text("diploma_series", Phrases.fieldDiplomaSeries.text(lang), maxLength: 10),
            .text("diploma_number", Phrases.fieldDiplomaNumber.text(lang), maxLength: 20),
            .text("diploma_date", Phrases.fieldDiplomaDate2.text(lang), maxLength: 10, hint: Phrases.dateHint.text(lang)),
            .choice("diploma_level", Phrases.fieldDiplomaLevel2.text(lang), options: Self.diplomaLevels.map { $0.phrase.text(lang) }),
        ])
        mode = .supply
        if let draft = context.read({ try service.takeDraft(form: SupplyFormDraft.form, subject: String(inquiry.id)) },
                                    else: nil, problem: &message), let typed = SupplyFormDraft(draft) {
            for (id, value) in typed.fields { form.setValue(id, value) }
            message = StatusMessage(context.text(Phrases.draftRestored(String(draft.savedAt.prefix(16)).replacingOccurrences(of: "T", with: " "))), .warning)
        }
    }

    private func saveSupply() {
        guard let inquiry = selectedInquiry else { return }
        form.clearErrors()
        var supply = RecordSupply()
        supply.admissionYear = form.value("admission_year")
        supply.funding = Self.fundings[choice("funding")].rawValue
        supply.level = Self.levels[choice("level")].rawValue
        supply.yearsOfStudy = form.value("years_of_study")
        supply.majorCode = form.value("major_code")
        supply.enrollment = Self.enrollments[choice("enrollment")].rawValue
        supply.state = Self.states[choice("state")].rawValue
        supply.diplomaSeries = form.value("diploma_series")
        supply.diplomaNumber = form.value("diploma_number")
        supply.diplomaDate = form.value("diploma_date")
        supply.diplomaLevel = Self.diplomaLevels[choice("diploma_level")].rawValue
        switch supply.record(for: inquiry, today: context.today) {
        case .failure(let refusal):
            for problem in refusal.problems { form.setError(problem.field, context.text(problem.reason)) }
            if let first = refusal.problems.first { form.focus(on: first.field) }
        case .success(let record):
            do {
                _ = try service.supply(inquiryID: inquiry.id, record: record, expectedVersion: inquiry.version)
                act { try self.service.inquiry(id: inquiry.id) ?? inquiry } success: { Phrases.inquirySupplied($0.id) }
            } catch let error as ValidationError {
                form.setError(error.field, context.text(error.reason))
                form.focus(on: error.field)
            } catch {
                message = context.message(for: error)
            }
        }
    }

    // MARK: - Approve

    /// Seed 000: the approved record must be found by PIN; without one only when the
    /// administrator states it predates PINs (before 2008). `InquiryApproval` decides.
    private func openApproveForm(_ inquiry: Inquiry) {
        let lang = context.language
        let pin = inquiry.pin ?? inquiry.proposedRecord?.pin
        form = FormState([
            .text("pin", Phrases.fieldPIN.text(lang), value: pin?.value ?? "", maxLength: 20, hint: Phrases.pinHint.text(lang)),
            .choice("predates_pins", Phrases.inquiryPredatesPINs.text(lang),
                    options: [Phrases.inquiryPredatesPINsNo.text(lang), Phrases.inquiryPredatesPINsYes.text(lang)]),
        ])
        mode = .approve
    }

    private func saveApprove() {
        guard let inquiry = selectedInquiry else { return }
        form.clearErrors()
        var statement = InquiryApproval.Statement(predatesPINs: choice("predates_pins") == 1)
        let pinText = form.value("pin")
        if !pinText.trimmingCharacters(in: .whitespaces).isEmpty {
            switch PIN.parse(pinText) {
            case .success(let pin): statement.pin = pin
            case .failure(let why):
                form.setError("pin", why.phrase.text(context.language))
                return
            }
        }
        askToApprove(inquiry, statement: statement)
    }

    func approve(_ inquiry: Inquiry, statement: InquiryApproval.Statement) {
        do {
            _ = try service.approve(inquiryID: inquiry.id, expectedVersion: inquiry.version, statement: statement)
            act { try self.service.inquiry(id: inquiry.id) ?? inquiry } success: { Phrases.inquiryApproved($0.id) }
        } catch let error as ValidationError where form.index(of: error.field) != nil {
            form.setError(error.field, context.text(error.reason))
            form.focus(on: error.field)
        } catch {
            message = context.message(for: error)
        }
    }

    private func saveReject() {
        guard let inquiry = selectedInquiry else { return }
        let reason = form.value("reason").trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            form.setError("reason", context.text(Phrases.inquiryReasonRequired))
            return
        }
        askToReject(inquiry, reason: reason)
    }
}
