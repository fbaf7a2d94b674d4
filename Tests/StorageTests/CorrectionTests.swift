import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 15, "Mistakes can be corrected, on the record": a test result (3.6), payment (2.1.1)
/// or document (3.4) voided or corrected keeps its row with who, when and why; it no longer
/// counts, and the decisions resting on it are worked out again.
@Suite struct CorrectionTests {
    let today = TestSupport.date("2026-08-25")

    @Test("2.1.1: a voided payment stays, marked, and no longer counts — the half is missing again and the order is refused; audited with the reason")
    func voidedPaymentDoesNotCount() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(fee: 400_000, paid: 200_000)
        try f.decideLanguage(a.id)
        #expect(try f.desk.admissionCheck(applicantID: a.id, on: TestSupport.date("2026-09-01")).refusals.isEmpty)
        let payment = try #require(try f.applicants.payments(applicantID: a.id, by: f.clerk).first)
        try f.desk.void(.payment, id: payment.id, reason: "typed into the wrong applicant", on: today)
        #expect(try f.applicants.payments(applicantID: a.id, by: f.clerk).isEmpty)
        let kept = try f.applicants.payments(applicantID: a.id, includingVoided: true, by: f.clerk)
        #expect(kept.count == 1 && kept[0].voided?.by == f.clerk.login && kept[0].voided?.reason == "typed into the wrong applicant")
        let refusals = try f.desk.admissionCheck(applicantID: a.id, on: TestSupport.date("2026-09-01")).refusals
        #expect(refusals.contains { $0.en.hasPrefix("2.1.1") })
        let audit = try f.audit(.recordVoid)
        #expect(audit.count == 1 && audit[0].contains("payment \(payment.id)") && audit[0].contains("200000 qəpik paid 2026-08-01")
                && audit[0].contains("typed into the wrong applicant"))
        // Voided once: a second voiding is refused, saying who did it.
        #expect(TestSupport.error { try f.desk.void(.payment, id: payment.id, reason: "again", on: today) } is ConflictError)
    }

    @Test("a correction or voiding without a reason is refused, naming the field, and nothing changes")
    func reasonIsRequired() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let payment = try #require(try f.applicants.payments(applicantID: a.id, by: f.clerk).first)
        let before = f.auditCount
        let error = TestSupport.error { try f.desk.void(.payment, id: payment.id, reason: "   ", on: today) }
        #expect((error as? ValidationError)?.field == "reason")
        #expect(TestSupport.error {
            try f.desk.correct(paymentID: payment.id, to: payment, reason: "", on: today)
        } is ValidationError)
        #expect(try f.applicants.payments(applicantID: a.id, by: f.clerk).count == 1)
        #expect(f.auditCount == before)
    }

    @Test("2.1.1: a corrected payment is voided with the row that replaced it; the corrected amount is what counts")
    func correctedPaymentIsReplaced() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(fee: 400_000, paid: 20_000)
        try f.decideLanguage(a.id)
        let typo = try #require(try f.applicants.payments(applicantID: a.id, by: f.clerk).first)
        var fixed = typo
        fixed.amountQepik = 200_000
        let outcome = try f.desk.correct(paymentID: typo.id, to: fixed, reason: "a zero was missing", on: today)
        let counted = try f.applicants.payments(applicantID: a.id, by: f.clerk)
        #expect(counted.map(\.amountQepik) == [200_000] && counted[0].id == outcome.replacement)
        let old = try #require(try f.applicants.payments(applicantID: a.id, includingVoided: true, by: f.clerk).first { $0.id == typo.id })
        #expect(old.voided?.replacedBy == outcome.replacement && old.voided?.reason == "a zero was missing")
        #expect(try f.desk.admissionCheck(applicantID: a.id, on: TestSupport.date("2026-09-01")).refusals.isEmpty)
        let audit = try #require(try f.audit(.recordCorrection).last)
        #expect(audit.contains("20000 qəpik") && audit.contains("200000 qəpik") && audit.contains("a zero was missing"))
    }

    @Test("3.6 → 3.5: correcting a mistyped IELTS result records the language decision again on its own date, from what remains")
    func correctedTestRecomputesTheDecision() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(programme: "en")
        let test = try f.applicants.add(LanguageTestRecord(applicantID: a.id, result: LanguageTestResult(
            test: .ielts, score: 6.5, takenOn: TestSupport.date("2026-06-01"))), by: f.clerk)
        let decided = try f.desk.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-08-20"))
        #expect(decided.outcome == .exempt && decided.paragraph.rawValue == "3.6")
        var fixed = test
        fixed.result = LanguageTestResult(test: .ielts, score: 4.5, takenOn: TestSupport.date("2026-06-01"))
        let outcome = try f.desk.correct(languageTestID: test.id, to: fixed, reason: "6.5 was the listening band", on: today)
        let again = try #require(outcome.languageDecision)
        #expect(again.outcome == .assessmentRequired && again.decidedOn == TestSupport.date("2026-08-20"))
        #expect(try f.desk.languageRecord(applicantID: a.id)?.outcome == .assessmentRequired)
        #expect(try f.applicants.languageTests(applicantID: a.id, by: f.clerk).map(\.result.score) == [4.5])
        #expect(try f.audit(.languageDecision).last?.contains("recomputed after a correction") == true)
        // Voiding the only result leaves no exemption either; the decision stays "assessment required".
        let current = try #require(try f.applicants.languageTests(applicantID: a.id, by: f.clerk).first)
        #expect(try f.desk.void(.languageTest, id: current.id, reason: "certificate withdrawn", on: today).languageDecision == nil)
    }

    @Test("3.4: voiding a document moves a ready applicant back to documents incomplete; a stale version is refused")
    func voidedDocumentReopensTheChecklist() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let ready = try f.applicants.changeState(applicantID: a.id, to: .ready, on: today, paragraph: "3.4", reason: "",
                                                 expectedVersion: a.version, by: f.clerk)
        #expect(ready.state == .ready)
        let photos = try #require(try f.applicants.documents(applicantID: a.id, by: f.clerk).first { $0.paragraph == "3.4.5" })
        #expect(TestSupport.error {
            try f.desk.void(.document, id: photos.id, expectedVersion: photos.version + 1, reason: "x", on: today)
        } is ConflictError)
        let outcome = try f.desk.void(.document, id: photos.id, expectedVersion: photos.version,
                                      reason: "the photos were another applicant's", on: today)
        #expect(outcome.applicantState == .documentsIncomplete)
        #expect(try f.applicants.applicant(id: a.id, by: f.clerk)?.state == .documentsIncomplete)
        #expect(!(try f.applicants.documents(applicantID: a.id, by: f.clerk).contains { $0.paragraph == "3.4.5" }))
        #expect(try f.applicants.documents(applicantID: a.id, includingVoided: true, by: f.clerk)
            .contains { $0.id == photos.id && $0.voided != nil })
    }

    @Test("3.4: a corrected document date keeps the old row; the corrected one counts")
    func correctedDocumentDate() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let passport = try #require(try f.applicants.documents(applicantID: a.id, by: f.clerk).first { $0.paragraph == "3.4.4" })
        var fixed = passport
        fixed.receivedOn = TestSupport.date("2026-07-11")
        let outcome = try f.desk.correct(documentID: passport.id, expectedVersion: passport.version, to: fixed,
                                         reason: "received on the 11th, not the 1st", on: today)
        let counted = try f.applicants.documents(applicantID: a.id, by: f.clerk).filter { $0.paragraph == "3.4.4" }
        #expect(counted.map(\.receivedOn) == [TestSupport.date("2026-07-11")] && counted[0].id == outcome.replacement)
        #expect(try f.audit(.recordCorrection).last?.contains("3.4.4 received 2026-07-01") == true)
    }

    @Test("permission: SSAC staff and another institution's clerk may not correct; nothing changes")
    func onlyTheDeskCorrects() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        let payment = try #require(try f.applicants.payments(applicantID: a.id, by: f.clerk).first)
        for caller in [TestSupport.ssac, Caller(login: "atu1", role: .clerk, institutionCode: "ATU")] {
            let service = DeskService(database: f.database, caller: caller)
            #expect(TestSupport.error { try service.void(.payment, id: payment.id, reason: "no", on: today) } is PermissionError)
        }
        #expect(try f.applicants.payments(applicantID: a.id, by: f.clerk).count == 1)
        #expect(try f.audit(.recordVoid).isEmpty)
    }
}

/// The service applies the date rule (`StatusDates`, 2.1.1, 4.10) before it writes anything.
@Suite struct StatusDateServiceTests {
    @Test("2.1.1, 4.10: leave before the admission order and a return before the leave are refused; nothing is written")
    func datesAreChecked() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        try f.admit(a, on: "2026-09-15")
        let recordID = try #require(try f.applicants.followUp(applicantID: a.id, by: f.clerk).studentRecordID)
        let history = { try f.database.scalarInt("SELECT count(*) FROM status_change WHERE student_record_id = ?", [recordID]) }
        let before = try history()
        let early = TestSupport.error {
            try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .takeAcademicLeave,
                                    on: TestSupport.date("2020-01-01"))
        } as? StatusRefusal
        #expect(early?.paragraph == "2.1.1, 4.10" && early?.why.en.contains("before the admission order of 15.09.2026") == true)
        #expect(early?.field == "date")
        #expect(try history() == before)
        try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .takeAcademicLeave,
                                on: TestSupport.date("2026-10-01"))
        let back = TestSupport.error {
            try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .returnFromLeave,
                                    on: TestSupport.date("2026-09-20"))
        } as? StatusRefusal
        #expect(back?.why.en.contains("before the leave it ends, which began on 01.10.2026") == true)
        #expect(try history() == before + 1)
        try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .returnFromLeave,
                                on: TestSupport.date("2026-10-20"))
        #expect(try history() == before + 2)
    }

    @Test("2.1.1: the order's number is required and kept with the order's date")
    func orderNumber() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        #expect((TestSupport.error {
            try f.desk.admit(applicantID: a.id, expectedVersion: try f.version(a.id), on: TestSupport.date("2026-09-10"),
                             funding: .paid, orderNumber: "  ")
        } as? ValidationError)?.field == "order_number")
        #expect(try f.applicants.applicant(id: a.id, by: f.clerk)?.state != .admitted)
        try f.desk.admit(applicantID: a.id, expectedVersion: try f.version(a.id), on: TestSupport.date("2026-09-10"),
                         funding: .paid, orderNumber: " ƏMR-112/Q ")
        let followUp = try f.applicants.followUp(applicantID: a.id, by: f.clerk)
        #expect(followUp.admissionOrderNumber == "ƏMR-112/Q" && followUp.admittedOn == TestSupport.date("2026-09-10"))
    }
}

/// A deadline marked done can be listed and undone by whoever may mark it (issue 15).
@Suite struct DeadlineUndoTests {
    @Test("4.12: a notice marked done is listed with who and when, undone by the clerk (audited), and due again")
    func noticeUndone() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        try f.admit(a, on: "2026-09-15")
        try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .dismiss(.discipline),
                                on: TestSupport.date("2026-11-23"))
        let deadlines = DeskDeadlines(database: f.database)
        let today = TestSupport.date("2026-11-24")
        let notice = try #require(try deadlines.pending(on: today, by: f.clerk).first { $0.deadline.kind == .dismissalNotice })
        try deadlines.markDone(notice, on: today, by: f.clerk)
        let done = try #require(try deadlines.done(by: f.clerk).first)
        #expect(done.event.id == notice.eventID && done.event.doneBy == f.clerk.login && done.paragraph == "4.12")
        #expect(done.who == "Yılmaz Mehmet")
        let other = Caller(login: "atu1", role: .clerk, institutionCode: "ATU")
        #expect(TestSupport.error { try deadlines.undo(eventID: done.event.id, by: other) } is PermissionError)
        try deadlines.undo(eventID: done.event.id, by: f.clerk)
        #expect(try deadlines.pending(on: today, by: f.clerk).contains { $0.eventID == notice.eventID })
        #expect(try deadlines.done(by: f.clerk).isEmpty)
        #expect(try f.audit(.deadlineUndone).last?.contains("marked done 2026-11-24 by \(f.clerk.login)") == true)
        #expect(TestSupport.error { try deadlines.undo(eventID: done.event.id, by: f.clerk) } is ConflictError)
    }

    @Test("2.2.4: undoing the residence document's mark lists the 2.2.4 deadline again")
    func residenceUndone() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        try f.decideLanguage(a.id)
        try f.admit(a, on: "2026-09-15")
        try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "MI-5",
                                   on: TestSupport.date("2026-10-01"), pin: nil)
        let deadlines = DeskDeadlines(database: f.database)
        let today = TestSupport.date("2026-10-02")
        #expect(!(try deadlines.pending(on: today, by: f.clerk).contains { $0.deadline.kind == .residenceDocument }))
        let done = try #require(try deadlines.done(by: f.clerk).first { $0.event.kind == .residence })
        try deadlines.undo(eventID: done.event.id, by: TestSupport.admin)
        #expect(try deadlines.pending(on: today, by: f.clerk).contains { $0.deadline.kind == .residenceDocument })
        #expect(try f.applicants.followUp(applicantID: a.id, by: f.clerk).residenceDocumentOn == nil)
    }
}
