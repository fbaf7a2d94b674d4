import Testing
@testable import Domain

private func contract(student: PersonName = PersonName(surname: "Smith", name: "Anna", fatherName: ""),
                      rector: String = "R. Rector") -> Contract {
    guard let due = DayOfYear(month: 9, day: 15) else { fatalError("valid day refused") }
    return Contract(institutionName: "Baku State University", institutionAddress: "Z. Khalilov 33, Baku",
                    rectorName: rector, city: "Bakı", contractDate: day("2026-11-23"), student: student,
                    studentAddress: "Nizami 10, Baku", specialty: "Computer engineering", level: .bachelor,
                    annualFee: Money(manat: 3500), annualPaymentDue: due)
}

/// The text with line breaks and indentation folded, to find phrases that wrap.
private func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

@Suite struct ContractTests {
    @Test("appendix: the Azerbaijani text carries the parties, fee, dates and every clause")
    func azerbaijaniText() {
        let text = contract().plainText(.az)
        for expected in ["MÜQAVİLƏ", "Baku State University ilə əcnəbi tələbə arasında", "Smith Anna",
                         "Computer engineering ixtisası üzrə bakalavr təhsil səviyyəsində", "3500.00 Azərbaycan manatı",
                         "hər il 15 sentyabr tarixinədək", "Bakı şəhəri", "23 noyabr 2026-cı il", "Rektor:",
                         "R. Rector", "Tələbənin ünvanı:", "Nizami 10, Baku"] {
            #expect(flat(text).contains(expected), "\(expected)")
        }
        for clause in ["2.1.1.", "2.1.5.", "2.2.2.", "2.2.4.", "3.1.4.", "3.2.", "3.3.", "3.4."] {
            #expect(text.contains("\n" + clause + " "), "\(clause)")
        }
    }

    @Test("appendix: the English text")
    func englishText() {
        let text = flat(contract().plainText(.en))
        #expect(text.contains("CONTRACT"))
        #expect(text.contains("on getting paid education between Baku State University and a foreign student"))
        #expect(text.contains("until 15 September;"))
        #expect(text.contains("23 November 2026"))
        #expect(text.contains("at the bachelor education level"))
    }

    @Test("plain text is wrapped to the page width")
    func wrapped() {
        let lines = contract().plainText(.en, width: 60).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test("a missing value leaves a blank to fill by hand")
    func blanks() {
        #expect(contract(rector: "").plainText(.en).contains("Rector:\n______________________________"))
    }

    @Test("HTML escapes every value from data")
    func htmlEscapes() {
        let html = contract(student: PersonName(surname: "<script>alert(\"x\")</script>", name: "O'Neil & Co",
                                                fatherName: "")).html(.en)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; Co"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }

    @Test("control characters in data never reach the output raw")
    func controlCharacters() {
        let name = PersonName(surname: "Evil\u{1B}[2J", name: "Name\u{07}", fatherName: "")
        let text = contract(student: name).plainText(.az)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Evil\\u{1B}[2J"))
        #expect(!contract(student: name).html(.az).unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("Azerbaijani ordinal suffixes of years follow vowel harmony",
          arguments: [(2010, "cu"), (2023, "cü"), (2026, "cı"), (2020, "ci"), (2000, "ci"), (2100, "cü"),
                      (2040, "cı"), (2009, "cu"), (2024, "cü"), (2030, "cu")])
    func ordinalSuffix(year: Int, suffix: String) {
        #expect(ContractTemplate.ordinalSuffix(year) == suffix)
    }

    @Test("the contract for a stored applicant takes their name and level")
    func fromApplicant() {
        let applicant = Applicant(
            surname: "Məmmədov", name: "Əli", fatherName: "Vəli", citizenship: "TR", birthDate: day("2001-05-05"),
            passportNumber: "U1", passportExpiry: day("2030-01-01"), institutionCode: "BDU", majorCode: "060101",
            level: .master, programLanguage: "az", studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .bachelor, country: "TR", institution: "Ege", language: "az",
                                        completedInAzerbaijan: false, continuesToNextLevel: true))
        guard let due = DayOfYear(month: 10, day: 1) else { Issue.record("valid day refused"); return }
        let text = Contract(applicant: applicant, specialty: "Tarix", institutionName: "BDU", city: "Bakı",
                            annualFee: Money(manat: 4000), annualPaymentDue: due, contractDate: day("2026-09-01"))
            .plainText(.az)
        #expect(flat(text).contains("Məmmədov Əli Vəli"))
        #expect(flat(text).contains("magistr təhsil səviyyəsində"))
        #expect(flat(text).contains("hər il 1 oktyabr tarixinədək"))
    }
}
