import Domain
import Storage
import TerminalUI

/// What the desk's sections share for corrections on the record (issue 15): the required
/// reason field, the message that says what was recomputed, and how a voided row reads.
enum Corrections {
    /// The reason every correction and voiding needs; it goes into the row and the audit trail.
    static func reasonField(voiding: Bool, _ t: (Phrase) -> String) -> FormField {
        .text("reason", t(voiding ? Phrases.voidReason : Phrases.correctionReason), maxLength: 200,
              hint: t(Phrases.correctionReasonHint), required: true)
    }

    /// The reason typed, or nil with the field marked (and focused) when it is empty.
    static func reason(in form: inout FormState, _ t: (Phrase) -> String) -> String? {
        let reason = form.value("reason").trimmingCharacters(in: .whitespaces)
        guard reason.isEmpty else { return reason }
        form.setError("reason", t(Phrases.correctionReasonRequired))
        form.focus(on: "reason")
        return nil
    }

    /// "Corrected …" or "Voided …", with the decisions worked out again.
    static func message(_ outcome: CorrectionOutcome, voided: Bool, _ t: (Phrase) -> String) -> String {
        var more = ""
        if let decision = outcome.languageDecision {
            more += t(Phrases.recomputedDecision(decision.paragraph.rawValue, decision.outcome.phrase))
        }
        if let state = outcome.applicantState { more += t(Phrases.recomputedState(state)) }
        return t(voided ? Phrases.voidDone(more) : Phrases.correctionDone(more))
    }

    /// " — voided by leyla: typo" after a voided row, nothing after one that counts.
    static func mark(_ voided: VoidMark?, _ t: (Phrase) -> String) -> String {
        voided.map { " — " + t(Phrases.voidedMark(by: $0.by, reason: $0.reason)) } ?? ""
    }
}
