import Foundation

/// The score scales of the tests 3.6 names, and the check that a reported score is one
/// the test can actually give. A score off the scale is refused, never rounded: a clerk
/// who typed 5.3 for IELTS has made a mistake that rounding would hide.
public enum LanguageScore {
    /// Why a score is not one the test reports.
    public enum Invalid: Error, Sendable, Equatable {
        /// The text is not a plain decimal number (`5`, `5.5`, `5,5`).
        case notANumber(test: LanguageTest, text: String)
        /// A number that is off the test's scale or between its steps.
        case offScale(test: LanguageTest, text: String)

        public var phrase: Phrase {
            switch self {
            case .notANumber(let test, let text):
                return Phrases.scoreNotANumber(text, test: test)
            case .offScale(let test, let text):
                return Phrases.scoreOffScale(text, test: test)
            }
        }
    }

    /// The lowest and highest score and the step between scores.
    public static func scale(of test: LanguageTest) -> (lowest: Double, highest: Double, step: Double) {
        switch test {
        case .ielts: return (0, 9, 0.5)
        case .toeflIBT: return (0, 120, 1)
        case .toeflBand: return (1, 6, 0.5)
        }
    }

    /// Whether `score` is on the test's scale: IELTS 0–9 in half bands, TOEFL iBT 0–120
    /// whole points, TOEFL 1–6 (reported from January 2026) in half steps.
    public static func isValid(_ score: Double, for test: LanguageTest) -> Bool {
        let (lowest, highest, step) = scale(of: test)
        guard score.isFinite, score >= lowest, score <= highest else { return false }
        let steps = score / step
        return steps == steps.rounded()
    }

    /// Reads a score as typed: digits, optionally a decimal point or comma and more digits.
    /// Exponents, signs, `nan` and `inf` are not scores.
    public static func parse(_ raw: String, for test: LanguageTest) -> Result<Double, Invalid> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        // A sign is allowed only so that "-1" is reported as off the scale, not as "not a number".
        let unsigned = normalised.hasPrefix("-") || normalised.hasPrefix("+") ? String(normalised.dropFirst()) : normalised
        let pieces = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let digitsOnly = pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard (1...2).contains(pieces.count), digitsOnly, let value = Double(normalised) else {
            return .failure(.notANumber(test: test, text: text))
        }
        guard unsigned == normalised, isValid(value, for: test) else {
            return .failure(.offScale(test: test, text: text))
        }
        return .success(value)
    }

    /// `5`, `5.5`, `120`: the score as a clerk writes it (half steps keep their `.5`).
    public static func format(_ score: Double) -> String {
        if score.isFinite, score == score.rounded(), abs(score) < 1e9 { return String(Int(score)) }
        return String(score)
    }

    /// IELTS scores keep one decimal (`5.0`), as the test reports and 3.6 writes them.
    public static func format(_ score: Double, for test: LanguageTest) -> String {
        switch test {
        case .ielts, .toeflBand:
            if score.isFinite, score == score.rounded(), abs(score) < 1e9 { return String(Int(score)) + ".0" }
            return format(score)
        case .toeflIBT:
            return format(score)
        }
    }
}

extension LanguageTest {
    /// The test's name as clerks and certificates write it.
    public var phrase: Phrase {
        switch self {
        case .ielts: return Phrase(az: "IELTS", en: "IELTS")
        case .toeflIBT: return Phrase(az: "TOEFL iBT", en: "TOEFL iBT")
        case .toeflBand: return Phrase(az: "TOEFL (1–6 şkalası)", en: "TOEFL (1–6 scale)")
        }
    }
}

extension LanguageTestResult {
    /// A result whose score has been checked against the test's scale.
    public init(validating test: LanguageTest, score: Double, takenOn: CivilDate) throws(LanguageScore.Invalid) {
        guard LanguageScore.isValid(score, for: test) else {
            throw .offScale(test: test, text: LanguageScore.format(score))
        }
        self.init(test: test, score: score, takenOn: takenOn)
    }
}

/// The administrator's settings the exemption rules read. Storage persists them; the
/// rules only take them as a value.
public struct ExemptionSettings: Sendable, Hashable {
    /// How many years a language test result counts for, before the decision date.
    public var validityYears: Int
    /// What a TOEFL result on the 1–6 scale is worth on the 0–120 scale that 3.6 speaks in,
    /// band by band, as an administrator sets it. A band with no entry does not count.
    public var toeflBandEquivalents: [Double: Int]

    public init(validityYears: Int = 2, toeflBandEquivalents: [Double: Int] = TOEFLBands.standard) {
        self.validityYears = max(0, validityYears)
        self.toeflBandEquivalents = toeflBandEquivalents
    }

    /// Two years' validity and the standard TOEFL band table: what the desk and
    /// `sts exemption` use until an administrator stores other settings.
    public static let standard = ExemptionSettings()
}

/// The one default TOEFL 1–6 band → 0–120 iBT table (3.6 speaks in iBT points). The desk,
/// `sts exemption` and the stored setting's default (`SettingKeys.toeflBandEquivalence`)
/// all start from it, so one applicant gets one answer.
public enum TOEFLBands {
    /// The lowest iBT score each band stands for, after the concordance ETS published for the
    /// scale reported from January 2026; an administrator can correct it (Admin › Settings).
    public static let standard: [Double: Int] = [
        1.0: 0, 1.5: 12, 2.0: 24, 2.5: 34, 3.0: 44, 3.5: 58, 4.0: 72, 4.5: 86, 5.0: 95, 5.5: 107, 6.0: 114,
    ]
}
