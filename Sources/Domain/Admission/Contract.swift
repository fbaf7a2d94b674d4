import Foundation

/// The appendix contract (4.6) for one paying foreign student, rendered in Azerbaijani or
/// English as plain text or printable HTML. Every value that comes from data is cleaned of
/// control characters, and in HTML every text is escaped.
public struct Contract: Sendable, Hashable {
    public var institutionName: String
    public var institutionAddress: String
    public var rectorName: String
    public var city: String
    public var contractDate: CivilDate
    public var student: PersonName
    public var studentAddress: String
    public var specialty: String
    public var level: EducationLevel
    public var annualFee: Money
    /// 2.2.2: the yearly date the tuition is paid by.
    public var annualPaymentDue: DayOfYear
    /// 4.6 "contracts with foreigners or the legal entities … who pay their tuition fee": the
    /// paying legal entity or programme (4.4), named as a party; empty when the student pays.
    public var payer: String = ""
    /// The contract's number as the desk stored it (issue 15: the contract shows its number).
    public var number: String = ""
    /// The institution's name in English, for the English translation; empty: its own name.
    public var institutionNameEnglish: String = ""

    public init(institutionName: String, institutionAddress: String = "", rectorName: String = "", city: String,
                contractDate: CivilDate, student: PersonName, studentAddress: String = "", specialty: String,
                level: EducationLevel, annualFee: Money, annualPaymentDue: DayOfYear) {
        self.institutionName = institutionName
        self.institutionAddress = institutionAddress
        self.rectorName = rectorName
        self.city = city
        self.contractDate = contractDate
        self.student = student
        self.studentAddress = studentAddress
        self.specialty = specialty
        self.level = level
        self.annualFee = annualFee
        self.annualPaymentDue = annualPaymentDue
    }

    /// The contract for a stored applicant: their name and level, the programme's specialty,
    /// the fee and the dates.
    public init(applicant: Applicant, specialty: String, institutionName: String, institutionAddress: String = "",
                rectorName: String = "", city: String, annualFee: Money, annualPaymentDue: DayOfYear,
                contractDate: CivilDate, studentAddress: String = "") {
        self.init(institutionName: institutionName, institutionAddress: institutionAddress, rectorName: rectorName,
                  city: city, contractDate: contractDate,
                  student: PersonName(surname: applicant.surname, name: applicant.name,
                                      fatherName: applicant.fatherName),
                  studentAddress: studentAddress, specialty: specialty, level: applicant.level,
                  annualFee: annualFee, annualPaymentDue: annualPaymentDue)
    }

    /// One piece of the document, independent of the output format.
    public enum Block: Sendable, Hashable {
        case heading(String)
        case note(String)
        case placeAndDate(place: String, date: String)
        case section(String)
        case paragraph(String)
        case clause(number: String, text: String)
        case signature(label: String, value: String)
    }

    /// The contract as blocks, in `language`.
    public func blocks(_ language: Language) -> [Block] {
        func t(_ phrase: Phrase) -> String { phrase.text(language) }
        let english = institutionNameEnglish.trimmingCharacters(in: .whitespaces)
        let institution = Contract.field(language == .en && !english.isEmpty ? english : institutionName)
        let studentName = Contract.field(student.full)
        var blocks: [Block] = [
            .note(t(ContractTemplate.appendixNote)),
            .heading(t(ContractTemplate.title) + (number.isEmpty ? "" : " " + t(Phrases.contractNumber(Contract.field(number))))),
            .heading(t(ContractTemplate.subtitle(institution: institution))),
        ]
        if language == .en { blocks.append(.note(t(ContractTemplate.translationNote))) }
        blocks += [
            .placeAndDate(place: t(ContractTemplate.city(Contract.field(city))),
                          date: t(ContractTemplate.date(contractDate))),
            .paragraph(t(ContractTemplate.parties(institution: institution, student: studentName))),
        ]
        let payerName = payer.trimmingCharacters(in: .whitespaces)
        if !payerName.isEmpty { blocks.append(.paragraph(t(Phrases.contractPayer(Contract.field(payerName))))) }
        blocks += [
            .section(t(ContractTemplate.section1)),
            .paragraph(t(ContractTemplate.subject(specialty: Contract.field(specialty), level: level,
                                                  fee: annualFee.description))),
            .section(t(ContractTemplate.section2)),
            .clause(number: "2.1.", text: t(ContractTemplate.institutionUndertakes)),
            .clause(number: "2.1.1.", text: t(ContractTemplate.clause211)),
            .clause(number: "2.1.2.", text: t(ContractTemplate.clause212)),
            .clause(number: "2.1.3.", text: t(ContractTemplate.clause213)),
            .clause(number: "2.1.4.", text: t(ContractTemplate.clause214)),
            .clause(number: "2.1.5.", text: t(ContractTemplate.clause215)),
            .clause(number: "2.2.", text: t(ContractTemplate.studentUndertakes)),
            .clause(number: "2.2.1.", text: t(ContractTemplate.clause221)),
            .clause(number: "2.2.2.", text: t(ContractTemplate.clause222(due: annualPaymentDue.phrase))),
            .clause(number: "2.2.3.", text: t(ContractTemplate.clause223)),
            .clause(number: "2.2.4.", text: t(ContractTemplate.clause224)),
            .section(t(ContractTemplate.section3)),
            .clause(number: "3.1.", text: t(ContractTemplate.clause31)),
            .clause(number: "3.1.1.", text: t(ContractTemplate.clause311)),
            .clause(number: "3.1.2.", text: t(ContractTemplate.clause312)),
            .clause(number: "3.1.3.", text: t(ContractTemplate.clause313)),
            .clause(number: "3.1.4.", text: t(ContractTemplate.clause314)),
            .clause(number: "3.2.", text: t(ContractTemplate.clause32)),
            .clause(number: "3.3.", text: t(ContractTemplate.clause33)),
            .clause(number: "3.4.", text: t(ContractTemplate.clause34)),
            .signature(label: t(ContractTemplate.rector), value: Contract.field(rectorName)),
            .signature(label: t(ContractTemplate.institutionAddress), value: Contract.field(institutionAddress)),
            .signature(label: t(ContractTemplate.foreignStudent), value: studentName),
            .signature(label: t(ContractTemplate.studentAddress), value: Contract.field(studentAddress)),
        ]
        if !payerName.isEmpty {
            blocks.append(.signature(label: t(Phrases.contractPayerSignature), value: Contract.field(payerName)))
        }
        return blocks
    }

    /// A blank to fill by hand when a value is missing.
    static let blank = "______________________________"

    /// A data value made safe to print: hidden characters are shown as `\u{1B}` (`ShownText`,
    /// issue 12), never sent raw to a terminal or a printer; an empty value becomes a blank
    /// line to fill in.
    static func field(_ value: String) -> String {
        let out = ShownText.escaped(value)
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? blank : trimmed
    }
}
