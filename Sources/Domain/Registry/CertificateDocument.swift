import Foundation

/// The e-certificate as plain text and as printable HTML, dates as `DD.MM.YYYY` and the
/// time of issue in the server's zone (`LocalTime`). Every value from the registry is
/// shown, never obeyed: hidden characters become visible escapes (`ShownText`), and in HTML
/// the markup characters are escaped as well.
public enum CertificateDocument {
    /// One labelled line of the certificate, in the order of seed 000.
    public static func lines(_ c: Certificate, language: Language) -> [(label: String, value: String)] {
        let t = { (p: Phrase) in p.text(language) }
        var out: [(String, String)] = [
            (t(Phrases.certFullName), c.fullName),
            (t(Phrases.certBirthDate), LocalTime.date(c.birthDate)),
            (t(Phrases.certPIN), c.pin),
        ]
        for (index, r) in c.records.enumerated() {
            out.append(("", ""))
            out.append(("\(t(Phrases.certRecord)) \(index + 1)", ""))
            out.append((t(Phrases.certAdmissionYear), String(r.admissionYear)))
            out.append((t(Phrases.certInstitution), r.institution))
            out.append((t(Phrases.certFunding), t(Phrases.certFundingValue(r.funding))))
            out.append((t(Phrases.certDegree), t(r.level.phrase) + " (" + t(Phrases.years(r.yearsOfStudy)) + ")"))
            out.append((t(Phrases.certMajor), r.majorCode + " " + r.majorName))
            out.append((t(Phrases.certEnrollment), t(r.enrollmentStatus.phrase)))
            out.append((t(Phrases.certState), t(r.educationState.phrase)))
            if let d = r.diploma {
                out.append((t(Phrases.certDiploma), d.series + " " + d.registrationNumber))
                out.append((t(Phrases.certDiplomaDate), LocalTime.date(d.issueDate)))
                out.append((t(Phrases.certDiplomaLevel), t(d.level.phrase)))
            } else {
                out.append((t(Phrases.certDiploma), t(Phrases.certNoDiploma)))
            }
        }
        return out
    }

    /// The issue's time is the server's local time, `DD.MM.YYYY HH:MM` (issue 15): the citizen
    /// reads Baku time, not the stored UTC text.
    private static func issueLines(_ issue: CertificateIssue?, language: Language, zone: TimeZone) -> [(String, String)] {
        guard let issue else { return [] }
        return [(Phrases.certCode.text(language), issue.code),
                (Phrases.certIssued.text(language), LocalTime.shown(issue.issuedAt, in: zone)),
                (Phrases.certIssuedBy.text(language), issue.issuedBy)]
    }

    public static func text(_ c: Certificate, issue: CertificateIssue?, language: Language,
                            timeZone: TimeZone = .current) -> String {
        let all = lines(c, language: language) + [("", "")] + issueLines(issue, language: language, zone: timeZone)
        let width = all.map { $0.0.count }.max() ?? 0
        var out = ShownText.escaped(Phrases.certificateTitle.text(language)) + "\n\n"
        for (label, value) in all {
            if label.isEmpty && value.isEmpty { out += "\n"; continue }
            if value.isEmpty { out += ShownText.escaped(label) + "\n"; continue }
            out += ShownText.escaped(label).padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + ShownText.escaped(value) + "\n"
        }
        if let issue { out += "\n" + Phrases.certCheckHint(issue.code).text(language) + "\n" }
        return out
    }

    public static func html(_ c: Certificate, issue: CertificateIssue?, language: Language,
                            timeZone: TimeZone = .current) -> String {
        let title = html(Phrases.certificateTitle.text(language))
        var rows = ""
        for (label, value) in lines(c, language: language) + issueLines(issue, language: language, zone: timeZone) {
            if label.isEmpty && value.isEmpty { continue }
            if value.isEmpty {
                rows += "<tr><th colspan=\"2\" class=\"record\">\(html(label))</th></tr>\n"
            } else {
                rows += "<tr><th>\(html(label))</th><td>\(html(value))</td></tr>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            body { font-family: serif; margin: 2cm; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #ccc; }
            th.record { background: #eee; }
            @media print { body { margin: 1cm; } }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>
            <table>
            \(rows)</table>
            \(issue.map { "<p>" + html(Phrases.certCheckHint($0.code).text(language)) + "</p>" } ?? "")
            </body>
            </html>

            """
    }

    /// Markup characters and control characters escaped for HTML.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in ShownText.escaped(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
