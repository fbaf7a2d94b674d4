import Domain

/// A command-line mistake: exit status 2 with one line naming the argument and why.
struct UsageError: Error {
    let message: String
    /// Text already in the command line's language (a `Phrase`'s `shown`).
    init(_ message: String) { self.message = message }
    init(_ phrase: Phrase) { message = phrase.shown }
}

/// Nothing found or not permitted: exit status 1 with a one-line reason.
struct FailureError: Error {
    let message: String
    /// Text already in the command line's language (a `Phrase`'s `shown`).
    init(_ message: String) { self.message = message }
    init(_ phrase: Phrase) { message = phrase.shown }
}

/// The arguments of one subcommand. Options may stand before or after the positional
/// arguments; `--name value` and `--name=value` are both accepted. Every command takes
/// `--lang az|en` (`CommandLanguage` has already read it; here it is only checked).
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valueOptions: options that take a value (`--db`, `--ielts`).
    ///   - flagOptions: options that stand alone (`--json`, `--next-level`).
    init(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws(UsageError) {
        let valueOptions = valueOptions.union(["--lang"])
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                if argument.hasPrefix("-"), argument.count == 2, !onlyPositionals, argument != "-" {
                    throw UsageError(Phrases.cliUnknownOption(argument))
                }
                try Self.checkText(argument, name: "\"" + ShownText.escaped(argument) + "\"")
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if valueOptions.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(Phrases.cliNeedsValue(name)) }
                    values[name] = arguments[index]
                    index += 1
                }
                try Self.checkText(values[name] ?? "", name: name)
            } else if flagOptions.contains(name) {
                guard inlineValue == nil else { throw UsageError(Phrases.cliTakesNoValue(name)) }
                flags.insert(name)
            } else {
                throw UsageError(Phrases.cliUnknownOption(name))
            }
        }
        if let raw = values["--lang"], Language(code: raw) == nil {
            throw UsageError(Phrases.cliNotALanguage(raw))
        }
    }

    /// No option or argument may carry a character the store refuses (`StoredText`, issue
    /// 12): most of them end up stored or audited, and the rest are echoed back.
    private static func checkText(_ text: String, name: String) throws(UsageError) {
        if let reason = StoredText.problem(in: text) {
            throw UsageError(Phrase(az: name + ": " + reason.az, en: name + ": " + reason.en))
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option parsed as a date (YYYY-MM-DD or DD.MM.YYYY).
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let raw = values[name] else { return nil }
        guard let date = CivilDate(parsing: raw) else {
            throw UsageError(Phrases.cliNotADate(name, raw))
        }
        return date
    }

    /// The one positional argument, if any (a second one is a mistake).
    func requireAtMostOne() throws(UsageError) -> String? {
        if positionals.count > 1 { throw UsageError(Phrases.cliUnexpected(positionals[1])) }
        return positionals.first
    }

    /// Exactly `count` positional arguments, named for the message when missing (as the
    /// command's help names them, in the command line's language).
    func requirePositionals(_ names: [String]) throws(UsageError) -> [String] {
        if positionals.count < names.count {
            throw UsageError(Phrases.cliMissing(names[positionals.count]))
        }
        if positionals.count > names.count {
            throw UsageError(Phrases.cliUnexpected(positionals[names.count]))
        }
        return positionals
    }
}
