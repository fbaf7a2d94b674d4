import Domain
import Foundation
import Screens
import Storage
import Testing
import TerminalUI

/// Issue 15: a changed form asks before Esc or q discards it (Esc used to drop the typing
/// silently, and q on a choice field quit and lost the draft); an untouched form closes at once.
@Suite struct FormGuardTests {
    /// The lines inside a dialog's box, as drawn (between its side borders, trimmed).
    private func boxed(_ lines: [String]) -> [String] {
        lines.compactMap { line -> String? in
            guard let first = line.firstIndex(of: "│"), let last = line.lastIndex(of: "│"), first < last else { return nil }
            return line[line.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func escOnAChangedStatusFormAsksAndKeepEditingKeepsTheChange() throws {
        let desk = try DeskFixture()
        desk.press(.character("2"), .character("s"))
        let opened = desk.screen()
        desk.press(.escape)
        #expect(desk.screen()[2].contains("Surname"), "an untouched form closes at once: \(desk.screen()[2])")
        desk.press(.character("s"), .right)
        let changed = desk.screen()
        #expect(changed != opened)
        desk.press(.escape)
        let asking = desk.screen()
        #expect(boxed(asking) == ["", "The form has unsaved changes.", "", "[ Keep editing ] [ Discard ]"])
        desk.press(.enter)                                  // Keep editing
        #expect(desk.screen() == changed, "back in the form, the change kept")
        desk.press(.escape, .right, .enter)                 // Discard
        #expect(desk.screen()[2].contains("Surname"))
    }

    @Test func qOnAChoiceFieldOfAChangedFormAsksAndQuittingKeepsADraft() throws {
        let desk = try DeskFixture()
        desk.press(.character("2"), .character("s"), .right)   // the event, a choice field: q is a command there
        #expect(desk.press(.character("q")) == .redraw, "not quit at once")
        #expect(boxed(desk.screen()) == ["", "Students: a form has unsaved changes. If you quit, it is kept as a",
                                          "draft and offered back in your next session.", "",
                                          "[ Keep editing ] [ Quit, keep the draft ]"])
        #expect(desk.press(.escape) == .redraw)
        #expect(desk.app.quitQuestion == nil)
        #expect(desk.press(.character("q")) == .redraw)
        #expect(desk.press(.right) == .redraw)
        #expect(desk.press(.enter) == .quit)
        let drafts = try SQLiteDraftRepository(database: desk.database).drafts(by: desk.caller)
        #expect(drafts.map(\.form) == ["student"], "the status form kept as a draft")
        // With nothing changed, q quits at once as before.
        let other = try DeskFixture(database: desk.database)
        other.press(.character("2"))
        #expect(other.text.contains("Restore it?"))
        other.press(.right, .enter)                                 // the draft offer: Discard
        #expect(other.press(.character("q")) == .quit)
    }

    @Test func escOnAChangedInquiryFormAsks() throws {
        let f = try RegistryFixture()
        f.press(.escape, .character("4"), .character("n"))
        f.type("Quliyev")
        f.press(.escape)
        #expect(f.text.contains("The form has unsaved changes."))
        f.press(.enter)
        #expect(f.inquiries.hasUnsavedChanges)
        f.press(.escape, .right, .enter)
        #expect(!f.inquiries.hasUnsavedChanges)
        #expect(!f.text.contains("New \"Feedback\" inquiry"))
    }
}
