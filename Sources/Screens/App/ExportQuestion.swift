import Domain
import Foundation
import Storage
import TerminalUI

/// Where files people take away go unless they choose another directory.
public enum ExportPlace {
    /// `$HOME` when it is an absolute path, else the home directory of the password database.
    /// Exports are written with the user's own rights, so their `$HOME` widens nothing.
    public static var home: String {
        let env = ProcessInfo.processInfo.environment["HOME"] ?? ""
        return env.hasPrefix("/") ? env : NSHomeDirectory()
    }
}

/// Where a file people take away is written (issue 15 "Files people take away"): the whole
/// path is shown before anything is written — in the user's home directory unless they type
/// another — and Enter writes it as a new file (mode 0600, `O_EXCL`: an existing file is
/// refused with its name, never overwritten). Esc writes nothing.
struct ExportQuestion {
    enum Outcome: Equatable {
        case open
        case written(String)
        case cancelled
    }

    let title: String
    let content: Data
    let language: Language
    var form: FormState

    init(title: String, name: String, content: String, language: Language, directory: String = ExportPlace.home) {
        self.title = title
        self.content = Data(content.utf8)
        self.language = language
        form = FormState([.text("path", Phrases.exportFile.text(language),
                                value: (directory as NSString).appendingPathComponent(name), maxLength: 400)])
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter:
            var path = form.value("path").trimmingCharacters(in: .whitespaces)
            if path.hasPrefix("~/") { path = (ExportPlace.home as NSString).appendingPathComponent(String(path.dropFirst(2))) }
            guard !path.isEmpty else { return .open }
            do {
                try PrivateFile.write(content, to: path)
                return .written(path)
            } catch {
                form.setError("path", (error.exists ? Phrases.exportExists : error.phrase).text(language))
                return .open
            }
        default:
            _ = form.handle(key)
            return .open
        }
    }

    mutating func render(in area: Rect, grid: inout Grid) {
        let width = min(area.width - 2, 76)
        let box = area.centered(width: width, height: 7)
        grid.fill(box, role: .dialog)
        let inner = Frame.box(box, title: title, grid: &grid, role: .dialog, titleRole: .dialogTitle)
        grid.putWrapped(Phrases.exportWhere.text(language), x: inner.x + 1, y: inner.y, role: .dialog,
                        width: inner.width - 2, maxRows: 2)
        form.render(in: Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 3), grid: &grid, labelWidth: 6)
    }
}
