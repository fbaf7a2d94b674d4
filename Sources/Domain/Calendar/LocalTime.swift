import Foundation

/// Times and dates as people read them (issue 15, "Time and dates as people read them").
///
/// The database keeps every moment in UTC as ISO 8601 (`2026-11-27T13:45:09.951Z`, what
/// SQLite's `strftime('%Y-%m-%dT%H:%M:%fZ','now')` writes) and every calendar date as
/// `YYYY-MM-DD`. A clerk reads neither: screens, command-line text, the certificate, the
/// contract and the draft dialog show a moment in the server's local zone (`TZ` honoured;
/// `Asia/Baku` on the production server) as `DD.MM.YYYY HH:MM`, and a date as `DD.MM.YYYY`,
/// the form Azerbaijani documents are written in — in both languages. `--json` output keeps
/// the stored ISO 8601 text with its offset (`Z`), which programs read without guessing.
public enum LocalTime {
    /// The moment a stored timestamp names, or nil when the text is not one. Accepts what
    /// the store writes (`…T13:45:09.951Z`, `…T13:45:09Z`) and the shortened forms older
    /// screens passed around (`2026-11-27 13:45`); a time without a zone is UTC, as stored.
    public static func moment(_ stored: String) -> Date? {
        var text = Substring(stored.trimmingCharacters(in: .whitespaces))
        guard text.count >= 16, let date = CivilDate(parsing: String(text.prefix(10))) else { return nil }
        text = text.dropFirst(10)
        guard let separator = text.first, separator == "T" || separator == " " else { return nil }
        text = text.dropFirst()
        if text.hasSuffix("Z") { text = text.dropLast() }
        var fraction = 0.0
        if let dot = text.firstIndex(of: ".") {
            let digits = text[text.index(after: dot)...]
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Double("0." + digits) else { return nil }
            fraction = value
            text = text[..<dot]
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 60 : 0
        guard second < 61 else { return nil }
        let seconds = date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// A moment as `DD.MM.YYYY HH:MM` in `zone` (the server's zone by default: `TZ`, else the
    /// system's). Seconds are dropped, not rounded: 13:45:59 is still 13:45 on a clock.
    public static func shown(_ moment: Date, in zone: TimeZone = .current) -> String {
        let whole = Int(moment.timeIntervalSince1970.rounded(.down))
        let local = whole + zone.secondsFromGMT(for: moment)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let inDay = local - day * 86_400
        return CivilDate(dayNumber: day).dotted + String(format: " %02d:%02d", inDay / 3_600, inDay % 3_600 / 60)
    }

    /// A stored timestamp as people read it; text that is not a timestamp is returned as it
    /// is (never hidden), so a damaged value still shows.
    public static func shown(_ stored: String, in zone: TimeZone = .current) -> String {
        guard let moment = moment(stored) else { return stored }
        return shown(moment, in: zone)
    }

    /// A stored date (`YYYY-MM-DD`) as `DD.MM.YYYY`; other text is returned as it is.
    public static func date(_ stored: String) -> String {
        CivilDate(parsing: stored).map(\.dotted) ?? stored
    }
}
