import Domain
import Foundation

// `sts`: argument parsing and wiring. Exit status: 0 done; 1 nothing found or not permitted;
// 2 bad input or usage — each with a one-line reason on stderr, in the language
// `CommandLanguage` resolves (--lang, STS_LANG, LANG), as is the help (Phrases.helpMain).

let version = "0.1.0"

/// One command by its name; `rest` is what follows it (and any `--lang` said before it).
func runCommand(_ first: String, _ rest: [String]) throws -> Int32 {
    switch first {
    case "help":
        // `sts help search` is `sts search --help`.
        if let command = try Arguments(rest, valueOptions: [], flagOptions: []).requireAtMostOne(), command != "help" {
            return try runCommand(command, ["--help"])
        }
        print(Phrases.helpMain.shown, terminator: "")
        return 0
    case "exemption": return try ExemptionCommand.run(rest)
    case "init": return try InitCommand.run(rest)
    case "demo": return try DemoCommand.run(rest)
    case "import": return try ImportCommand.run(rest)
    case "search": return try SearchCommand.run(rest)
    case "certificate": return try CertificateCommand.run(rest)
    case "verify": return try VerifyCommand.run(rest)
    case "diploma": return try DiplomaCommand.run(rest)
    case "inquiry": return try InquiryCommand.run(rest)
    case "users": return try UsersCommand.run(rest)
    case "audit": return try AuditCommand.run(rest)
    case "errors": return try ErrorsCommand.run(rest)
    case "checklist": return try ChecklistCommand.run(rest)
    case "admit": return try AdmitCommand.run(rest)
    case "deadlines": return try DeadlinesCommand.run(rest)
    case "report": return try ReportCommand.run(rest)
    case "backup": return try BackupCommand.run(rest)
    case "check": return try CheckCommand.run(rest)
    case "holidays": return try HolidaysCommand.run(rest)
    case "settings": return try SettingsCommand.run(rest)
    case "institutions": return try InstitutionsCommand.run(rest)
    default:
        throw UsageError(Phrases.cliUnknownCommand(first))
    }
}

func runMain() -> Int32 {
    // Installed setgid, sts acts as the user from its first instruction; the group is taken
    // back only to open the shared database (Security/Privileges.swift).
    Privileges.startLowered()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
        // `sts --lang az search …` is `sts search … --lang az`.
        let leading = CommandLanguage.leadingOptions(in: arguments)
        if leading < arguments.count, !arguments[leading].hasPrefix("-") {
            let first = arguments[leading]
            let rest = Array(arguments[..<leading]) + Array(arguments[(leading + 1)...])
            return try runCommand(first, rest)
        }
        let parsed = try Arguments(arguments, valueOptions: ["--db", "--theme", "--lang"],
                                   flagOptions: ["--demo", "--help", "--version"])
        if parsed.has("--help") {
            print(Phrases.helpMain.shown, terminator: "")
            return 0
        }
        if parsed.has("--version") {
            print("sts \(version)")
            return 0
        }
        if let stray = parsed.positionals.first {
            throw UsageError(Phrases.cliUnexpectedSeeHelp(stray))
        }
        return try InterfaceCommand.run(parsed, demo: parsed.has("--demo"))
    } catch let error as UsageError {
        FileHandle.standardError.write(Data(("sts: " + error.message + "\n").utf8))
        return 2
    } catch let error as FailureError {
        FileHandle.standardError.write(Data(("sts: " + error.message + "\n").utf8))
        return 1
    } catch {
        FileHandle.standardError.write(Data(("sts: " + StoreCommandSupport.describe(error) + "\n").utf8))
        return 1
    }
}

exit(runMain())
