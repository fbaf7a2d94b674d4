import Domain
import Foundation

/// The language of everything the command line prints to a person: `--lang` (anywhere on
/// the command line, before `--`), else `STS_LANG`, else `LANG`/`LC_ALL` starting with `az`,
/// else English — `Language.resolve`, the interface's own rule, so a clerk who set
/// `STS_LANG=az` for the screens gets the commands' help, messages and errors in
/// Azerbaijani too. `--json` keys and values that are codes, and CSV column names, do not
/// follow it: scripts read them.
enum CommandLanguage {
    /// Resolved once for the process, before any argument is parsed, so that even a
    /// mistake in the arguments is reported in the person's language.
    static let current: Language = resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                           environment: ProcessInfo.processInfo.environment)

    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        Language.resolve(flag: flag(in: arguments), environment: environment)
    }

    /// The value of the last `--lang X` or `--lang=X` before `--`.
    static func flag(in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }

    /// How many arguments at the start are `--lang X` or `--lang=X` (said before the command).
    static func leadingOptions(in arguments: [String]) -> Int {
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--lang", index + 1 < arguments.count {
                index += 2
            } else if arguments[index].hasPrefix("--lang=") {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}

extension Phrase {
    /// The text in the command line's language.
    var shown: String { text(CommandLanguage.current) }
}
