/// How the program writes CSV that a clerk opens in a spreadsheet (the 4.8 report, and any
/// other CSV export): RFC 4180, and no cell a spreadsheet would run (issue 12).
public enum CSVText {
    /// One cell. A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return is a formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)`,
    /// `@SUM(…)`, `-2+3+cmd|' /C calc'!A0`); as OWASP's "CSV Injection" page recommends, it
    /// gets a single quote in front, which the spreadsheet shows as text and does not run.
    ///
    /// Every such cell is prefixed, as OWASP says, with no exception for numbers: none of our
    /// exports has a negative number (counts, years and fees are never below zero, dates are
    /// written `YYYY-MM-DD` and start with a digit), so a cell starting with `-` can only be
    /// text, and a name or address that happens to start with one keeps its dash behind the
    /// quote. Hidden characters (`StoredText`) are written visibly as `\u{…}` (`ShownText`),
    /// so no raw tab, carriage return or line break reaches the file. A cell with a comma or
    /// a double quote is quoted, its quotes doubled (RFC 4180 §2.6–2.7).
    public static func cell(_ text: String, separator: Character = ",") -> String {
        var shown = ShownText.escaped(text)
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { shown = "'" + shown }
        guard shown.contains(where: { $0 == separator || $0 == "\"" || $0 == "," }) else { return shown }
        return "\"" + shown.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: cells joined by commas, ended by CRLF as RFC 4180 §2.1 writes it.
    public static func record(_ cells: [String], separator: Character = ",") -> String {
        cells.map { cell($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    /// A file for people to open in a spreadsheet (issue 15): UTF-8 with a byte order mark,
    /// so Excel reads ə, ğ, ş as they are, and cells separated by semicolons — the list
    /// separator of spreadsheets set to Azerbaijani (and Russian, Turkish, German …), where
    /// the comma is the decimal mark; LibreOffice asks and offers the semicolon too.
    public static func spreadsheet(_ records: [[String]]) -> String {
        "\u{FEFF}" + records.map { record($0, separator: ";") }.joined()
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
