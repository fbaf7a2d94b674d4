import Domain
import Foundation
import TerminalUI

/// Finds and reads theme files. Order: `--theme`, else `STS_THEME`, else `default`;
/// `NO_COLOR` (any value) means monochrome whatever was asked.
enum ThemeLoader {
    struct Loaded {
        let theme: Theme
        /// A problem to show the user (unknown theme, a broken line), if any.
        let problem: String?
    }

    static func load(requested: String?, environment: [String: String]) -> Loaded {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return Loaded(theme: BuiltinThemes.monochrome, problem: nil)
        }
        let name = requested ?? environment["STS_THEME"] ?? "default"
        let candidates = directories(environment: environment).map { $0 + "/" + name + ".theme" }
        let fileExists = { (path: String) in FileManager.default.fileExists(atPath: path) }
        let path = name.contains("/") ? name : candidates.first(where: fileExists)
        guard let path, let data = FileManager.default.contents(atPath: path) else {
            if let builtin = BuiltinThemes.named(name) { return Loaded(theme: builtin, problem: nil) }
            return Loaded(theme: BuiltinThemes.defaultTheme,
                          problem: Phrases.cliThemeNotFound(name, looked: directories(environment: environment).joined(separator: ", ")).shown)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Loaded(theme: BuiltinThemes.defaultTheme, problem: Phrases.cliThemeNotUTF8(path).shown)
        }
        do {
            let base = text.contains("color = no") ? BuiltinThemes.monochrome : BuiltinThemes.defaultTheme
            let theme = try ThemeParser.parse(text, name: name, file: path, base: base)
            return Loaded(theme: theme, problem: nil)
        } catch {
            return Loaded(theme: BuiltinThemes.defaultTheme, problem: Phrases.cliThemeBroken(error.phrase).shown)
        }
    }

    /// `STS_THEMES_DIR`, the installed share directory, and the source tree's `Themes/`.
    static func directories(environment: [String: String]) -> [String] {
        var list: [String] = []
        if let dir = environment["STS_THEMES_DIR"], !dir.isEmpty { list.append(dir) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let binDir = executable.deletingLastPathComponent()
        list.append(binDir.deletingLastPathComponent().appendingPathComponent("share/sts/themes").path)
        // In a source checkout the binary is in .build/<config>/ (or .build/<triple>/<config>/).
        var dir = binDir
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let themes = dir.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: themes + "/default.theme") {
                list.append(themes)
                break
            }
        }
        return list
    }
}
