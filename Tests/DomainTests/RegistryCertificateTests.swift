import Foundation
import Testing
@testable import Domain

private func record(id: Int64 = 1, surname: String = "Məmmədov", name: String = "İlkin", father: String = "Əli oğlu",
                    year: Int = 2008, state: EducationState = .graduated,
                    diploma: Diploma? = Diploma(series: "BA", registrationNumber: "0101", issueDate: day("2012-06-30"),
                                                level: .honours)) -> StudentRecord {
    StudentRecord(id: id, pin: PIN(unchecked: "AB12CD3"), name: PersonName(surname: surname, name: name, fatherName: father),
                  birthDate: day("1990-05-17"), admissionYear: year, institutionCode: "BDU",
                  institutionName: "Bakı Dövlət Universiteti", funding: .state, level: .bachelor, yearsOfStudy: 4,
                  majorCode: "050509", majorName: "Kompüter elmləri", enrollmentStatus: .admitted, educationState: state,
                  diploma: diploma)
}

@Suite struct CertificateTests {
    @Test func aCertificateListsEveryRecordNewestFirstWithEveryFieldOfSeed000() throws {
        let older = record(id: 1, year: 2004)
        let newer = record(id: 2, year: 2008, state: .studying, diploma: nil)
        let certificate = try #require(Certificate(pin: PIN(unchecked: "AB12CD3"), records: [older, newer]))
        #expect(certificate.records.map(\.admissionYear) == [2008, 2004])
        let issue = CertificateIssue(code: "ABCD-EFGH-JKMN", issuedAt: "2026-01-02T03:04:05Z", issuedBy: "aygun")
        let baku = try #require(TimeZone(identifier: "Asia/Baku"))
        let text = CertificateDocument.text(certificate, issue: issue, language: .en, timeZone: baku)
        // Dates as DD.MM.YYYY and the time of issue in Baku time (issue 15).
        for expected in ["Məmmədov İlkin Əli oğlu", "17.05.1990", "Year of admission", "Bakı Dövlət Universiteti",
                         "by the state", "bachelor (4 years)", "050509 Kompüter elmləri", "admitted", "studying",
                         "BA 0101", "30.06.2012", "with honours", "no diploma issued", "ABCD-EFGH-JKMN", "aygun",
                         "sts verify ABCD-EFGH-JKMN", "02.01.2026 07:04"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("2026-01-02T03:04:05Z") && !text.contains("1990-05-17"))
        let html = CertificateDocument.html(certificate, issue: issue, language: .az, timeZone: baku)
        #expect(html.contains("<td>02.01.2026 07:04</td>") && html.contains("<td>17.05.1990</td>"))
    }

    @Test func noRecordsMeansNoCertificate() {
        #expect(Certificate(pin: PIN(unchecked: "AB12CD3"), records: []) == nil)
    }

    @Test func htmlEscapesMarkupAndControlCharacters() throws {
        let hostile = record(surname: "<script>alert('x')</script>", name: "A&B", father: "\u{1B}[31mred")
        let certificate = try #require(Certificate(pin: PIN(unchecked: "AB12CD3"), records: [hostile]))
        let html = CertificateDocument.html(certificate, issue: nil, language: .az)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("A&amp;B"))
        #expect(html.contains("\\u{1B}[31mred"))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B })
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let text = CertificateDocument.text(certificate, issue: nil, language: .en)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func differencesSayWhatTheRegistryNowSays() throws {
        let pin = PIN(unchecked: "AB12CD3")
        let then = try #require(Certificate(pin: pin, records: [record(state: .studying)]))
        #expect(then.differences(from: then).isEmpty)
        let now = try #require(Certificate(pin: pin, records: [record(state: .dismissed)]))
        let found = then.differences(from: now)
        #expect(found.count == 1)
        #expect(found.first?.en.contains("dismissed") == true)
        #expect(then.differences(from: nil).count == 1)
        let withoutDiploma = try #require(Certificate(pin: pin, records: [record(state: .studying, diploma: nil)]))
        #expect(then.differences(from: withoutDiploma).first?.en.hasSuffix("diploma is now: none") == true)
    }

    @Test func theSnapshotRoundTripsThroughJSON() throws {
        let certificate = try #require(Certificate(pin: PIN(unchecked: "AB12CD3"), records: [record(), record(id: 2, year: 2013, diploma: nil)]))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let data = try encoder.encode(certificate)
        #expect(String(decoding: data, as: UTF8.self).contains("\"father_name\""))
        #expect(try decoder.decode(Certificate.self, from: data) == certificate)
    }
}

@Suite struct VerificationCodeTests {
    @Test func codesAreTwelveUnambiguousCharactersInGroupsOfFour() {
        var seen = Set<String>()
        for _ in 0..<2000 {
            let code = VerificationCode.generate()
            #expect(code.count == 14)
            #expect(code.split(separator: "-").map(\.count) == [4, 4, 4])
            #expect(!code.contains { "01ILO".contains($0) })
            seen.insert(code)
        }
        #expect(seen.count == 2000, "no repeats in 2000 draws from 2^59")
    }

    @Test func typedCodesAreNormalisedAndLookAlikesRefused() {
        #expect(VerificationCode.normalized("abcd efgh jkmn") == "ABCD-EFGH-JKMN")
        #expect(VerificationCode.normalized("ABCDEFGHJKMN") == "ABCD-EFGH-JKMN")
        #expect(VerificationCode.normalized("ABCD-EFGH-JKM0") == nil, "0 is never in a code")
        #expect(VerificationCode.normalized("ABCD-EFGH") == nil)
    }
}

@Suite struct DiplomaCheckTests {
    let holder = record(surname: "İsmayılov", name: "Əli", father: "Hüseyn oğlu")

    @Test func initialsMatchUnderAzerbaijaniUpperCasing() {
        // i upper-cases to İ (not I), ə to Ə.
        #expect(DiplomaCheck.evaluate(initials: "iəh", records: [holder]) == .valid(holder))
        #expect(DiplomaCheck.evaluate(initials: "İ.Ə.H.", records: [holder]) == .valid(holder))
        #expect(DiplomaCheck.evaluate(initials: nil, records: [holder]) == .valid(holder))
    }

    @Test func aMismatchSaysWhichInitialsDiffer() {
        #expect(DiplomaCheck.evaluate(initials: "IƏH", records: [holder]) == .mismatch(holder, differing: [.surname]),
                "dotless I is another letter than İ")
        #expect(DiplomaCheck.evaluate(initials: "İAX", records: [holder]) == .mismatch(holder, differing: [.name, .fatherName]))
        #expect(DiplomaCheck.evaluate(initials: "İƏ", records: [holder]) == .mismatch(holder, differing: [.fatherName]))
    }

    @Test func noRecordIsNotFound() {
        #expect(DiplomaCheck.evaluate(initials: "ABC", records: []) == .notFound)
        #expect(DiplomaCheckResult.notFound.code == "not-found")
    }
}

@Suite struct LookupPurposeAndSupplyTests {
    @Test func purposesParseFromCodesAndFreeText() {
        #expect(LookupPurpose(parsing: "verification") == .verification)
        #expect(LookupPurpose(parsing: "visa application") == .other("visa application"))
        #expect(LookupPurpose(parsing: "  ") == nil)
        #expect(LookupPurpose.other("visa").auditText == "other: visa")
        #expect(LookupPurpose.investigation.auditText == "investigation")
    }

    @Test func aPurposeNamedByItsCodeOrItsNameIsThatPurposeNotOther() {
        #expect(LookupPurpose(parsing: "Citizen-Request") == .citizenRequest)
        #expect(LookupPurpose(parsing: "citizen request") == .citizenRequest)
        #expect(LookupPurpose(parsing: "citizen's request") == .citizenRequest)
        #expect(LookupPurpose(parsing: "VƏTƏNDAŞIN MÜRACİƏTİ") == .citizenRequest)
        #expect(LookupPurpose(parsing: "Employer or institution verification") == .verification)
        #expect(LookupPurpose(parsing: "INVESTIGATION") == .investigation)
        #expect(LookupPurpose(parsing: "saxta sənəd şübhəsi ilə araşdırma") == .investigation)
        #expect(LookupPurpose(parsing: "  Data correction ") == .correction)
        #expect(LookupPurpose(parsing: "Məlumatın düzəldilməsi") == .correction)
        #expect(LookupPurpose(parsing: "correction of the surname") == .other("correction of the surname"))
        #expect(LookupPurpose(parsing: "other: verification") == .other("verification"), "other: says it is other")
        #expect(LookupPurpose(parsing: "digər: səfirlik üçün") == .other("səfirlik üçün"), "the Azerbaijani screen's word")
        #expect(LookupPurpose(parsing: "DİGƏR: səfirlik üçün")?.auditText == "other: səfirlik üçün")
        #expect(LookupPurpose(parsing: "Other:embassy") == .other("embassy"))
        #expect(LookupPurpose(parsing: "note: embassy") == .other("note: embassy"), "only other/digər before the colon")
        #expect(LookupPurpose(parsing: "Data correction")?.auditText == "correction")
    }

    @Test func everyNameOfEveryPurposeLeadsBackToIt() {
        for purpose in LookupPurpose.choices where !purpose.isSameKind(as: .other("")) {
            for name in [purpose.auditText, purpose.phrase.en, purpose.phrase.az,
                         AzerbaijaniText.uppercased(purpose.phrase.az), purpose.phrase.en.uppercased()] {
                #expect(LookupPurpose(parsing: name) == purpose, "\(name)")
            }
        }
    }

    @Test func aSuppliedRecordTakesThePersonFromTheInquiryAndRefusesBadFields() throws {
        let inquiry = Inquiry(pin: PIN(unchecked: "AB12CD3"), name: PersonName(surname: "Quliyev", name: "Rəşad", fatherName: ""),
                              birthDate: day("1990-01-01"), institutionCode: "BDU", admissionYear: 2007)
        var supply = RecordSupply()
        supply.majorCode = "050509"
        let record = try supply.record(for: inquiry, today: day("2026-01-01")).get()
        #expect(record.admissionYear == 2007 && record.name.surname == "Quliyev" && record.institutionCode == "BDU")
        supply.yearsOfStudy = "x"
        supply.diplomaSeries = "BA"
        supply.diplomaDate = "2030-01-01"
        guard case .failure(let refusal) = supply.record(for: inquiry, today: day("2026-01-01")) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(Set(refusal.problems.map(\.field)) == ["years_of_study", "diploma_number", "diploma_date"])
    }
}
