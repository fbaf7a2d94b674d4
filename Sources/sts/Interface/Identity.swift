import Foundation

/// The Unix login of this process — the real user id (`getuid`, the person who ran `sts`,
/// whatever the program's set-group-id gives it) looked up in the password database, never
/// an environment variable a user could set.
enum Identity {
    static func currentLogin() -> String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else {
            return "uid\(getuid())"
        }
        return String(cString: name)
    }
}
