import Testing
@testable import Domain

/// Seed 000: an approved "Feedback" inquiry ends with a record the citizen finds by PIN;
/// without a PIN only a record that predates PINs (1992–2007).
@Suite struct InquiryApprovalTests {
    private func record(pin: String?, year: Int) -> StudentRecord {
        StudentRecord(id: 0, pin: pin.map(PIN.init(unchecked:)), name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: ""),
                      birthDate: day("1975-04-04"), admissionYear: year, institutionCode: "BDU", institutionName: "",
                      funding: .state, level: .bachelor, yearsOfStudy: 4, majorCode: "050509", majorName: "",
                      enrollmentStatus: .admitted, educationState: .graduated, diploma: nil)
    }

    @Test("seed 000: with the inquiry's PIN the record is approved as it is")
    func withPIN() throws {
        let approved = try InquiryApproval.record(record(pin: "2AB3CD5", year: 2012), statement: .init()).get()
        #expect(approved.pin?.value == "2AB3CD5")
        #expect(InquiryApproval.historyDetail(recordID: 7, record: approved) == "student_record 7, PIN 2AB3CD5")
    }

    @Test("seed 000: no PIN and no statement is refused naming the PIN; the 2007/2008 boundary for predating PINs")
    func withoutPIN() {
        guard case .failure(let refusal) = InquiryApproval.record(record(pin: nil, year: 1995), statement: .init()) else {
            Issue.record("approved without a PIN"); return
        }
        #expect(refusal.field == "pin")
        let stated = InquiryApproval.Statement(predatesPINs: true)
        #expect((try? InquiryApproval.record(record(pin: nil, year: 2007), statement: stated).get()) != nil)
        guard case .failure(let late) = InquiryApproval.record(record(pin: nil, year: 2008), statement: stated) else {
            Issue.record("a 2008 record approved as predating PINs"); return
        }
        #expect(late.field == "predates_pins")
    }

    @Test func aPINGivenAtApprovalIsUsedAndMustAgreeWithTheRecords() throws {
        let given = InquiryApproval.Statement(pin: PIN(unchecked: "5HK2M7P"))
        #expect(try InquiryApproval.record(record(pin: nil, year: 2001), statement: given).get().pin?.value == "5HK2M7P")
        guard case .failure(let other) = InquiryApproval.record(record(pin: "2AB3CD5", year: 2012), statement: given) else {
            Issue.record("a different PIN accepted"); return
        }
        #expect(other.reason.en == "the record's PIN is 2AB3CD5, not 5HK2M7P")
        let both = InquiryApproval.Statement(pin: PIN(unchecked: "5HK2M7P"), predatesPINs: true)
        #expect((try? InquiryApproval.record(record(pin: nil, year: 2001), statement: both).get()) == nil)
    }
}
