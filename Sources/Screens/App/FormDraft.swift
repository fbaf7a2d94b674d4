import Domain
import Foundation
import Storage
import TerminalUI

/// An unsaved form kept as data (issue 14): one `Codable` value per kind of form, saved as one
/// JSON text in the draft's field map and decoded back into the same type, so a screen opens
/// that form and puts the values in — it never replays the key that opened the form, and no
/// metadata hides among the fields under made-up keys.
protocol FormDraft: Codable {
    /// The draft table's name for this kind of form.
    static var form: String { get }
    /// A draft written before drafts were typed: its values and "_kind"-style keys.
    init?(legacy fields: [String: String])
}

extension FormDraft {
    /// The key of the one entry a typed draft keeps in the repository's field map.
    static var storedKey: String { "draft" }

    /// The field map the draft repository keeps.
    var stored: [String: String] {
        guard let data = try? JSONEncoder().encode(self), let json = String(data: data, encoding: .utf8) else { return [:] }
        return [Self.storedKey: json]
    }

    /// The typed draft of a stored one (a draft of the old shape read through `legacy`).
    init?(_ draft: Draft) {
        guard draft.form == Self.form else { return nil }
        if let json = draft.fields[Self.storedKey], let value = try? JSONDecoder().decode(Self.self, from: Data(json.utf8)) {
            self = value
        } else {
            self.init(legacy: draft.fields)
        }
    }
}

/// The values of a form's fields by id, as `FormState` shows them (a choice by its index).
struct FormValues: Codable, Equatable {
    var values: [String: String]

    init(_ form: FormState) { values = ApplicantFormModel.snapshot(form) }
    init(values: [String: String]) { self.values = values }

    /// Puts the values back into a form of the same kind (fields it no longer has are left).
    func restore(into form: inout FormState) { ApplicantFormModel.restore(values, into: &form) }
}

/// The Students area's open form: a status change or the residence document of one student.
struct StudentFormDraft: FormDraft, Equatable {
    enum Kind: String, Codable { case status, residence }
    static let form = "student"
    var kind: Kind
    var fields: FormValues

    init(kind: Kind, fields: FormValues) {
        self.kind = kind
        self.fields = fields
    }

    init?(legacy fields: [String: String]) {
        guard let kind = fields["_kind"].flatMap(Kind.init(rawValue:)) else { return nil }
        self.init(kind: kind, fields: FormValues(values: fields.filter { $0.key != "_kind" }))
    }
}

/// The applicant form (screen 2), with the version the typing started from: a restored draft
/// must not overwrite a newer save.
struct ApplicantFormDraft: FormDraft, Equatable {
    static let form = "applicant"
    var fields: FormValues
    var version: Int?

    init(fields: FormValues, version: Int?) {
        self.fields = fields
        self.version = version
    }

    init?(legacy fields: [String: String]) {
        self.init(fields: FormValues(values: fields.filter { $0.key != "_version" }),
                  version: fields["_version"].flatMap(Int.init))
    }
}

/// A workspace section's open sub-form: which section, which sub-form there (a document's
/// paragraph, "test", a payment kind …), and its fields.
struct SectionFormDraft: FormDraft, Equatable {
    static let form = "applicant-section"
    var section: WorkspaceSection
    var kind: String
    var fields: FormValues

    init(section: WorkspaceSection, kind: String, fields: FormValues) {
        self.section = section
        self.kind = kind
        self.fields = fields
    }

    init?(legacy fields: [String: String]) {
        guard let section = fields["_section"].flatMap(Int.init).flatMap(WorkspaceSection.init(rawValue:)),
              let kind = fields["_kind"] else { return nil }
        self.init(section: section, kind: kind, fields: FormValues(values: fields.filter { !$0.key.hasPrefix("_") }))
    }
}

/// A new "Feedback" inquiry, or the record an institution supplies for one.
struct InquiryFormDraft: FormDraft, Equatable {
    static let form = "inquiry"
    var fields: [String: String]

    init(fields: [String: String]) { self.fields = fields }
    init?(legacy fields: [String: String]) { self.fields = fields }
}

struct SupplyFormDraft: FormDraft, Equatable {
    static let form = "inquiry-supply"
    var fields: [String: String]

    init(fields: [String: String]) { self.fields = fields }
    init?(legacy fields: [String: String]) { self.fields = fields }
}

extension PaneDialog {
    /// "A form left unsaved by <who> at <when>: restore it?" — Restore or Discard.
    static func offerDraft(_ language: Language, who: String, savedAt: String, restore: @escaping () -> Void,
                           discard: @escaping () -> Void) -> PaneDialog {
        PaneDialog(dialog: MessageDialog(title: Phrases.deskDraftTitle.text(language),
                                         message: Phrases.deskDraftOffer(who: who, savedAt: savedAt).text(language),
                                         buttons: [Phrases.deskRestore.text(language), Phrases.deskDiscard.text(language)]),
                   actions: [restore, discard])
    }
}
