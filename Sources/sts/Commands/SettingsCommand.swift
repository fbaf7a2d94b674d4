import Domain
import Foundation
import Storage

/// `sts settings list|set`: the values an administrator keeps without a new release (test
/// validity, the TOEFL band table, the 4.8 due day). Changes are for administrators,
/// checked in Storage.
enum SettingsCommand {
    static var help: Phrase { Phrases.helpSettings }

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db"], flagOptions: ["--help", "--json"])
        if args.has("--help") || args.positionals.isEmpty { print(help.shown); return args.has("--help") ? 0 : 2 }
        let language = StoreCommandSupport.language
        switch args.positionals[0] {
        case "list":
            _ = try args.requirePositionals(["list"])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let admin = AdminService(database: database, caller: try StoreCommandSupport.caller(database, path: path))
            let listed = try StoreCommandSupport.refusals { try admin.settingsList() }
            if args.has("--json") {
                print(JSON.array(zip(SettingCatalog.all, listed).map { descriptor, setting in
                    JSON.object([("key", .string(setting.name)), ("value", .string(setting.value)),
                                 ("default", .string(setting.defaultValue)), ("is_default", .bool(setting.isDefault)),
                                 ("updated_by", .optional(setting.updatedBy)), ("updated_at", .optional(setting.updatedAt)),
                                 ("about", .string(descriptor.about.text(language)))])
                }).rendered(pretty: true))
                return 0
            }
            for (descriptor, setting) in zip(SettingCatalog.all, listed) {
                let changed = setting.isDefault ? Phrases.settingDefault.text(language)
                    : "(\(setting.updatedBy ?? "") \(LocalTime.shown(setting.updatedAt ?? "")))"
                print("\(setting.name) = \(StoreCommandSupport.safe(setting.value))  \(changed)")
                print("    " + descriptor.about.text(language))
            }
            return 0
        case "set":
            let positionals = try args.requirePositionals(["set", Phrases.argKey.shown, Phrases.argValue.shown])
            let (database, path) = try StoreCommandSupport.open(flag: args.value("--db"), create: false)
            let caller = try StoreCommandSupport.caller(database, path: path)
            let stored = try StoreCommandSupport.refusals {
                try AdminService(database: database, caller: caller).setSetting(named: positionals[1], to: positionals[2])
            }
            print(Phrases.cliSettingSaved(stored.name, StoreCommandSupport.safe(stored.value)).text(language))
            return 0
        default:
            throw UsageError(Phrases.cliUnknownAction("settings", args.positionals[0], choices: Phrases.cliChoices(["list", "set"])))
        }
    }
}
