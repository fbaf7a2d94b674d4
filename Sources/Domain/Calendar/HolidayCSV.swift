import Foundation

/// A holiday calendar file as an administrator writes it for `sts holidays import` and the
/// Admin screen: one day a line, `date,name[,kind]`, an optional header line
/// (`date,name,kind`), dates as `YYYY-MM-DD` or `DD.MM.YYYY`, kind `holiday` (a day off, the
/// default) or `working-day` (a Saturday or Sunday declared a working day when days off are
/// transferred). Fields may be quoted as in RFC 4180 ("Novruz, 1-ci gün").
public enum HolidayCSV {
    /// One day read from the file.
    public struct Line: Sendable, Hashable {
        public let line: Int
        public let day: CivilDate
        public let name: String
        public let workingDay: Bool
    }

    /// A refused line: its number and why.
    public struct Problem: Sendable, Hashable {
        public let line: Int
        public let reason: Phrase
    }

    /// Every refused line of a file.
    public struct Refusal: Error, Sendable, Hashable {
        public let problems: [Problem]
    }

    /// Every day of the file, or every problem found (nothing is half-read).
    public static func parse(_ text: String) -> Result<[Line], Refusal> {
        var lines: [Line] = []
        var problems: [Problem] = []
        var seen: [CivilDate: Int] = [:]
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is one Character in Swift: split on either line end.
        for (index, raw) in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated() {
            let number = index + 1
            let record = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if record.trimmingCharacters(in: .whitespaces).isEmpty || record.hasPrefix("#") { continue }
            guard let fields = fields(of: record) else {
                problems.append(Problem(line: number, reason: Phrase(az: "dırnaq bağlanmayıb", en: "a quote is not closed")))
                continue
            }
            let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.isEmpty, problems.isEmpty, trimmed.first?.lowercased() == "date" { continue }
            guard (2...3).contains(trimmed.count) else {
                problems.append(Problem(line: number, reason: Phrase(
                    az: "\(trimmed.count) sahə var, 2 və ya 3 olmalıdır (tarix,ad[,növ])",
                    en: "\(trimmed.count) fields, expected 2 or 3 (date,name[,kind])")))
                continue
            }
            guard let day = CivilDate(parsing: trimmed[0]) else {
                problems.append(Problem(line: number, reason: Phrase(
                    az: "\"\(trimmed[0])\" tarix deyil (İİİİ-AA-GG və ya GG.AA.İİİİ)",
                    en: "\"\(trimmed[0])\" is not a date (YYYY-MM-DD or DD.MM.YYYY)")))
                continue
            }
            guard !trimmed[1].isEmpty else {
                problems.append(Problem(line: number, reason: Phrase(az: "günün adı boşdur", en: "the day's name is empty")))
                continue
            }
            let kind = trimmed.count == 3 ? trimmed[2].lowercased() : "holiday"
            guard kind == "holiday" || kind == "working-day" || kind.isEmpty else {
                problems.append(Problem(line: number, reason: Phrase(
                    az: "\"\(trimmed[2])\" növ deyil (holiday və ya working-day)",
                    en: "\"\(trimmed[2])\" is not a kind (holiday or working-day)")))
                continue
            }
            if let earlier = seen[day] {
                problems.append(Problem(line: number, reason: Phrase(
                    az: "\(day) artıq \(earlier)-ci sətirdədir", en: "\(day) is already on line \(earlier)")))
                continue
            }
            seen[day] = number
            lines.append(Line(line: number, day: day, name: trimmed[1], workingDay: kind == "working-day"))
        }
        return problems.isEmpty ? .success(lines) : .failure(Refusal(problems: problems))
    }

    /// The fields of one record (RFC 4180 quoting, without line breaks inside quotes); nil
    /// when a quote is not closed.
    static func fields(of record: String) -> [String]? {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var index = record.startIndex
        while index < record.endIndex {
            let c = record[index]
            if quoted {
                if c == "\"" {
                    let next = record.index(after: index)
                    if next < record.endIndex, record[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(c)
                }
            } else if c == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty {
                current = ""
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
            index = record.index(after: index)
        }
        guard !quoted else { return nil }
        fields.append(current)
        return fields
    }
}
