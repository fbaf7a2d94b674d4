import Domain
import Foundation
import Storage

/// What the store commands (init, demo, import, search) share: the Unix login, the
/// language of messages, opening the database with errors a user can act on, and text
/// made safe for the terminal.
enum StoreCommandSupport {
    /// The Unix login of this process (never an environment variable).
    static func login() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid\(geteuid())" }
        return String(cString: name)
    }

    static var language: Language {
        Language.resolve(flag: nil, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the database at the resolved path (creating its directory and the file when
    /// `create`), migrated to the latest schema.
    static func open(flag: String?, create: Bool) throws -> (Database, String) {
        let path = DatabaseLocation.resolve(flag: flag)
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw FailureError(language == .az ? "\(path) verilənlər bazası yoxdur (sts init ilə yaradın)"
                                               : "there is no database at \(path) (create one with sts init)")
        }
        do {
            try DatabaseLocation.prepareDirectory(for: path)
        } catch {
            throw FailureError("cannot create the directory of \(path): \(error.localizedDescription)")
        }
        do {
            return (try Store.open(path: path), path)
        } catch let error as DatabaseError {
            throw FailureError("\(path): \(error.message)")
        }
    }

    /// Text from the database as the terminal may show it: control characters and
    /// invisible direction marks escaped.
    static func safe(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF:
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A positive whole number option.
    static func count(_ arguments: Arguments, _ name: String) throws -> Int? {
        guard let raw = arguments.value(name) else { return nil }
        guard let value = Int(raw), value >= 0 else {
            throw UsageError("\(name): \"\(raw)\" is not a whole number")
        }
        return value
    }
}
