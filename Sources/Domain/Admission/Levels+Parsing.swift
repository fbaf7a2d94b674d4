/// Levels as typed on the command line or in an imported file: the canonical names
/// (`secondary-specialised`, `bachelor` …) in any case, with `_` or spaces for `-`, and
/// the American spelling `specialized`.
extension EducationLevel {
    public init?(parsing raw: String) {
        let key = LevelKey.normalise(raw)
        if let level = EducationLevel(rawValue: key) {
            self = level
            return
        }
        // Only the documented names (and the American spelling): a guessed alias such as
        // "phd" is refused so a typo never silently picks a level.
        guard key == "secondary-specialized" else { return nil }
        self = .secondarySpecialised
    }

    /// "secondary-specialised, bachelor, master, doctorate, residency", for messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension PriorLevel {
    public init?(parsing raw: String) {
        let key = LevelKey.normalise(raw)
        if let level = PriorLevel(rawValue: key) {
            self = level
            return
        }
        guard key == "secondary-specialized" else { return nil }
        self = .secondarySpecialised
    }

    /// "general-secondary, secondary-specialised, …", for messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

private enum LevelKey {
    static func normalise(_ raw: String) -> String {
        let trimmed = raw.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
        return trimmed.joined(separator: "-").lowercased()
    }
}
