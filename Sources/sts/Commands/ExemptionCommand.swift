import Foundation
import Domain
import Storage

/// `sts exemption`: the language-assessment decision of 1.2 and 3.5–3.7 for one applicant,
/// with the paragraph it rests on and a reason for every rule tried.
enum ExemptionCommand {
    static let help = Phrases.helpExemption

    static func run(_ arguments: [String]) throws -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(help.shown)
            return 0
        }
        let parsed = try Arguments(
            arguments,
            valueOptions: ["--level", "--program-language", "--previous-language", "--previous-level",
                           "--ielts", "--toefl", "--toefl-band", "--toefl-band-equivalence", "--test-date",
                           "--validity-years", "--on", "--lang", "--db"],
            flagOptions: ["--studied-in-azerbaijan", "--next-level", "--previous-recognised", "--permanent-resident",
                          "--json"])
        _ = try parsed.requirePositionals([])
        let language = CommandLanguage.current
        let date = try parsed.date("--on") ?? CivilDate.today()
        let settings = try self.settings(parsed, base: try installationSettings(parsed))
        let input = try self.input(parsed, on: date)
        let decision = ExemptionRules.decide(input, on: date, settings: settings)
        if parsed.has("--json") {
            print(json(decision, language: language).rendered())
        } else {
            print(text(decision, language: language))
        }
        return 0
    }

    // MARK: - Input

    static func input(_ parsed: Arguments, on date: CivilDate) throws(UsageError) -> ExemptionInput {
        guard let rawLevel = parsed.value("--level") else {
            throw UsageError(Phrases.cliRequired("--level", Phrase(az: EducationLevel.choices, en: EducationLevel.choices)))
        }
        guard let level = EducationLevel(parsing: rawLevel) else {
            throw UsageError(Phrases.cliNotALevel("--level", rawLevel, choices: EducationLevel.choices))
        }
        guard let rawProgramme = parsed.value("--program-language") else {
            throw UsageError(Phrases.cliProgrammeLanguageRequired)
        }
        let programme = try languageCode(rawProgramme, option: "--program-language")
        let previousLanguage = try parsed.value("--previous-language").map {
            raw throws(UsageError) in try languageCode(raw, option: "--previous-language")
        }
        var previousLevel: PriorLevel?
        if let raw = parsed.value("--previous-level") {
            guard let level = PriorLevel(parsing: raw) else {
                throw UsageError(Phrases.cliNotALevel("--previous-level", raw, choices: PriorLevel.choices))
            }
            previousLevel = level
        }
        let inAzerbaijan = parsed.has("--studied-in-azerbaijan")
        let nextLevel = parsed.has("--next-level")
        let recognised = parsed.has("--previous-recognised")
        let previous: ExemptionInput.Previous? =
            previousLanguage == nil && previousLevel == nil && !inAzerbaijan && !nextLevel && !recognised
            ? nil
            : ExemptionInput.Previous(level: previousLevel, language: previousLanguage, inAzerbaijan: inAzerbaijan,
                                      continuesToNextLevel: nextLevel, recognised: recognised)
        let testDate = try parsed.date("--test-date")
        if let testDate, testDate > date {
            throw UsageError(Phrases.cliTestAfterDecision(testDate, date))
        }
        var tests: [ExemptionInput.Test] = []
        for (option, test) in [("--ielts", LanguageTest.ielts), ("--toefl", .toeflIBT), ("--toefl-band", .toeflBand)] {
            guard let raw = parsed.value(option) else { continue }
            switch LanguageScore.parse(raw, for: test) {
            case .success(let score):
                tests.append(ExemptionInput.Test(test: test, score: score, takenOn: testDate))
            case .failure(let invalid):
                var message = Phrases.cliField(option, invalid.phrase)
                if test == .toeflIBT, let value = Double(raw.replacingOccurrences(of: ",", with: ".")),
                   LanguageScore.isValid(value, for: .toeflBand), value != value.rounded() {
                    message = Phrase(az: message.az + Phrases.cliUseToeflBand.az, en: message.en + Phrases.cliUseToeflBand.en)
                }
                throw UsageError(message)
            }
        }
        return ExemptionInput(level: level, programLanguage: programme, previous: previous,
                              permanentResident: parsed.has("--permanent-resident"), tests: tests)
    }

    static func languageCode(_ raw: String, option: String) throws(UsageError) -> String {
        guard let code = LanguageCode.normalised(raw) else {
            throw UsageError(Phrases.cliNotALanguageCode(option, raw))
        }
        return code
    }

    /// The administrator's settings of the database named by --db (the desk's), else the
    /// standard ones: one TOEFL band table for the desk and this command.
    static func installationSettings(_ parsed: Arguments) throws -> ExemptionSettings {
        guard let path = parsed.value("--db") else { return .standard }
        let (database, _) = try StoreCommandSupport.open(flag: path, create: false)
        return try StoreCommandSupport.refusals { try DeskService.exemptionSettings(of: database) }
    }

    static func settings(_ parsed: Arguments, base: ExemptionSettings = .standard) throws(UsageError) -> ExemptionSettings {
        var validity = base.validityYears
        if let raw = parsed.value("--validity-years") {
            guard let years = Int(raw), (0...50).contains(years) else {
                throw UsageError(Phrases.cliValidityYears(raw))
            }
            validity = years
        }
        var equivalents = base.toeflBandEquivalents
        if let raw = parsed.value("--toefl-band-equivalence") {
            equivalents = [:]
            for entry in raw.split(separator: ",") {
                let sides = entry.split(separator: "=", omittingEmptySubsequences: false)
                guard sides.count == 2 else {
                    throw UsageError(Phrases.cliNotBandScore(String(entry)))
                }
                let band: Double
                switch LanguageScore.parse(String(sides[0]), for: .toeflBand) {
                case .success(let value): band = value
                case .failure(let invalid): throw UsageError(Phrases.cliField("--toefl-band-equivalence", invalid.phrase))
                }
                switch LanguageScore.parse(String(sides[1]), for: .toeflIBT) {
                case .success(let value): equivalents[band] = Int(value)
                case .failure(let invalid): throw UsageError(Phrases.cliField("--toefl-band-equivalence", invalid.phrase))
                }
            }
        }
        return ExemptionSettings(validityYears: validity, toeflBandEquivalents: equivalents)
    }

    // MARK: - Output

    static func json(_ decision: ExemptionDecision, language: Language) -> JSON {
        .object([
            ("decision", .string(decision.outcome.rawValue)),
            ("paragraph", .string(decision.paragraph.rawValue)),
            ("reasons", .array(decision.reasons.map { reason in
                .object([
                    ("paragraph", .string(reason.paragraph.rawValue)),
                    ("applies", .bool(reason.applies)),
                    ("why", .string(reason.why.text(language))),
                ])
            })),
        ])
    }

    static func text(_ decision: ExemptionDecision, language: Language) -> String {
        let applies = Phrases.ruleApplies.text(language)
        let doesNot = Phrases.ruleDoesNotApply.text(language)
        let width = max(applies.count, doesNot.count)
        var lines = [decision.sentence(language), "", Phrases.rulesTried.text(language) + ":"]
        for reason in decision.reasons {
            let paragraph = reason.paragraph.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            let verdict = (reason.applies ? applies : doesNot).padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(paragraph) \(verdict)  \(reason.why.text(language))")
        }
        return lines.joined(separator: "\n")
    }
}
