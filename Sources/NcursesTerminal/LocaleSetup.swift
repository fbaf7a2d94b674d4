import CNcursesw
import Foundation

/// Sets the locale from the environment and makes sure it is UTF-8, which the interface
/// needs for Azerbaijani letters and box drawing. A user whose locale is `C` or Latin-1 gets
/// `C.UTF-8` instead of mojibake.
public enum LocaleSetup {
    /// Returns the codeset finally in force (normally "UTF-8").
    @discardableResult
    public static func apply() -> String {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return currentCodeset() }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, candidate) != nil {
            if isUTF8(currentCodeset()) { break }
        }
        return currentCodeset()
    }

    public static func currentCodeset() -> String {
        guard let codeset = sts_codeset() else { return "" }
        return String(cString: codeset)
    }

    /// "UTF-8", "utf8", "UTF8" all count.
    public static func isUTF8(_ codeset: String) -> Bool {
        codeset.lowercased().replacingOccurrences(of: "-", with: "") == "utf8"
    }
}

