import Foundation

/// A real OpenSSH server on 127.0.0.1 for the tests, with its own host key, a client key,
/// and test logins created on this machine (needs root, as CI runs). Stopped on deinit.
final class SSHServer {
    let directory: TemporaryDirectory
    let port: Int
    let clientKey: String
    private var pid: pid_t = 0

    static var available: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh")
    }

    init() throws {
        directory = try TemporaryDirectory()
        chmod(directory.path, 0o755)
        port = 22_000 + Int(getpid() % 2_000)
        clientKey = directory.path + "/client"
        let hostKey = directory.path + "/host"
        try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", clientKey], capture: false)
        try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey], capture: false)
        let publicKey = try String(contentsOfFile: clientKey + ".pub", encoding: .utf8)
        try publicKey.write(toFile: directory.path + "/authorized_keys", atomically: true, encoding: .utf8)
        chmod(directory.path + "/authorized_keys", 0o644)
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey)
            PidFile \(directory.path)/sshd.pid
            AuthorizedKeysFile \(directory.path)/authorized_keys
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin prohibit-password
            ClientAliveInterval 2
            ClientAliveCountMax 2
            """
        try config.write(toFile: directory.path + "/sshd_config", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let result = try Subprocess.run("/usr/sbin/sshd", ["-f", directory.path + "/sshd_config"])
        guard result.status == 0 else { throw POSIXError(.ECONNREFUSED) }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: directory.path + "/sshd.pid", encoding: .utf8),
               let value = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                pid = value
                break
            }
            usleep(50_000)
        }
    }

    deinit {
        if pid > 0 { kill(pid, SIGTERM) }
    }

    /// Makes a Unix login for the test (idempotent) in `group`.
    static func ensureLogin(_ login: String, group: String) throws {
        _ = try Subprocess.run("groupadd", ["-f", group])
        if getpwnam(login) == nil {
            _ = try Subprocess.run("useradd", ["-m", "-s", "/bin/bash", "-G", group, login])
        } else {
            _ = try Subprocess.run("usermod", ["-aG", group, login])
        }
        // No password, but not "locked" either: sshd refuses locked accounts even with a key.
        _ = try Subprocess.run("usermod", ["-p", "*", login])
    }

    /// The command that opens an SSH session with a terminal as `login` running `command`.
    func sshCommand(_ login: String, _ command: String) -> String {
        "ssh -tt -q -i \(clientKey) -p \(port) -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o LogLevel=ERROR \(login)@127.0.0.1 '\(command)'"
    }

    /// Pids of processes run by `login` whose command line contains `text`.
    static func processes(of login: String, containing text: String) -> [Int32] {
        guard let entry = getpwnam(login) else { return [] }
        let uid = entry.pointee.pw_uid
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }),
                  line.split(separator: "\t").dropFirst().first.flatMap({ UInt32($0) }) == uid,
                  !status.contains("State:\tZ") else { return false }
            let commandLine = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return commandLine.contains(text)
        }
    }
}
