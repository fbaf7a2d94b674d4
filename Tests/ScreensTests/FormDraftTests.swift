import Domain
import Foundation
@testable import Storage
import Testing
import TerminalUI
@testable import Screens

/// Issue 14: a draft is a typed value per form kind, kept as data and restored as data — the
/// form of its kind is opened and its values put in (no key is replayed, no "_kind" key sits
/// among the fields); a draft written in the old shape still comes back.
@Suite struct FormDraftTests {
    @Test func aStatusChangeDraftIsKeptAsItsKindAndValuesAndRestoredSo() throws {
        let desk = try DeskFixture()
        desk.press(.character("2"), .character("s"), .right, .tab, .tab, .right)
        let typed = desk.screen()
        desk.app.saveDrafts()
        let stored = try #require(try desk.services.desk.drafts().first)
        #expect(stored.form == "student" && Array(stored.fields.keys) == ["draft"])
        let draft = try #require(StudentFormDraft(stored))
        #expect(draft.kind == .status && draft.fields.values["event"] == "#1" && draft.fields.values["ground"] == "#1")
        let next = try DeskFixture(database: desk.database)
        next.press(.character("2"), .enter)
        let restored = next.screen()
        #expect(restored.suffix(2).flowing.contains("Draft restored"))
        // The message takes a line of its own under the hints: the form's lines above are the same.
        #expect(restored.prefix(typed.count - 2) == typed.prefix(typed.count - 2), "the same form, the same values")
    }

    @Test func aDraftOfTheOldShapeWithKindAmongTheFieldsStillComesBack() throws {
        let desk = try DeskFixture()
        let student = try #require(try desk.services.desk.students().first).applicant
        try desk.services.desk.keepDraft(form: "student", subject: String(student.id),
                                         fields: ["_kind": "residence", "number": "MI-OLD-1", "date": "20.11.2026", "pin": ""])
        desk.press(.character("2"), .enter)
        #expect(desk.text.contains("Residence document") && desk.text.contains("MI-OLD-1"))
    }

    @Test func typedDraftsRoundTripThroughTheStoredFieldMap() throws {
        let section = SectionFormDraft(section: .documents, kind: "3.4.2", fields: FormValues(values: ["received": "01.11.2026"]))
        let stored = Draft(login: "leyla", form: SectionFormDraft.form, subject: "7", fields: section.stored, savedAt: "")
        #expect(SectionFormDraft(stored) == section)
        #expect(ApplicantFormDraft(stored) == nil, "a draft of another kind of form is not read as this one")
        let legacy = Draft(login: "leyla", form: ApplicantFormDraft.form, subject: "7",
                           fields: ["surname": "Yılmaz", "_version": "3"], savedAt: "")
        #expect(ApplicantFormDraft(legacy) == ApplicantFormDraft(fields: FormValues(values: ["surname": "Yılmaz"]), version: 3))
    }
}
