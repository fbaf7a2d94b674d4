import Domain
import Foundation

/// Where the database file is: `--db PATH`, else `$STS_DB`, else
/// `$XDG_DATA_HOME/sts/sts.db` (`~/.local/share/sts/sts.db`). The flag wins over the
/// environment so that a one-off command can name another file.
enum DatabaseLocation {
    static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment["STS_DB"], !env.isEmpty { return env }
        return dataDirectory(environment: environment) + "/sts.db"
    }

    /// The demo database: `$XDG_DATA_HOME/sts/demo.db`.
    static func demo(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataDirectory(environment: environment) + "/demo.db"
    }

    static func dataDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/sts" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/sts"
    }

    /// Creates the directory that will hold a personal database (mode 0700: a database of
    /// one's own is nobody else's to list).
    static func prepareDirectory(for path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw FailureError(Phrases.cliCannotMakeDirectory(path, error.localizedDescription))
        }
    }
}
