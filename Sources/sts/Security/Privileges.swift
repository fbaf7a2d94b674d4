import CPOSIX
import Domain
import Foundation

/// The setgid gatekeeper, as `crontab(1)` and `plocate` keep theirs. Installed `root:sts`
/// mode 2755, `sts` starts with the effective group `sts`, a group its users are not in.
/// It lowers the group to the user's own at once, raises it only while it opens the shared
/// database's connection (the file, its -wal and -shm), and then gives it up for good. So
/// reading a CSV, a theme, writing an export or a backup, or opening any other database is
/// done with the user's own rights, and nothing `sts` does later can reach the group's files.
enum Privileges {
    /// Set at start: the group the program was installed with, when it differs from the
    /// user's own (a setgid run); nil otherwise (a personal build, a test).
    nonisolated(unsafe) private(set) static var programGroup: gid_t?

    /// First thing in `main`: remember the program's group, then act as the user (real group
    /// as effective, the program's group kept only as the saved one). Fails closed: if the
    /// kernel refuses, `sts` stops rather than run with the group.
    static func startLowered() {
        let real = getgid()
        let effective = getegid()
        guard real != effective else { return }
        programGroup = effective
        guard setresgid(real, real, effective) == 0, getegid() == real else {
            fatal(Phrases.cliGroupLower(String(cString: strerror(errno))))
        }
    }

    /// Whether `sts` still holds its group (saved), i.e. it may open the shared database.
    static var canRaise: Bool {
        guard let programGroup else { return false }
        var real = gid_t(), effective = gid_t(), saved = gid_t()
        getresgid(&real, &effective, &saved)
        return saved == programGroup
    }

    /// Runs `body` with the program's group as the effective group, then lowers it again.
    static func withProgramGroup<T>(_ body: () throws -> T) rethrows -> T {
        guard let programGroup, canRaise else { return try body() }
        guard setresgid(gid_t.max, programGroup, gid_t.max) == 0 else {
            fatal(Phrases.cliGroupTake(String(cString: strerror(errno))))
        }
        defer {
            if setresgid(gid_t.max, getgid(), gid_t.max) != 0 || getegid() != getgid() {
                fatal(Phrases.cliGroupGiveBack(String(cString: strerror(errno))))
            }
        }
        return try body()
    }

    /// Gives the program's group up for good: real, effective and saved group all become the
    /// user's own, so nothing later in this process can take it again.
    static func relinquish() {
        guard programGroup != nil else { return }
        let real = getgid()
        var r = gid_t(), e = gid_t(), s = gid_t()
        guard setresgid(real, real, real) == 0, getresgid(&r, &e, &s) == 0, r == real, e == real, s == real else {
            fatal(Phrases.cliGroupGiveUp(String(cString: strerror(errno))))
        }
    }

    private static func fatal(_ message: Phrase) -> Never {
        FileHandle.standardError.write(Data(("sts: " + message.shown + "\n").utf8))
        exit(1)
    }
}
