import Domain

/// A command-line mistake: exit status 2 with one line naming the argument and why.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Nothing found or not permitted: exit status 1 with a one-line reason.
struct FailureError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The arguments of one subcommand. Options may stand before or after the positional
/// arguments; `--name value` and `--name=value` are both accepted.
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valueOptions: options that take a value (`--db`, `--ielts`).
    ///   - flagOptions: options that stand alone (`--json`, `--next-level`).
    init(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                if argument.hasPrefix("-"), argument.count == 2, !onlyPositionals, argument != "-" {
                    throw UsageError("unknown option \(argument)")
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
                    guard index < arguments.count else { throw UsageError("\(name) needs a value") }
                    values[name] = arguments[index]
                    index += 1
                }
                try Self.checkText(values[name] ?? "", name: name)
            } else if flagOptions.contains(name) {
                guard inlineValue == nil else { throw UsageError("\(name) takes no value") }
                flags.insert(name)
            } else {
                throw UsageError("unknown option \(name)")
            }
        }
    }

    /// No option or argument may carry a character the store refuses (`StoredText`, issue
    /// 12): most of them end up stored or audited, and the rest are echoed back.
    private static func checkText(_ text: String, name: String) throws(UsageError) {
        if let reason = StoredText.problem(in: text) {
            throw UsageError(name + ": " + reason.text(StoreCommandSupport.language))
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option parsed as a date (YYYY-MM-DD or DD.MM.YYYY).
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let raw = values[name] else { return nil }
        guard let date = CivilDate(parsing: raw) else {
            throw UsageError("\(name): \"\(raw)\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
        }
        return date
    }

    /// Exactly `count` positional arguments, named for the message when missing.
    func requirePositionals(_ names: [String]) throws(UsageError) -> [String] {
        if positionals.count < names.count {
            throw UsageError("missing \(names[positionals.count])")
        }
        if positionals.count > names.count {
            throw UsageError("unexpected argument \"\(positionals[names.count])\"")
        }
        return positionals
    }
}
