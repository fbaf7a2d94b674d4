import Foundation

/// The Unix login of this process — from the password database, never from an environment
/// variable a user could set.
enum Identity {
    static func currentLogin() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else {
            return "uid\(geteuid())"
        }
        return String(cString: name)
    }
}
