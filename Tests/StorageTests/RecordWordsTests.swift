import Domain
import Testing
@testable import Storage

/// What the store keeps as codes, read as words (issue 15): every audit action has a name in
/// both languages, purposes and status reasons read in the reader's language.
@Suite struct RecordWordsTests {
    @Test func everyAuditActionHasANameInBothLanguages() {
        for action in AuditAction.allCases {
            let name = Phrases.auditAction(action.rawValue)
            #expect(name != nil, "\(action.rawValue) has no name")
            #expect(name?.az != name?.en, "\(action.rawValue) is not translated")
        }
        #expect(Phrases.auditActionText("pin-search", .az) == "FİN üzrə axtarış")
        #expect(Phrases.auditActionText("some-future-action", .az) == "some-future-action")
    }

    @Test func purposesAndReasonsReadInTheSessionsLanguage() {
        #expect(Phrases.auditPurposeText("citizen-request", .az) == "vətəndaşın müraciəti")
        #expect(Phrases.auditPurposeText("other: court", .az) == "digər: court")
        let stored = "3.1.2 " + DismissalGround.unpaidTuition.phrase.az
        #expect(Phrases.statusReasonText(stored, .az) == stored)
        #expect(Phrases.statusReasonText(stored, .en) == "3.1.2 " + DismissalGround.unpaidTuition.phrase.en)
        let transfer = StatusEvent.Kind.transfer.phrase
        #expect(Phrases.statusReasonText(transfer.az + ": BDU", .en) == transfer.en + ": BDU")
        #expect(Phrases.statusReasonText("typed by hand", .en) == "typed by hand")
    }
}
