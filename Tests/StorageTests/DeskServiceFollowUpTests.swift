import Domain
import Foundation
import Testing
@testable import Storage

/// After the order: the residence document with the FİN (2.2.4), graduation with the diploma
/// (4.9), status changes (4.10, 4.12), and the registry's answer by PIN and by diploma.
@Suite struct DeskServiceFollowUpTests {
    func admitted(_ f: DeskServiceFixture, passport: String = "U1234567", resident: Bool = false) throws -> Applicant {
        let a = try f.applicant(passport: passport, resident: resident)
        if !resident { try f.decideLanguage(a.id) }
        return try f.admit(a)
    }

    @Test("2.2.4: the FİN entered with the residence document reaches the registry record; SSAC then finds the student by PIN")
    func pinWithResidence() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        let pin = try PIN("5zr7k2x")
        try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "MI-2026-0042",
                                   on: TestSupport.date("2026-10-20"), pin: pin)
        #expect(try f.record(of: a.id).pin?.value == "5ZR7K2X")
        #expect(try f.applicants.followUp(applicantID: a.id, by: f.clerk).pin == pin)
        let found = try RegistryService(database: f.database, caller: TestSupport.ssac).records(pin: pin, purpose: .verification)
        #expect(found.map(\.name.surname) == ["Yılmaz"])
        let residence = try f.database.rows("SELECT pin, detail FROM audit_event WHERE action = 'residence'") {
            ($0.optionalText(0), $0.text(1))
        }
        #expect(residence.count == 1 && residence[0].0 == "5ZR7K2X" && residence[0].1.contains("MI-2026-0042"))
    }

    @Test("4.11: a student admitted before the desk kept the registry gets their record with the FİN, and is found by PIN")
    func olderStudentGetsARecord() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        // Admitted the old way: the follow-up only, no registry record.
        let admitted = try f.applicants.changeState(applicantID: a.id, to: .admitted, on: TestSupport.date("2025-10-01"),
                                                    paragraph: "2.1.1", reason: "", expectedVersion: a.version, by: f.clerk)
        _ = try f.applicants.saveFollowUp(AdmissionFollowUp(admittedOn: TestSupport.date("2025-09-10"), educationState: .studying),
                                          applicantID: a.id, expectedVersion: admitted.version, by: f.clerk)
        try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "MI-9",
                                   on: TestSupport.date("2025-11-01"), pin: try PIN("7KX2M4P"))
        let record = try f.record(of: a.id)
        #expect(record.pin?.value == "7KX2M4P" && record.admissionYear == 2025 && record.yearsOfStudy == 5)
        let found = try RegistryService(database: f.database, caller: TestSupport.ssac)
            .records(pin: try PIN("7KX2M4P"), purpose: .verification)
        #expect(found.count == 1)
    }

    @Test("permission: SSAC staff and another institution's clerk cannot record a language decision or assessment")
    func languagePermission() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant()
        for caller in [TestSupport.ssac, Caller(login: "atu1", role: .clerk, institutionCode: "ATU")] {
            let service = DeskService(database: f.database, caller: caller)
            #expect(TestSupport.error { try service.recordLanguageDecision(applicantID: a.id, on: TestSupport.date("2026-08-01")) }
                    is PermissionError)
        }
        #expect(try f.desk.languageRecord(applicantID: a.id) == nil)
        #expect(try f.audit(.languageDecision).isEmpty)
    }

    @Test("2.2.4: a residence document without a number is refused, naming the field; without a FİN it is kept and the record stays without one")
    func residenceWithoutPIN() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        #expect((TestSupport.error {
            try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "  ",
                                       on: TestSupport.date("2026-10-20"), pin: nil)
        } as? ValidationError)?.field == "number")
        try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "MI-1",
                                   on: TestSupport.date("2026-10-20"), pin: nil)
        #expect(try f.record(of: a.id).pin == nil)
        #expect(try f.applicants.followUp(applicantID: a.id, by: f.clerk).residenceDocumentOn == TestSupport.date("2026-10-20"))
    }

    @Test("4.9: graduation stores the diploma as typed at the desk — lower-case series included — where the diploma check finds it; the certificate by PIN shows it")
    func graduationWithDiploma() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        let pin = try PIN("5ZR7K2X")
        try f.desk.recordResidence(applicantID: a.id, expectedVersion: try f.version(a.id), documentNumber: "MI-1",
                                   on: TestSupport.date("2026-10-20"), pin: pin)
        let diploma = Diploma(series: " bd ", registrationNumber: " 0012345 ", issueDate: TestSupport.date("2031-06-30"),
                              level: .honours)
        let change = try f.desk.graduate(applicantID: a.id, expectedVersion: try f.version(a.id), diploma: diploma)
        #expect(change.to == .graduated)
        let record = try f.record(of: a.id)
        #expect(record.educationState == .graduated)
        #expect(record.diploma == Diploma(series: "BD", registrationNumber: "0012345", issueDate: TestSupport.date("2031-06-30"),
                                          level: .honours))
        let ssac = RegistryService(database: f.database, caller: TestSupport.ssac)
        #expect(try ssac.checkDiploma(series: "bd", number: "0012345", initials: "YM").code == "valid")
        let certificate = try #require(try ssac.certificatePreview(pin: pin, purpose: .verification))
        #expect(certificate.records.first?.diploma?.series == "BD")
        #expect(certificate.records.first?.diploma?.level == .honours)
        let graduation = try #require(try f.audit(.graduation).last)
        #expect(graduation.contains("diploma BD 0012345 of 2031-06-30, honours"))
    }

    @Test("4.9: graduation without a diploma is refused with its paragraph; nothing changes")
    func graduationNeedsDiploma() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        let refusal = try #require(TestSupport.error {
            try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .graduate(nil),
                                    on: TestSupport.date("2030-06-30"))
        } as? StatusRefusal)
        #expect(refusal.paragraph == "4.9")
        #expect(try f.record(of: a.id).educationState == .studying)
        #expect(try f.audit(.graduation).isEmpty)
    }

    @Test("4.10/4.12: a dismissal records the state and history and both notices due in 3 working days, audited with the record's change")
    func dismissal() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        let before = f.auditCount
        // Monday 23 November 2026: three working days later is Thursday 26 November.
        let change = try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id),
                                             event: .dismiss(.unpaidTuition), on: TestSupport.date("2026-11-23"))
        #expect(change.to == .dismissed)
        let events = try f.desk.desk.events(applicantID: a.id, by: f.clerk)
        #expect(Set(events.map(\.kind)) == [.noticeMinistry, .noticeMigration])
        #expect(events.allSatisfy { $0.dueOn == TestSupport.date("2026-11-26") })
        // The desk's row and (issue 12) the registry record's state change, in one transaction.
        #expect(f.auditCount == before + 2)
        #expect(try f.audit(.recordStateChange).last?.contains("→ dismissed") == true)
        #expect(try f.audit(.statusChange).last?.contains("enrolled → dismissed") == true)
        // Reinstated: the status read back from the history.
        try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .reinstate,
                                on: TestSupport.date("2027-02-01"))
        let followUp = try f.applicants.followUp(applicantID: a.id, by: f.clerk)
        #expect(try f.desk.status(of: followUp) == .reinstated)
    }

    @Test("permission: a clerk of another institution cannot change the status; nothing is written")
    func statusPermission() throws {
        let f = try DeskServiceFixture()
        let a = try admitted(f)
        let other = DeskService(database: f.database, caller: Caller(login: "atu1", role: .clerk, institutionCode: "ATU"))
        #expect(TestSupport.error {
            try other.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .takeAcademicLeave,
                                   on: TestSupport.date("2026-11-23"))
        } is PermissionError)
        #expect(try f.record(of: a.id).educationState == .studying)
    }
}

/// 1.2 everywhere: a permanent resident follows the citizens' route.
@Suite struct DeskServicePermanentResidentTests {
    @Test("1.2: admitted without the 3.4 documents, the 2.1.1 payment, a contract or a language decision; the order says 1.2")
    func admittedAsACitizen() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(resident: true, documents: false)
        let check = try f.desk.admissionCheck(applicantID: a.id, on: TestSupport.date("2026-09-15"))
        #expect(check.refusals.isEmpty && check.tuition == nil)
        try f.admit(a)
        let history = try f.applicants.stateHistory(applicantID: a.id, by: f.clerk)
        #expect(history.last?.paragraph == "1.2")
    }

    @Test("1.2: no 2.2.4 residence deadline on the deadlines list")
    func noResidenceDeadline() throws {
        let f = try DeskServiceFixture()
        let resident = try f.applicant(passport: "R1111111", resident: true, documents: false)
        try f.admit(resident)
        let foreigner = try f.applicant(passport: "F2222222", surname: "Kaya")
        try f.decideLanguage(foreigner.id)
        try f.admit(foreigner)
        let lines = try DeskDeadlines(database: f.database).pending(on: TestSupport.date("2026-11-23"), by: f.clerk)
        let residence = lines.filter { $0.deadline.kind == .residenceDocument }.compactMap(\.applicantID)
        #expect(residence == [foreigner.id])
    }

    @Test("1.2: a dismissal sends no 4.12 notices")
    func noNotices() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(resident: true, documents: false)
        try f.admit(a)
        try f.desk.changeStatus(applicantID: a.id, expectedVersion: try f.version(a.id), event: .dismiss(.discipline),
                                on: TestSupport.date("2026-11-23"))
        #expect(try f.desk.desk.events(applicantID: a.id, by: f.clerk).isEmpty)
        #expect(try f.record(of: a.id).educationState == .dismissed)
    }
}

/// 4.4: an exchange or scholarship student whose fee the programme pays.
@Suite struct DeskServiceProgrammePaysTests {
    @Test("4.4: basis 3.1.2, fee 0 and the payer named → admitted without a payment; the contract keeps the payer")
    func admittedWithoutPayment() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(basis: .internationalProgramme, fee: 0, paid: 0, payer: "Erasmus+ KA171")
        try f.decideLanguage(a.id)
        let check = try f.desk.admissionCheck(applicantID: a.id, on: TestSupport.date("2026-09-15"))
        #expect(check.tuition?.paragraph == "4.4" && check.refusals.isEmpty)
        try f.admit(a)
        #expect(try f.applicants.contracts(applicantID: a.id, by: f.clerk).last?.payer == "Erasmus+ KA171")
    }

    @Test("4.4 is for 3.1.2/3.1.3 only: 3.1.5 with fee 0 is refused under 2.1.1")
    func notForIndividuals() throws {
        let f = try DeskServiceFixture()
        let a = try f.applicant(fee: 0, paid: 0, payer: "A relative")
        try f.decideLanguage(a.id)
        let refusal = try #require(TestSupport.error { try f.admit(a) } as? AdmissionRefusal)
        #expect(refusal.phrase.en.contains("2.1.1"))
    }
}
