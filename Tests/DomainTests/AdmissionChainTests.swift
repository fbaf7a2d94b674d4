import Testing
@testable import Domain

private func applicant(basis: AdmissionBasis = .individualContract, resident: Bool = false) -> Applicant {
    Applicant(surname: "Yılmaz", name: "Zeynep", citizenship: "TR", birthDate: day("2005-04-02"), passportNumber: "U7654321",
              passportExpiry: day("2032-01-01"), institutionCode: "BDU", majorCode: "050509", level: .bachelor,
              programLanguage: "en", studyForm: .fullTime, basis: basis,
              previous: PreviousEducation(level: .generalSecondary, country: "TR", institution: "", language: "tr",
                                          completedInAzerbaijan: false, continuesToNextLevel: false),
              permanentResident: resident)
}

/// The registry record's year of admission from the order date (15 September boundary).
@Suite struct AdmissionYearTests {
    @Test("an order on or before 15 September admits for the academic year starting that 15 September",
          arguments: ["2026-01-10", "2026-09-14", "2026-09-15"])
    func onOrBeforeTheFifteenth(order: String) {
        #expect(AdmissionRules.academicYearStarts(forOrderOn: day(order)) == day("2026-09-15"))
        #expect(AdmissionRules.admissionYear(forOrderOn: day(order)) == 2026)
    }

    @Test("an order after 15 September admits for the academic year starting next September",
          arguments: ["2026-09-16", "2026-11-23", "2026-12-31"])
    func afterTheFifteenth(order: String) {
        #expect(AdmissionRules.academicYearStarts(forOrderOn: day(order)) == day("2027-09-15"))
        #expect(AdmissionRules.admissionYear(forOrderOn: day(order)) == 2027)
    }

    @Test("seed 000 funding is offered from the basis: state for a quota (3.1.1), paid for every other basis")
    func fundingDefault() {
        #expect(AdmissionRules.defaultFunding(for: .quota) == .state)
        for basis in AdmissionBasis.allCases where basis != .quota {
            #expect(AdmissionRules.defaultFunding(for: basis) == .paid, "\(basis.paragraph)")
        }
    }
}

/// The diploma's series as the registry stores it and the diploma check looks it up.
@Suite struct DiplomaSeriesTests {
    @Test("a series typed in lower case or with spaces is the same series", arguments: ["ab", " AB ", "a b", "AB"])
    func normalised(typed: String) {
        #expect(Diploma.normalisedSeries(typed) == "AB")
    }

    @Test("a Latin series upper-cases as Latin (bi → BI, as the import does); Azerbaijani letters by Azerbaijani rules")
    func latinAndAzerbaijaniLetters() {
        #expect(Diploma.normalisedSeries("bi") == "BI")
        #expect(Diploma.normalisedSeries("əı") == "ƏI")
        #expect(Diploma.normalisedSeries("şi") == "Şİ")
    }
}

/// 3.5: the order needs an exemption (3.7.1, 3.7.2, 3.6) or the institution's assessment passed.
@Suite struct LanguageRuleTests {
    let required = LanguageRecord(decidedOn: day("2026-10-01"), outcome: .assessmentRequired,
                                  paragraph: .institutionAssesses, why: Phrase(az: "", en: ""))

    @Test("3.5: without a recorded decision the order is refused, and the reason says how to record one")
    func noDecision() {
        #expect(LanguageRule.admissionProblem(nil, permanentResident: false)?.en.contains("F4, d") == true)
    }

    @Test("3.5: assessment required and not recorded → refused; recorded as not passed → refused; passed → allowed")
    func assessment() {
        #expect(LanguageRule.admissionProblem(required, permanentResident: false) == Phrases.languageAssessmentMissing)
        var failed = required
        failed.assessment = LanguageAssessment(on: day("2026-10-02"), result: "41/100", passed: false, assessor: "K. Əliyev")
        #expect(LanguageRule.admissionProblem(failed, permanentResident: false)?.en.contains("was not passed (41/100)") == true)
        var passed = required
        passed.assessment = LanguageAssessment(on: day("2026-10-02"), result: "78/100", passed: true, assessor: "K. Əliyev")
        #expect(LanguageRule.admissionProblem(passed, permanentResident: false) == nil)
    }

    @Test("3.6/3.7: a recorded exemption allows the order, whatever today's date would make of the test")
    func exemption() {
        let decision = ExemptionRules.decide(
            ExemptionInput(level: .bachelor, programLanguage: "en",
                           tests: [ExemptionInput.Test(test: .ielts, score: 5, takenOn: day("2024-10-01"))]),
            on: day("2026-09-30"))
        #expect(decision.outcome == .exempt)
        let record = LanguageRecord(decision)
        #expect(record.paragraph == .testScore && record.decidedOn == day("2026-09-30"))
        // Two years later the same test would no longer count; the recorded decision stands.
        #expect(LanguageRule.admissionProblem(record, permanentResident: false) == nil)
    }

    @Test("1.2: a permanent resident needs no language decision at all")
    func permanentResident() {
        #expect(LanguageRule.admissionProblem(nil, permanentResident: true) == nil)
    }
}

/// 1.2 outside the language decision: the checklist of 3.4 does not apply.
@Suite struct PermanentResidentTests {
    @Test("1.2: a permanent resident has no 3.4 checklist: complete, no items, outside the regulations")
    func checklist() {
        let checklist = DocumentChecklist(applicant: applicant(resident: true), documents: ApplicantDocuments(),
                                          on: day("2026-11-23"))
        #expect(checklist.outsideRegulations && checklist.items.isEmpty && checklist.isComplete)
        let foreigner = DocumentChecklist(applicant: applicant(), documents: ApplicantDocuments(), on: day("2026-11-23"))
        #expect(!foreigner.outsideRegulations && !foreigner.isComplete)
    }
}

/// 4.4: an exchange or scholarship student (3.1.2, 3.1.3) whose fee the programme pays.
@Suite struct ProgrammePaysTests {
    @Test("4.4: fee 0 with the payer named on basis 3.1.2 or 3.1.3 → allowed under 4.4, the payer named",
          arguments: [AdmissionBasis.internationalProgramme, .institutionContract])
    func programmePays(basis: AdmissionBasis) {
        let arrangement = TuitionArrangement.of(basis: basis, annualFee: .zero, payer: "Erasmus+ KA171")
        let decision = TuitionRule.admissionOrder(arrangement, payments: [], academicYearStarts: day("2026-09-15"),
                                                  orderDate: day("2026-09-01"))
        #expect(decision.allowed && decision.paragraph == "4.4")
        #expect(decision.why.en.contains("Erasmus+ KA171"))
    }

    @Test("4.4 does not stretch: fee 0 on 3.1.5, or on 3.1.2 with no payer named, is still 2.1.1's 'no fee set'")
    func notForOthers() {
        for (basis, payer) in [(AdmissionBasis.individualContract, "Erasmus+"), (.internationalProgramme, "  ")] {
            let decision = TuitionRule.admissionOrder(TuitionArrangement.of(basis: basis, annualFee: .zero, payer: payer),
                                                      payments: [], academicYearStarts: day("2026-09-15"),
                                                      orderDate: day("2026-09-01"))
            #expect(!decision.allowed && decision.paragraph == "2.1.1")
        }
    }

    @Test("4.6: the contract names the paying legal entity as a party and at the signatures")
    func contractNamesPayer() {
        var contract = Contract(applicant: applicant(basis: .legalEntityContract), specialty: "050509",
                                institutionName: "BDU", city: "Bakı", annualFee: Money(qepik: 400_000),
                                annualPaymentDue: DayOfYear(unchecked: 9, day: 15), contractDate: day("2026-08-01"))
        #expect(!contract.plainText(.en).contains("SOCAR"))
        contract.payer = "SOCAR"
        let text = contract.plainText(.en)
        #expect(text.contains("paid by SOCAR (paragraphs 4.4 and 4.6"))
        #expect(text.contains("Paying party"))
    }
}
