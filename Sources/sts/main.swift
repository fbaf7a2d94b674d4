import Foundation

// `sts`: argument parsing and wiring. Exit status: 0 done; 1 nothing found or not permitted;
// 2 bad input or usage — each with a one-line reason on stderr.

let version = "0.1.0"

let help = """
    sts — Student Tracking System: foreign admissions and the Student-graduate registry

    Usage:
      sts [--db PATH] [--theme NAME] [--lang az|en]   open the full-screen interface
      sts --demo [--theme NAME] [--lang az|en]        the interface on a demo database (made on first use)
      sts --help | --version

    Commands (each has --help):
      sts init [--db PATH] [--group NAME] [--admin L]  create or upgrade a database (--group: the shared server's, as root)
      sts demo --students N [--applicants M] [--seed S] fill a database with realistic synthetic data
      sts import students|applicants FILE.csv          bulk load with a per-line report of rejected rows
      sts search NAME [--born YYYY-MM-DD] [--json]     registry search by name (Azerbaijani spellings meet)
      sts exemption --level L --program-language X …   language-assessment exemption (1.2, 3.5–3.7)
      sts certificate PIN [--purpose T] [--format text|json|html] [--out FILE]   issue the e-certificate
      sts verify CODE [--json]                         what an issued certificate said; still the same?
      sts diploma --series S --number N [--initials XYZ] [--json]   diploma check against fakes
      sts inquiry list|show|new|supply|approve|reject …  the Feedback inquiry for missing records
      sts users add|list|remove …                      who may use the system, with role (administrators)
      sts audit [--pin PIN] [--user LOGIN] [--since D] who looked at what (administrators)
      sts errors [--limit N] [--json]                  the error log: failures users met, with details (administrators)
      sts checklist APPLICANT-ID [--json]              an applicant's documents (3.4) and what is missing
      sts deadlines [--on YYYY-MM-DD] [--json]         due and overdue: 2.2.4, 4.12, 2.2.2, 4.8
      sts report yearly --year Y [--format csv]        the 4.8 report on foreign students
      sts backup FILE [--force]                        online consistent copy, verified, mode 0600 (administrators)
      sts check [--json]                               integrity, foreign keys, schema version, row counts (administrators)
      sts holidays list|add|remove|import …            the days off 4.12's working days skip (administrators change)
      sts settings list|set KEY VALUE                  test validity, TOEFL band table, 4.8 due day (administrators)

    Options:
      --db PATH      database file (default: $STS_DB, else $XDG_DATA_HOME/sts/sts.db)
      --theme NAME   default, light, high-contrast, monochrome (or $STS_THEME; NO_COLOR forces monochrome)
      --lang az|en   language of the interface (or $STS_LANG, else az when $LANG starts with az)

    Keys in the interface: F1 or ? help, F10 or q quit, arrows/PgUp/PgDn/Home/End move, Enter details.

    """

func runMain() -> Int32 {
    // Installed setgid, sts acts as the user from its first instruction; the group is taken
    // back only to open the shared database (Security/Privileges.swift).
    Privileges.startLowered()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
        if let first = arguments.first, !first.hasPrefix("-") {
            let rest = Array(arguments.dropFirst())
            switch first {
            case "help":
                print(help, terminator: "")
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
            case "deadlines": return try DeadlinesCommand.run(rest)
            case "report": return try ReportCommand.run(rest)
            case "backup": return try BackupCommand.run(rest)
            case "check": return try CheckCommand.run(rest)
            case "holidays": return try HolidaysCommand.run(rest)
            case "settings": return try SettingsCommand.run(rest)
            default:
                throw UsageError("unknown command \"\(first)\" (see sts --help)")
            }
        }
        let parsed = try Arguments(arguments, valueOptions: ["--db", "--theme", "--lang"],
                                   flagOptions: ["--demo", "--help", "--version"])
        if parsed.has("--help") {
            print(help, terminator: "")
            return 0
        }
        if parsed.has("--version") {
            print("sts \(version)")
            return 0
        }
        if let stray = parsed.positionals.first {
            throw UsageError("unexpected argument \"\(stray)\" (see sts --help)")
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
