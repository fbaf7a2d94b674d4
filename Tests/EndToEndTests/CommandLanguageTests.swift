import Foundation
import Testing

/// Issue 14: everything the command line prints to a person follows the interface's language
/// rule — `--lang` (before or after the command), else `STS_LANG`, else `LANG` starting with
/// `az` — and `--help` exists in both languages. English stays the default.
@Suite(.enabled(if: StsBinary.exists, "the sts binary is not built (run swift build first)"))
struct CommandLanguageTests {
    /// Runs `sts` with no language in its environment but `environment`.
    private func sts(_ arguments: [String], _ environment: [String: String] = [:]) throws -> StsBinary.Output {
        var env = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES", "STS_LANG", "STS_DB"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run(StsBinary.path, arguments, environment: env)
        return StsBinary.Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    @Test("sts --help: English by default, Azerbaijani with LANG=az_AZ.UTF-8, STS_LANG=az or --lang az")
    func mainHelpFollowsTheLanguage() throws {
        let english = try sts(["--help"])
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("sts — Student Tracking System"))
        #expect(english.stdout.contains("Commands (each has --help; sts help COMMAND shows it too):"))
        #expect(english.stdout.contains("The keys and codes of --json output, and the CSV column names sts import reads, are the\nsame in every language"))
        #expect(!english.stdout.contains("İstifadə"))

        let byLocale = try sts(["--help"], ["LANG": "az_AZ.UTF-8"])
        #expect(byLocale.status == 0)
        #expect(byLocale.stdout.hasPrefix("sts — Tələbə-Məzun İzləmə Sistemi"))
        #expect(byLocale.stdout.contains("İstifadə:"))
        #expect(byLocale.stdout.contains("Əmrlər (hər birinin --help-i var; sts help ƏMR də onu göstərir):"))
        #expect(byLocale.stdout.contains("sts checklist ƏRİZƏÇİ-NÖMRƏSİ [--json]"))
        #expect(byLocale.stdout.contains("--json çıxışının açarları və kodları"))
        #expect(!byLocale.stdout.contains("Usage:"))

        // STS_LANG wins over LANG, --lang over both, and `sts help` is `sts --help`.
        #expect(try sts(["--help"], ["LANG": "en_US.UTF-8", "STS_LANG": "az"]).stdout == byLocale.stdout)
        #expect(try sts(["--help", "--lang", "az"]).stdout == byLocale.stdout)
        #expect(try sts(["--lang=az", "help"]).stdout == byLocale.stdout)
        #expect(try sts(["--help", "--lang", "en"], ["STS_LANG": "az", "LANG": "az_AZ.UTF-8"]).stdout == english.stdout)
        #expect(try sts(["help"]).stdout == english.stdout)
    }

    @Test("Every command's --help is in both languages: 'usage:' in English, 'istifadə:' in Azerbaijani")
    func everyCommandHasHelpInBothLanguages() throws {
        let commands = ["init", "demo", "import", "search", "exemption", "certificate", "verify", "diploma", "inquiry",
                        "users", "audit", "errors", "checklist", "deadlines", "report", "backup", "check", "holidays", "settings"]
        for command in commands {
            let english = try sts([command, "--help"])
            let azerbaijani = try sts([command, "--help", "--lang", "az"])
            #expect(english.status == 0, "\(command)")
            #expect(azerbaijani.status == 0, "\(command)")
            #expect(english.stdout.hasPrefix("usage: sts \(command)"), "\(command): \(english.stdout.prefix(60))")
            #expect(azerbaijani.stdout.hasPrefix("istifadə: sts \(command)"), "\(command): \(azerbaijani.stdout.prefix(60))")
            #expect(!azerbaijani.stdout.contains("Exit status"), "\(command)")
            // The option before the command and STS_LANG give the same text.
            #expect(try sts(["--lang", "az", command, "--help"]).stdout == azerbaijani.stdout, "\(command)")
            #expect(try sts([command, "--help"], ["STS_LANG": "az"]).stdout == azerbaijani.stdout, "\(command)")
            #expect(try sts(["help", command, "--lang", "az"]).stdout == azerbaijani.stdout, "\(command)")
            #expect(try sts(["help", command]).stdout == english.stdout, "\(command)")
        }
    }

    @Test("A command's help says what it does in the reader's words")
    func commandHelpInWords() throws {
        let search = try sts(["search", "--help"], ["LANG": "az_AZ.UTF-8"])
        #expect(search.stdout.contains("Reyestr qeydlərini ada görə tapır."))
        #expect(search.stdout.contains("Çıxış kodu: 0 nəsə tapıldıqda, 1 heç nə tapılmadıqda, 2 yanlış girişdə."))
        #expect(try sts(["search", "--help"]).stdout.contains("Finds registry records by name."))

        let inquiry = try sts(["inquiry", "--help"], ["STS_LANG": "az"])
        #expect(inquiry.stdout.contains("\"Əks əlaqə\" xidməti: DİM əməkdaşı və ya qəbul işçisi"))
        #expect(try sts(["inquiry", "--help"]).stdout.contains("The Feedback service: SSAC staff or a clerk"))

        let settings = try sts(["settings", "--help", "--lang", "az"])
        #expect(settings.stdout.contains("Ayarlar (AÇAR: nədir; DƏYƏR necə yazılır):"))
        #expect(!settings.stdout.contains("Settings (KEY"))
    }

    @Test("Usage mistakes name the option or argument, in the person's language, exit 2")
    func usageMistakesInBothLanguages() throws {
        let cases: [(arguments: [String], english: String, azerbaijani: String)] = [
            (["search"], "sts: missing NAME\n", "sts: AD verilməyib\n"),
            (["frobnicate"], "sts: unknown command \"frobnicate\" (see sts --help)\n",
             "sts: \"frobnicate\" adlı əmr yoxdur (bax: sts --help)\n"),
            (["search", "Əliyev", "--bogus"], "sts: unknown option --bogus\n", "sts: naməlum parametr --bogus\n"),
            (["search", "Əliyev", "--limit"], "sts: --limit needs a value\n", "sts: --limit parametrinə dəyər lazımdır\n"),
            (["certificate", "5ZXJ2KL", "--format", "xml"], "sts: --format: \"xml\" is not text, json or html\n",
             "sts: --format: \"xml\" qəbul olunmur (text, json və ya html yazın)\n"),
            (["checklist", "abc"], "sts: APPLICANT-ID: \"abc\" is not an applicant number\n",
             "sts: ƏRİZƏÇİ-NÖMRƏSİ: \"abc\" ərizəçi nömrəsi deyil\n"),
            (["deadlines", "--on", "2026-02-30"], "sts: --on: \"2026-02-30\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)\n",
             "sts: --on: \"2026-02-30\" tarix deyil (İİİİ-AA-GG və ya GG.AA.İİİİ yazın)\n"),
            (["holidays", "frob"], "sts: unknown holidays command \"frob\" (list, add, remove or import)\n",
             "sts: \"frob\" adlı holidays əmri yoxdur (list, add, remove və ya import)\n"),
        ]
        for test in cases {
            let english = try sts(test.arguments)
            #expect(english.status == 2, "\(test.arguments)")
            #expect(english.stderr == test.english)
            for environment in [["LANG": "az_AZ.UTF-8"], ["STS_LANG": "az"]] {
                let azerbaijani = try sts(test.arguments, environment)
                #expect(azerbaijani.status == 2, "\(test.arguments)")
                #expect(azerbaijani.stderr == test.azerbaijani, "\(environment)")
            }
            #expect(try sts(["--lang", "az"] + test.arguments).stderr == test.azerbaijani)
        }
        // A language that is not one is refused in the language the environment asks for.
        let french = try sts(["search", "Əliyev", "--lang", "fr"])
        #expect(french.status == 2)
        #expect(french.stderr == "sts: --lang: \"fr\" is not a language (use az or en)\n")
        #expect(try sts(["search", "Əliyev", "--lang", "fr"], ["STS_LANG": "az"]).stderr
                == "sts: --lang: \"fr\" dil deyil (az və ya en yazın)\n")
    }

    @Test("What a command did and why it refused follow the language; the codes of --json do not")
    func resultsAndRefusals() throws {
        let scratch = try TemporaryDirectory()
        let db = scratch.path + "/l.db"
        #expect(try sts(["init", "--db", db]).status == 0)

        let added = try sts(["users", "add", "nobody", "--role", "ssac", "--db", db], ["STS_LANG": "az"])
        #expect(added.status == 0)
        #expect(added.stdout == "nobody əlavə edildi: DİM əməkdaşı\n")
        let listed = try sts(["users", "list", "--db", db, "--lang", "az"])
        #expect(listed.stdout.contains("nobody           DİM əməkdaşı"))
        #expect(try sts(["users", "list", "--db", db]).stdout.contains("nobody           ssac"))
        let json = try sts(["users", "list", "--json", "--db", db, "--lang", "az"])
        #expect(json.stdout.contains("\"role\": \"ssac\""))

        let me = try #require(getpwuid(getuid())?.pointee.pw_name.map { String(cString: $0) })
        let yourself = try sts(["users", "remove", String(me), "--db", db], ["LANG": "az_AZ.UTF-8"])
        #expect(yourself.status == 1)
        #expect(yourself.stderr == "sts: özünüzü silə bilməzsiniz; başqa inzibatçıdan xahiş edin\n")
        #expect(try sts(["users", "remove", String(me), "--db", db]).stderr
                == "sts: you cannot remove yourself; ask another administrator\n")

        // A login that is not a user is told whom to ask, in their language.
        let other = scratch.path + "/other.db"
        #expect(try sts(["init", "--db", other, "--admin", "nobody"]).status == 0)
        let stranger = try sts(["search", "Əliyev", "--db", other], ["STS_LANG": "az"])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("\(other) bazasının istifadəçisi deyil; inzibatçı (nobody) sizi əlavə etsin"))
        #expect(try sts(["search", "Əliyev", "--db", other]).stderr.contains("is not a user of \(other); ask an administrator (nobody)"))
    }

    @Test("exemption follows STS_LANG and LANG like every command (it used to be English unless --lang)")
    func exemptionFollowsTheEnvironment() throws {
        let arguments = ["exemption", "--level", "bachelor", "--program-language", "az", "--permanent-resident"]
        let english = try sts(arguments)
        let flagged = try sts(arguments + ["--lang", "az"])
        #expect(english.status == 0)
        #expect(english.stdout != flagged.stdout)
        #expect(flagged.stdout.contains("1.2"))
        #expect(try sts(arguments, ["STS_LANG": "az"]).stdout == flagged.stdout)
        #expect(try sts(arguments, ["LANG": "az_AZ.UTF-8"]).stdout == flagged.stdout)
    }
}
