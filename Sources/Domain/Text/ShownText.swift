/// The one rule for showing text that came from elsewhere (the database, a file, another
/// clerk, an argument): it is shown, never obeyed. Every character `StoredText` refuses —
/// an escape sequence hidden in a surname, a bell, a carriage return, a right-to-left
/// override — is written visibly as `\u{1B}`, `\u{202E}`. The screen, the certificate (text
/// and HTML), the messages that quote a refused value and the CSV exports use it; data
/// stored before the storing rule existed is therefore still harmless (issue 12).
public enum ShownText {
    /// The text with every hidden character written as `\u{HEX}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { StoredText.hiddenKind($0.value) != nil }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if StoredText.hiddenKind(scalar.value) != nil {
                out += escape(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `\u{202E}`, as Swift and JavaScript write it.
    public static func escape(_ v: UInt32) -> String {
        "\\u{" + String(v, radix: 16, uppercase: true) + "}"
    }
}
