import Domain

/// The 4.8 report as the file a clerk sends or opens (issue 15): headings and values in words
/// of the reader's language, dates as DD.MM.YYYY, UTF-8 with a byte order mark and semicolons
/// (`CSVText.spreadsheet`). `csv` stays the format for programs: codes, commas, ISO dates.
extension YearlyReport {
    public static func spreadsheetHeader(_ language: Language) -> [String] {
        [Phrases.csvNumber, Phrases.columnSurname, Phrases.columnName, Phrases.columnFatherName, Phrases.deskCitizenship,
         Phrases.columnBirthDate, Phrases.deskPassport, Phrases.columnPIN, Phrases.deskLevel, Phrases.deskMajor,
         Phrases.deskProgramLanguage, Phrases.deskStudyForm, Phrases.deskBasis, Phrases.deskColumnAdmitted,
         Phrases.deskColumnStatus].map { $0.text(language) }
    }

    public func spreadsheetRow(_ line: Line, _ language: Language) -> [String] {
        let a = line.applicant
        return [String(line.number), a.surname, a.name, a.fatherName, ISONames.countryLabel(a.citizenship, language),
                a.birthDate.dotted, a.passportNumber, line.pin?.value ?? "", a.level.phrase.text(language), a.majorCode,
                ISONames.languageLabel(a.programLanguage, language), a.studyForm.phrase.text(language),
                a.basis.paragraph + " " + Phrases.deskBasisShort(a.basis).text(language), line.admittedOn.dotted,
                line.state.phrase.text(language)]
    }

    public func spreadsheet(_ language: Language) -> String {
        CSVText.spreadsheet([Self.spreadsheetHeader(language)] + lines.map { spreadsheetRow($0, language) })
    }
}
