import Foundation
import Testing

/// `sts exemption --json` as a script would call it: decision, paragraph and the reason of
/// every rule tried (1.2, 3.7.1, 3.7.2, 3.6, 3.5).
@Suite struct ExemptionCommandTests {
    struct Decision {
        let decision: String
        let paragraph: String
        let reasons: [(paragraph: String, applies: Bool, why: String)]
    }

    private func decide(_ arguments: [String]) throws -> Decision {
        let result = try StsBinary.run(["exemption", "--json", "--on", "2026-11-23"] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["decision", "paragraph", "reasons"])
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        return Decision(
            decision: try #require(object["decision"] as? String),
            paragraph: try #require(object["paragraph"] as? String),
            reasons: reasons.map { ($0["paragraph"] as? String ?? "", $0["applies"] as? Bool ?? false, $0["why"] as? String ?? "") })
    }

    @Test(.enabled(if: StsBinary.exists))
    func paragraph3_6BachelorBoundaryIELTS5_0AndTOEFL40() throws {
        let ielts50 = try decide(["--level", "bachelor", "--program-language", "en", "--ielts", "5.0", "--test-date", "2026-03-01"])
        #expect(ielts50.decision == "exempt")
        #expect(ielts50.paragraph == "3.6")
        #expect(ielts50.reasons.map(\.paragraph) == ["1.2", "3.7.1", "3.7.2", "3.6", "3.5"])
        #expect(ielts50.reasons.filter(\.applies).map(\.paragraph) == ["3.6"])
        let ielts45 = try decide(["--level", "bachelor", "--program-language", "en", "--ielts", "4.5", "--test-date", "2026-03-01"])
        #expect(ielts45.decision == "assessment-required")
        #expect(ielts45.paragraph == "3.5")
        let toefl39 = try decide(["--level", "bachelor", "--program-language", "en", "--toefl", "39", "--test-date", "2026-03-01"])
        #expect(toefl39.paragraph == "3.5")
        let toefl40 = try decide(["--level", "bachelor", "--program-language", "en", "--toefl", "40", "--test-date", "2026-03-01"])
        #expect(toefl40.paragraph == "3.6")
    }

    @Test(.enabled(if: StsBinary.exists))
    func paragraph3_6FurtherEducationNeedsIELTS5_5OrTOEFL50() throws {
        let master50 = try decide(["--level", "master", "--program-language", "en", "--ielts", "5.0", "--test-date", "2026-03-01"])
        #expect(master50.paragraph == "3.5")
        #expect(master50.reasons.first { $0.paragraph == "3.6" }?.why.contains("5.5") == true)
        let master55 = try decide(["--level", "doctorate", "--program-language", "en", "--ielts", "5.5", "--test-date", "2026-03-01"])
        #expect(master55.paragraph == "3.6")
        let toefl49 = try decide(["--level", "residency", "--program-language", "en", "--toefl", "49", "--test-date", "2026-03-01"])
        #expect(toefl49.paragraph == "3.5")
        let toefl50 = try decide(["--level", "residency", "--program-language", "en", "--toefl", "50", "--test-date", "2026-03-01"])
        #expect(toefl50.paragraph == "3.6")
    }

    @Test(.enabled(if: StsBinary.exists))
    func paragraph3_6SaysNothingAboutProgrammesInOtherLanguagesOrExpiredTests() throws {
        let russian = try decide(["--level", "bachelor", "--program-language", "ru", "--ielts", "8.0", "--test-date", "2026-03-01"])
        #expect(russian.paragraph == "3.5")
        let expired = try decide(["--level", "bachelor", "--program-language", "en", "--ielts", "7.0", "--test-date", "2024-11-22"])
        #expect(expired.paragraph == "3.5")
        #expect(expired.reasons.first { $0.paragraph == "3.6" }?.why.contains("22.11.2024") == true)
    }

    @Test(.enabled(if: StsBinary.exists))
    func paragraphs1_2And3_7() throws {
        let resident = try decide(["--level", "bachelor", "--program-language", "az", "--permanent-resident"])
        #expect(resident.decision == "not-applicable")
        #expect(resident.paragraph == "1.2")
        let continuing = try decide(["--level", "master", "--program-language", "az", "--previous-language", "az",
                                     "--previous-level", "bachelor", "--studied-in-azerbaijan", "--next-level"])
        #expect(continuing.paragraph == "3.7.1")
        let languageChanged = try decide(["--level", "master", "--program-language", "en", "--previous-language", "az",
                                          "--previous-level", "bachelor", "--studied-in-azerbaijan", "--next-level"])
        #expect(languageChanged.paragraph == "3.5")
        let abroad = try decide(["--level", "master", "--program-language", "tr", "--previous-language", "tr",
                                 "--previous-level", "bachelor", "--previous-recognised"])
        #expect(abroad.paragraph == "3.7.2")
    }

    /// 3.7.2 "that meet the requirements stipulated by the laws of the host country": without
    /// --previous-recognised the language match alone does not exempt, and the reason says why.
    @Test(.enabled(if: StsBinary.exists))
    func paragraph3_7_2NeedsTheDocumentRecognisedInAzerbaijan() throws {
        let unrecognised = try decide(["--level", "master", "--program-language", "tr", "--previous-language", "tr",
                                       "--previous-level", "bachelor"])
        #expect(unrecognised.paragraph == "3.5")
        let reason = unrecognised.reasons.first { $0.paragraph == "3.7.2" }
        #expect(reason?.applies == false)
        #expect(reason?.why.contains("recognised in Azerbaijan") == true)
    }

    /// One TOEFL band table: without any option the command uses the standard one the desk
    /// uses (band 3.0 → 44 iBT ≥ 40 for a bachelor; band 2.5 → 34 is not enough).
    @Test(.enabled(if: StsBinary.exists))
    func toeflBandUsesTheStandardTableByDefault() throws {
        let band30 = try decide(["--level", "bachelor", "--program-language", "en", "--toefl-band", "3", "--test-date", "2026-03-01"])
        #expect(band30.paragraph == "3.6")
        #expect(band30.reasons.first { $0.paragraph == "3.6" }?.why.contains("44") == true)
        let band25 = try decide(["--level", "bachelor", "--program-language", "en", "--toefl-band", "2.5", "--test-date", "2026-03-01"])
        #expect(band25.paragraph == "3.5")
    }

    @Test(.enabled(if: StsBinary.exists))
    func badInputIsOneLineNamingTheFlagAndExitStatusTwo() throws {
        for (arguments, flag) in [(["--level", "phd", "--program-language", "en"], "--level"),
                                  (["--level", "bachelor", "--program-language", "en", "--ielts", "5.3"], "--ielts"),
                                  (["--level", "bachelor", "--program-language", "en", "--toefl", "121"], "--toefl"),
                                  (["--level", "bachelor", "--program-language", "en", "--ielts", "6", "--test-date", "2026-02-30"], "--test-date"),
                                  (["--program-language", "en"], "--level")] {
            let result = try StsBinary.run(["exemption"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains(flag), "\(arguments): \(result.stderr)")
        }
    }
}
