import Foundation

/// `sts` installed on a shared server the way README says: `make install` puts the binary
/// setgid `root:GROUP` into a prefix, `sts init --group` makes the database directory (2770)
/// and file (0660). People are NOT in the group. Everything lives under one temporary
/// directory that other users may traverse; the group and logins made for a test are removed
/// by `tearDown`.
final class SharedInstall {
    let root: String
    let group: String
    let binary: String
    let database: String
    private(set) var madeLogins: [String] = []
    private var madeGroup = false

    init(group: String) throws {
        self.group = group
        root = "/tmp/sts-e2e-" + UUID().uuidString.prefix(8).lowercased()
        binary = root + "/prefix/bin/sts"
        database = root + "/var/sts/sts.db"
        try FileManager.default.createDirectory(atPath: root + "/var", withIntermediateDirectories: true)
        chmod(root, 0o755)
        chmod(root + "/var", 0o755)
        madeGroup = getgrnam(group) == nil
        let install = try Subprocess.run("make", ["-s", "-C", StsBinary.packageRoot.path, "install-files",
                                                  "PREFIX=\(root)/prefix", "GROUP=\(group)", "BINARY=\(StsBinary.path)"])
        guard install.status == 0 else { throw Failure("make install-files: \(install.stdout)\(install.stderr)") }
        let made = try Subprocess.run(binary, ["init", "--db", database, "--group", group])
        guard made.status == 0 else { throw Failure("sts init --group: \(made.stderr)") }
    }

    /// A Unix login for the test that is in no group of sts (removed again by `tearDown`).
    func makeLogin(_ login: String) throws {
        if getpwnam(login) == nil {
            _ = try Subprocess.run("useradd", ["-m", "-s", "/bin/bash", login])
            madeLogins.append(login)
        }
        _ = try Subprocess.run("gpasswd", ["-d", login, group]) // in case an older run added it
        _ = try Subprocess.run("usermod", ["-p", "*", login])
    }

    /// Runs a shell command as `login` (a login shell's environment, in their home).
    func run(as login: String, _ command: String) throws -> Subprocess.Result {
        try Subprocess.run("su", ["-", login, "-c", command])
    }

    /// `sts ARGS` as root, the administrator's own tool (root is the database's first admin).
    func sts(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(binary, arguments + ["--db", database])
    }

    func tearDown() {
        for login in madeLogins {
            _ = try? Subprocess.run("pkill", ["-KILL", "-u", login])
            _ = try? Subprocess.run("userdel", ["-r", login])
        }
        if madeGroup { _ = try? Subprocess.run("groupdel", [group]) }
        try? FileManager.default.removeItem(atPath: root)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
