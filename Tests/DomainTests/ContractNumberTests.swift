import Testing
@testable import Domain

/// The contract people take away shows its number, and the English translation the
/// institution's English name (issue 15; migration 10 keeps it in the institution's record).
@Suite struct ContractNumberTests {
    private func contract() -> Contract {
        guard let due = DayOfYear(month: 9, day: 15) else { fatalError("valid day refused") }
        var c = Contract(institutionName: "Bakı Dövlət Universiteti", institutionAddress: "Bakı, Z. Xəlilov küçəsi 23",
                         rectorName: "Məmmədov Elçin", city: "Bakı", contractDate: CivilDate(year: 2026, month: 11, day: 23) ?? .today(),
                         student: PersonName(surname: "Smith", name: "Anna", fatherName: ""), studentAddress: "Nizami 10",
                         specialty: "050509 Kompüter elmləri", level: .bachelor, annualFee: Money(manat: 3500),
                         annualPaymentDue: due)
        c.number = "BDU-2026-61"
        c.institutionNameEnglish = "Baku State University"
        return c
    }

    @Test func theTitleCarriesTheNumberInBothLanguages() {
        let az = contract().plainText(.az).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(az.contains("MÜQAVİLƏ № BDU-2026-61"))
        let en = contract().plainText(.en).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(en.contains("CONTRACT No. BDU-2026-61"))
    }

    @Test func theEnglishTranslationNamesTheInstitutionInEnglishAndKeepsRectorAndAddress() {
        let en = contract().plainText(.en, width: 200)
        #expect(en.contains("Baku State University, hereinafter referred to as “the education institution”"))
        #expect(en.contains("Məmmədov Elçin") && en.contains("Bakı, Z. Xəlilov küçəsi 23"))
        #expect(contract().plainText(.az, width: 200).contains("Bakı Dövlət Universiteti"))
    }
}
