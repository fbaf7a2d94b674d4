import Foundation

struct SSHServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A real OpenSSH server on 127.0.0.1 for the tests, with its own host key, a client key,
/// and test logins created on this machine (needs root, as CI runs). Stopped on deinit.
final class SSHServer {
    let directory: TemporaryDirectory
    let port: Int
    let clientKey: String
    private var pid: pid_t = 0

    /// Root only (it makes logins); under make test a missing sshd or ssh fails the test.
    static var available: Bool {
        getuid() == 0 && MakeTest.runs(needing: FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh"))
    }

    init() throws {
        try MakeTest.require("sshd (openssh-server)", at: "/usr/sbin/sshd")
        try MakeTest.require("ssh (openssh-client)", at: "/usr/bin/ssh")
        directory = try TemporaryDirectory()
        chmod(directory.path, 0o755)
        // A port of its own per server: sshd binds after it has forked, so a port still held
        // by the previous test's server would not show in the start's exit status.
        port = Self.freePort()
        clientKey = directory.path + "/client"
        let hostKey = directory.path + "/host"
        _ = try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", clientKey], capture: false)
        _ = try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey], capture: false)
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
        guard result.status == 0 else { throw SSHServerError("sshd did not start: \(result.stderr)") }
        // Ready when it has written its pid file and answers on the port.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if pid == 0, let text = try? String(contentsOfFile: directory.path + "/sshd.pid", encoding: .utf8),
               let value = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                pid = value
            }
            if pid > 0 && Self.answers(port: port) { return }
            usleep(50_000)
        }
        throw SSHServerError("sshd on 127.0.0.1:\(port) did not come up within 20 s (pid \(pid))")
    }

    deinit {
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(20_000) }
    }

    /// A port on 127.0.0.1 that nothing listens on now (the kernel's pick of an ephemeral one).
    private static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : 22_000 + Int(getpid() % 2_000)
    }

    /// Whether something accepts a TCP connection on 127.0.0.1:`port`.
    private static func answers(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return address
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
